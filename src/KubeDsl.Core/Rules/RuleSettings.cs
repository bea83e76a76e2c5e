using System;
using System.Collections.Generic;

namespace KubeDsl.Rules;

/// <summary>
/// What the rules need to know about the project's targets: the Flink operator release the manifests are for
/// (build property KubeDslFlinkOperatorVersion: 1.15.0, the default, or "main" for the main branch) and the Flink
/// configuration the operator adds to every deployment ([assembly: FlinkOperatorDefault(key, value)], the keys of
/// its Helm chart's flink-conf.yaml).
/// </summary>
internal sealed record RuleSettings(string FlinkOperatorVersion, IReadOnlyDictionary<string, string> FlinkOperatorDefaults)
{
    /// <summary>The released operator the models and rules target when nothing else is said.</summary>
    public const string DefaultFlinkOperatorVersion = "1.15.0";

    /// <summary>
    /// The Pod Security level pods are checked at where no namespace label says otherwise (build property
    /// KubeDslPodSecurity: baseline, the default, restricted, or none); such findings are warnings.
    /// </summary>
    public Security.PodSecurityLevel PodSecurity { get; init; } = Security.PodSecurityLevel.Baseline;

    /// <summary>The build property KubeDslAirflowVersion as written (null when unset); <see cref="Documents.AirflowTargets.Parse"/> reads it.</summary>
    public string? AirflowVersion { get; init; }

    public static RuleSettings Default { get; } = new(DefaultFlinkOperatorVersion, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>True when the target is the operator's main branch (unreleased fields allowed).</summary>
    public bool FlinkMainBranch => FlinkOperatorVersion.Equals("main", StringComparison.OrdinalIgnoreCase)
        || SemanticVersion.Compare(FlinkOperatorVersion, "1.16.0") >= 0;
}
