using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// Checks of what a Spark application configures: an image whose tag names another Spark version than
/// <c>sparkVersion</c>, retry settings under a restart policy that never retries, and <c>spark.kubernetes.*</c> keys Spark does not define (typos that Spark ignores without a word).
/// </summary>
internal sealed class SparkConfRule : ResourceRule
{
    private static readonly Regex Version = new("(?<![0-9.])([0-9]+\\.[0-9]+\\.[0-9]+)", RegexOptions.CultureInvariant);
    private static readonly string[] RetryFields = ["onFailureRetries", "onFailureRetryInterval", "onSubmissionFailureRetries", "onSubmissionFailureRetryInterval"];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.ImageVersionMismatch, RuleCatalog.RetriesNeverUsed, RuleCatalog.UnknownSparkKey, RuleCatalog.SparkKeyTooNew];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Settings(context);
        if (application is null)
        {
            return;
        }

        ImageVersion(context, application);
        Retries(context, Doc.Map(application, "restartPolicy"));
        foreach (var mapName in new[] { "sparkConf", "hadoopConf" })
        {
            if (Doc.Map(application, mapName) is not { } conf)
            {
                continue;
            }

            foreach (var entry in conf.Entries)
            {
                if (mapName == "sparkConf")
                {
                    Key(context, entry, Doc.Text(application["sparkVersion"]));
                }
            }
        }
    }

    private static void ImageVersion(ResourceContext context, DocMapping application)
    {
        var sparkVersion = Doc.Text(application["sparkVersion"]);
        if (sparkVersion is null || Version.Match(sparkVersion) is not { Success: true } wanted)
        {
            return;
        }

        foreach (var node in new[] { application["image"], Doc.At(application, "driver", "image"), Doc.At(application, "executor", "image") })
        {
            if (Doc.Text(node) is not { } image)
            {
                continue;
            }

            var name = image.Substring(image.LastIndexOf('/') + 1);
            var colon = name.IndexOf(':');
            // Spark runs on Kubernetes since 2.3, so a tag such as 0.1.13 or 1.0.0 is the image's own version, not Spark's.
            if (colon >= 0 && Version.Match(name.Substring(colon + 1)) is { Success: true } tagged && tagged.Value != wanted.Value
                && int.TryParse(tagged.Value.Substring(0, tagged.Value.IndexOf('.')), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) && major >= 2)
            {
                context.Report(RuleCatalog.ImageVersionMismatch, node!, image, tagged.Value, sparkVersion);
            }
        }
    }

    private static void Retries(ResourceContext context, DocMapping? policy)
    {
        if (Doc.Text(policy?["type"]) != "Never")
        {
            return;
        }

        foreach (var field in RetryFields)
        {
            if (policy![field] is { } node)
            {
                context.Report(RuleCatalog.RetriesNeverUsed, node, field);
            }
        }
    }

    /// <summary>
    /// A sparkConf key: one Spark does not define (every unknown key under spark.kubernetes. and the families
    /// <see cref="SparkCoreKeys"/> lists completely, elsewhere only a near miss of a known key), or one newer than
    /// the application's sparkVersion.
    /// </summary>
    private static void Key(ResourceContext context, DocEntry entry, string? sparkVersion)
    {
        var key = entry.Key;
        if (!key.StartsWith("spark.", StringComparison.Ordinal))
        {
            return;
        }

        if (SparkKeys.IsKnown(key, out var since))
        {
            if (since is not null && sparkVersion is not null && SemanticVersion.Compare(sparkVersion, since) < 0)
            {
                context.ReportKey(RuleCatalog.SparkKeyTooNew, entry, key, since, sparkVersion);
            }

            return;
        }

        var suggestion = SparkKeys.Closest(key);
        if (suggestion is not null || SparkKeys.IsCompletelyListed(key))
        {
            context.ReportKey(RuleCatalog.UnknownSparkKey, entry, key, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
        }
    }
}
