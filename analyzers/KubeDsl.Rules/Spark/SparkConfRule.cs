using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// Checks of what a Spark application configures: an image whose tag names another Spark version than
/// <c>sparkVersion</c>, retry settings under a restart policy that never retries, credentials written as plain text,
/// and <c>spark.kubernetes.*</c> keys Spark does not define (typos that Spark ignores without a word).
/// </summary>
internal sealed class SparkConfRule : ResourceRule
{
    private static readonly Regex Version = new("(?<![0-9.])([0-9]+\\.[0-9]+\\.[0-9]+)", RegexOptions.CultureInvariant);
    private static readonly Regex SensitiveKey = new("(password|passwd|secret[._-]?key|access[._-]?key|token|credentials?|api[._-]?key)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex SensitiveEnv = new("(PASSWORD|PASSWD|SECRET|TOKEN|ACCESS_KEY|API_KEY|CREDENTIALS?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly string[] RetryFields = ["onFailureRetries", "onFailureRetryInterval", "onSubmissionFailureRetries", "onSubmissionFailureRetryInterval"];

    private static readonly HashSet<string> ExactKeys = new(SparkKubernetesKeys.All.Where(k => k.Key.IndexOf('[') < 0).Select(k => k.Key), StringComparer.Ordinal);

    // "[Name]" parts are chosen by the user; a label key may itself contain dots.
    private static readonly Regex[] KeyPatterns = SparkKubernetesKeys.All.Where(k => k.Key.IndexOf('[') >= 0)
        .Select(k => new Regex("^" + Regex.Replace(Regex.Escape(k.Key), "\\\\\\[[^\\]]*]", ".+") + "$", RegexOptions.CultureInvariant))
        .ToArray();

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.ImageVersionMismatch, RuleCatalog.RetriesNeverUsed, RuleCatalog.PlainTextCredential, RuleCatalog.UnknownSparkKey];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Application(context);
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
                if (SensitiveKey.IsMatch(entry.Key) && Doc.Text(entry.Value) is { Length: > 0 } value && !value.StartsWith("${", StringComparison.Ordinal))
                {
                    context.Report(RuleCatalog.PlainTextCredential, entry.Value, mapName + " " + entry.Key);
                }

                if (mapName == "sparkConf" && entry.Key.StartsWith("spark.kubernetes.", StringComparison.Ordinal) && !IsKnown(entry.Key))
                {
                    var suggestion = Closest(entry.Key);
                    context.ReportKey(RuleCatalog.UnknownSparkKey, entry, entry.Key, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                }
            }
        }

        foreach (var role in new[] { "driver", "executor" })
        {
            foreach (var env in Doc.Mappings(Doc.Map(application, role), "env"))
            {
                if (Doc.Text(env["name"]) is { } name && SensitiveEnv.IsMatch(name) && env["value"] is { } value && Doc.Text(value) is { Length: > 0 })
                {
                    context.Report(RuleCatalog.PlainTextCredential, value, role + " env " + name);
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
            if (colon >= 0 && Version.Match(name.Substring(colon + 1)) is { Success: true } tagged && tagged.Value != wanted.Value)
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

    private static bool IsKnown(string key) => ExactKeys.Contains(key) || KeyPatterns.Any(p => p.IsMatch(key));

    private static string? Closest(string key)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in ExactKeys)
        {
            var distance = Distance(key, known);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = known;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 10) ? best : null;
    }

    // Levenshtein distance; keys are short, so the simple two-row form is enough.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
