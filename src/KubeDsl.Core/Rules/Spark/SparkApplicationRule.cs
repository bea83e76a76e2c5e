using System;
using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// Spark application checks beyond the webhook: the main class or file for the application type, sparkConf keys
/// that repeat typed fields, memory plus overhead against the memory limit, dynamic allocation that cannot release
/// executors, and CPU requests above limits.
/// </summary>
internal sealed class SparkApplicationRule : ResourceRule
{
    // sparkConf keys and the typed field (under spec) that the operator turns into the same setting (submission.go).
    private static readonly (string Key, string Field)[] TypedKeys =
    [
        (SparkConfKeys.DriverCores, "driver.cores"),
        (SparkConfKeys.DriverMemory, "driver.memory"),
        (SparkConfKeys.DriverMemoryOverhead, "driver.memoryOverhead"),
        (SparkConfKeys.DriverLimitCores, "driver.coreLimit"),
        (SparkConfKeys.DriverRequestCores, "driver.coreRequest"),
        (SparkConfKeys.ExecutorInstances, "executor.instances"),
        (SparkConfKeys.ExecutorCores, "executor.cores"),
        (SparkConfKeys.ExecutorMemory, "executor.memory"),
        (SparkConfKeys.ExecutorMemoryOverhead, "executor.memoryOverhead"),
        (SparkConfKeys.ExecutorLimitCores, "executor.coreLimit"),
        (SparkConfKeys.ExecutorRequestCores, "executor.coreRequest"),
        (SparkConfKeys.DynamicAllocationEnabled, "dynamicAllocation.enabled"),
        (SparkConfKeys.DynamicAllocationMinExecutors, "dynamicAllocation.minExecutors"),
        (SparkConfKeys.DynamicAllocationMaxExecutors, "dynamicAllocation.maxExecutors"),
        (SparkConfKeys.DynamicAllocationInitialExecutors, "dynamicAllocation.initialExecutors"),
        (SparkConfKeys.ContainerImagePullPolicy, "imagePullPolicy"),
        (SparkConfKeys.MemoryOverheadFactor, "memoryOverheadFactor"),
    ];

    // Spark's minimum overhead before 4.0 and its default since (spark.{driver,executor}.minMemoryOverhead).
    private const decimal MinimumOverheadMiB = 384;

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.MainResource, RuleCatalog.SparkConfContradiction, RuleCatalog.MemoryAboveLimit, RuleCatalog.DynamicAllocation, RuleCatalog.CoresInconsistent];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Application(context);
        if (application is null)
        {
            return;
        }

        MainResource(context, application);
        Contradictions(context, application);
        foreach (var role in new[] { "driver", "executor" })
        {
            if (Doc.Map(application, role) is { } pod)
            {
                MemoryAgainstLimit(context, application, pod, role);
                Cores(context, pod, role);
            }
        }

        DynamicAllocation(context, application);
    }

    private static void MainResource(ResourceContext context, DocMapping application)
    {
        var type = Doc.Text(application["type"]);
        var file = Doc.Text(application["mainApplicationFile"]);
        if (type is "Java" or "Scala" && application["mainClass"] is null)
        {
            context.Report(RuleCatalog.MainResource, application["type"]!, $"A {type} application without mainClass only runs if its jar's manifest names a Main-Class; set mainClass");
        }
        else if (type == "Python" && file is not null && !file.EndsWith(".py", StringComparison.Ordinal))
        {
            context.Report(RuleCatalog.MainResource, application["mainApplicationFile"]!, $"A Python application's main file should be a .py file, not '{file}'");
        }
        else if (type == "R" && file is not null && !file.EndsWith(".R", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(RuleCatalog.MainResource, application["mainApplicationFile"]!, $"An R application's main file should be a .R file, not '{file}'");
        }
    }

    private static void Contradictions(ResourceContext context, DocMapping application)
    {
        if (SparkSpecs.SparkConf(application) is not { } conf)
        {
            return;
        }

        foreach (var (key, field) in TypedKeys)
        {
            if (Doc.Entry(conf, key) is { } entry && Doc.At(application, field.Split('.')) is not null)
            {
                context.ReportKey(RuleCatalog.SparkConfContradiction, entry, key, field);
            }
        }
    }

    private static void MemoryAgainstLimit(ResourceContext context, DocMapping application, DocMapping pod, string role)
    {
        var limitNode = pod["memoryLimit"];
        if (Doc.Text(limitNode) is not { } limitText || Doc.Text(pod["memory"]) is not { } memoryText
            || !TryMiB(memoryText, out var memory) || !TryMiB(limitText, out var limit))
        {
            return;
        }

        decimal overhead;
        string how;
        if (Doc.Text(pod["memoryOverhead"]) is { } overheadText)
        {
            if (!TryMiB(overheadText, out overhead))
            {
                return;
            }

            how = string.Empty;
        }
        else
        {
            var factor = decimal.TryParse(Doc.Text(application["memoryOverheadFactor"]), NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                ? f
                : SparkSpecs.IsNonJvm(application) ? 0.4m : 0.1m;
            overhead = Math.Max(MinimumOverheadMiB, Math.Floor(factor * memory));
            how = string.Format(CultureInfo.InvariantCulture, ", the larger of 384 MiB and {0} of the memory", factor);
        }

        var needed = memory + overhead;
        if (needed > limit)
        {
            context.Report(RuleCatalog.MemoryAboveLimit, limitNode!, role, Number(needed), Number(memory), Number(overhead), how, limitText);
        }
    }

    private static void Cores(ResourceContext context, DocMapping pod, string role)
    {
        var limitNode = pod["coreLimit"];
        if (Doc.Text(limitNode) is not { } limitText || !QuantityText.TryParseAmount(limitText, out var limit))
        {
            return;
        }

        var requestNode = pod["coreRequest"] ?? pod["cores"];
        if (Doc.Text(requestNode) is { } requestText && QuantityText.TryParseAmount(requestText, out var request) && request > limit)
        {
            var field = pod["coreRequest"] is not null ? "coreRequest" : "cores";
            context.Report(RuleCatalog.CoresInconsistent, requestNode!, role, $"requests {requestText} CPU ({field}) but its coreLimit is {limitText}; Kubernetes rejects a request above the limit");
        }
    }

    private static void DynamicAllocation(ResourceContext context, DocMapping application)
    {
        var allocation = Doc.Map(application, "dynamicAllocation");
        if (allocation is null || Doc.Text(allocation["enabled"]) != "true")
        {
            return;
        }

        var conf = SparkSpecs.SparkConf(application);
        var shuffleService = Doc.Text(conf?[SparkConfKeys.ShuffleServiceEnabled]) == "true";
        var decommission = Doc.Text(conf?[SparkConfKeys.DecommissionEnabled]) == "true" && Doc.Text(conf?[SparkConfKeys.StorageDecommissionShuffleBlocksEnabled]) == "true";
        if (Doc.Text(allocation["shuffleTrackingEnabled"]) == "false" && !shuffleService && !decommission)
        {
            context.Report(RuleCatalog.DynamicAllocation, allocation["shuffleTrackingEnabled"]!,
                "with shuffle tracking off and no external shuffle service or shuffle-block decommissioning, Spark cannot remove executors that hold shuffle data; leave shuffleTrackingEnabled on");
        }

        var min = Integer(allocation["minExecutors"]);
        var max = Integer(allocation["maxExecutors"]);
        var initial = Integer(allocation["initialExecutors"]);
        if (min is not null && max is not null && min > max)
        {
            context.Report(RuleCatalog.DynamicAllocation, allocation["minExecutors"]!, $"minExecutors {min} is greater than maxExecutors {max}");
        }
        else if (initial is not null && ((min is not null && initial < min) || (max is not null && initial > max)))
        {
            context.Report(RuleCatalog.DynamicAllocation, allocation["initialExecutors"]!, $"initialExecutors {initial} is outside [{min?.ToString(CultureInfo.InvariantCulture) ?? "0"}, {max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}]");
        }
    }

    private static int? Integer(DocNode? node) =>
        int.TryParse(Doc.Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A Spark size string in MiB (no unit means MiB), when Spark accepts it.</summary>
    private static bool TryMiB(string text, out decimal mib)
    {
        mib = 0;
        var lower = text.Trim().ToLowerInvariant();
        if (!JvmMemory.IsAccepted(lower))
        {
            return false;
        }

        var digits = lower.TrimEnd('b', 'k', 'm', 'g', 't', 'p');
        var unit = lower.Substring(digits.Length).TrimEnd('b');
        if (!decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        mib = unit switch
        {
            "" when lower.EndsWith("b", StringComparison.Ordinal) => number / (1024m * 1024m),
            "" => number,
            "k" => number / 1024m,
            "m" => number,
            "g" => number * 1024m,
            "t" => number * 1024m * 1024m,
            _ => number * 1024m * 1024m * 1024m,
        };
        return true;
    }

    private static string Number(decimal value) => decimal.Round(value, 0).ToString("0", CultureInfo.InvariantCulture);
}
