using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// Memory settings in Spark's size format (see <see cref="JvmMemory"/>): the operator passes them to spark-submit
/// unchanged, so <c>2Gi</c> fails there, minutes after the manifest was applied; <c>2GB</c> and <c>2G</c> are
/// accepted but mean 2 GiB.
/// </summary>
internal sealed class JvmMemoryRule : ResourceRule
{
    private static readonly string[] Fields = ["memory", "memoryOverhead", "memoryLimit"];

    private static readonly string[] ConfKeys =
    [
        SparkConfKeys.DriverMemory, SparkConfKeys.ExecutorMemory, SparkConfKeys.DriverMemoryOverhead, SparkConfKeys.ExecutorMemoryOverhead,
        SparkConfKeys.DriverMinMemoryOverhead, SparkConfKeys.ExecutorMinMemoryOverhead, SparkConfKeys.MemoryOffHeapSize, SparkConfKeys.ExecutorPySparkMemory,
    ];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.JvmMemoryRejected, RuleCatalog.JvmMemoryAmbiguous];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Settings(context);
        if (application is null)
        {
            return;
        }

        foreach (var role in new[] { "driver", "executor" })
        {
            foreach (var field in Fields)
            {
                CheckValue(context, Doc.At(application, role, field), role + "." + field);
            }
        }

        foreach (var key in ConfKeys)
        {
            CheckValue(context, SparkSpecs.SparkConf(application)?[key], "sparkConf " + key);
        }
    }

    /// <summary>Reports <paramref name="node"/> when Spark rejects its text or reads it as something else than it looks.</summary>
    public static void CheckValue(ResourceContext context, DocNode? node, string what)
    {
        if (Doc.Text(node) is not { } text)
        {
            return;
        }

        var accepted = JvmMemory.IsAccepted(text);
        if (accepted && JvmMemory.IsCanonical(text))
        {
            return; // the common case, which needs no suggestion
        }

        var suggestion = JvmMemory.Suggest(text);
        if (!accepted)
        {
            var reason = text.IndexOf('.') >= 0 ? "no fractions"
                : text.EndsWith("i", System.StringComparison.OrdinalIgnoreCase) ? "Kubernetes suffixes such as Gi and Mi are not Spark units"
                : "no other units or spaces";
            if (suggestion is null)
            {
                context.Report(RuleCatalog.JvmMemoryRejected, node!, what, text, reason, "an integer with a unit, such as 2g or 512m");
            }
            else
            {
                context.ReportWithReplacement(RuleCatalog.JvmMemoryRejected, node!, suggestion, what, text, reason, "'" + suggestion + "'");
            }
        }
        else if (suggestion is not null && suggestion != text)
        {
            context.ReportWithReplacement(RuleCatalog.JvmMemoryAmbiguous, node!, suggestion, what, text, suggestion);
        }
    }
}
