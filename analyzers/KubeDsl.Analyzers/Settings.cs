using System.Collections.Generic;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers;

/// <summary>Reads the rules' settings: build properties (CompilerVisibleProperty) and assembly attributes.</summary>
internal static class Settings
{
    private const string FlinkOperatorVersionProperty = "build_property.KubeDslFlinkOperatorVersion";
    private const string PodSecurityProperty = "build_property.KubeDslPodSecurity";
    private const string RequireImageDigestsProperty = "build_property.KubeDslRequireImageDigests";
    private const string SparkOperatorVersionProperty = "build_property.KubeDslSparkOperatorVersion";
    private const string FlinkOperatorDefaultAttribute = "KubeDsl.FlinkOperatorDefaultAttribute";

    public static RuleSettings Read(Compilation compilation, AnalyzerConfigOptions options)
    {
        var version = options.TryGetValue(FlinkOperatorVersionProperty, out var value) && value.Trim().Length > 0
            ? value.Trim()
            : RuleSettings.DefaultFlinkOperatorVersion;
        var defaults = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == FlinkOperatorDefaultAttribute && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string key && attribute.ConstructorArguments[1].Value is string text)
            {
                defaults[key] = text;
            }
        }

        // An unknown value falls back to the default rather than turning the checks off.
        var podSecurity = options.TryGetValue(PodSecurityProperty, out var level) && Rules.Security.PodSecurityLevels.Parse(level) is { } parsed
            ? parsed
            : Rules.Security.PodSecurityLevel.Baseline;
        var digests = options.TryGetValue(RequireImageDigestsProperty, out var require) && require.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);
        var sparkVersion = options.TryGetValue(SparkOperatorVersionProperty, out var spark) && spark.Trim().Length > 0
            ? spark.Trim()
            : RuleSettings.DefaultSparkOperatorVersion;
        var airflow = options.TryGetValue(Documents.AirflowTargets.BuildProperty, out var release) ? release : null;
        return new RuleSettings(version, defaults) { PodSecurity = podSecurity, RequireImageDigests = digests, SparkOperatorVersion = sparkVersion, AirflowVersion = airflow };
    }
}
