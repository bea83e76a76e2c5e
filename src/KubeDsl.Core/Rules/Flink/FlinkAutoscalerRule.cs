using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The autoscaler options the operator validates when <c>job.autoscaler.enabled</c> is true (AutoscalerValidator in
/// flink-autoscaler): release 1.15.0's ranges, or with KubeDslFlinkOperatorVersion=main the main branch's (the GC
/// pressure and heap usage thresholds, and the observed-scalability, scaling-effectiveness and memory-tuning
/// options only when their feature is on); and, from the main branch, a metric window shorter than the reconcile
/// interval (no two samples, so the autoscaler never acts).
/// </summary>
internal sealed class FlinkAutoscalerRule : ResourceRule
{
    private static readonly Regex Duration = new("^([0-9]+)\\s*(ns|us|µs|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hour|hours|d|day|days)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.FlinkAutoscaler];

    public override void Check(ResourceContext context)
    {
        // A session job's options are judged on the configuration merged with its cluster's (FlinkTargetRule).
        if (!context.IsFlinkOperator || context.Kind != "FlinkDeployment" || context.Spec is not { } spec)
        {
            return;
        }

        Judge(context, spec, FlinkConfiguration.Of(spec, context.Settings.FlinkOperatorDefaults));
    }

    /// <summary>The checks on an effective configuration: a deployment's, or a session job's merged with its cluster's.</summary>
    public static void Judge(ResourceContext context, DocMapping spec, FlinkConfiguration conf)
    {
        if ((conf.Text(FlinkConfKeys.AutoscalerEnabled) ?? conf.Text("kubernetes.operator.job.autoscaler.enabled")) != "true")
        {
            return;
        }

        var target = Number(context, conf, FlinkConfKeys.AutoscalerUtilizationTarget, 0, 1) ?? 0.7;
        Number(context, conf, FlinkConfKeys.AutoscalerScaleDownMaxFactor, 0, double.MaxValue);
        Number(context, conf, FlinkConfKeys.AutoscalerScaleUpMaxFactor, 0, double.MaxValue);
        Number(context, conf, "job.autoscaler.target.utilization.boundary", 0, double.MaxValue);
        Number(context, conf, FlinkConfKeys.AutoscalerUtilizationMax, target, 1);
        Number(context, conf, FlinkConfKeys.AutoscalerUtilizationMin, 0, target);
        if (!context.Settings.FlinkMainBranch)
        {
            // Release 1.15.0 checks the coefficient whether or not observed scalability is on.
            Number(context, conf, "job.autoscaler.observed-scalability.coefficient-min", 0.01, 1);
        }
        else
        {
            // The main branch adds the memory thresholds and checks an option of a feature only when the feature is
            // on (AutoscalerValidator.validateNumberIfEnabled).
            Number(context, conf, "job.autoscaler.memory.gc-pressure.threshold", 0, 1);
            Number(context, conf, "job.autoscaler.memory.heap-usage.threshold", 0, 1);
            NumberIfEnabled(context, conf, "job.autoscaler.observed-scalability.enabled", "job.autoscaler.observed-scalability.coefficient-min", 0.01, 1);
            NumberIfEnabled(context, conf, "job.autoscaler.scaling.effectiveness.detection.enabled", "job.autoscaler.scaling.effectiveness.threshold", 0, 1);
            NumberIfEnabled(context, conf, "job.autoscaler.memory.tuning.enabled", "job.autoscaler.memory.tuning.overhead", 0, 1);
        }

        if (conf.Text(FlinkConfKeys.AutoscalerExcludedPeriods) is { } periods && ExcludedPeriods.Problem(periods) is { } periodProblem)
        {
            context.Report(RuleCatalog.FlinkAutoscaler, conf.Node(FlinkConfKeys.AutoscalerExcludedPeriods) ?? context.Resource, $"job.autoscaler.excluded.periods: {periodProblem}; the operator rejects the deployment");
        }

        var window = conf.Text(FlinkConfKeys.AutoscalerMetricsWindow);
        var interval = conf.Text(FlinkConfKeys.OperatorReconcileInterval);
        if (TryDuration(window ?? "15 min", out var windowTime) && TryDuration(interval ?? "60 s", out var intervalTime) && windowTime < intervalTime)
        {
            var node = conf.Node(FlinkConfKeys.AutoscalerMetricsWindow) ?? conf.Node(FlinkConfKeys.OperatorReconcileInterval) ?? spec;
            var enforced = context.Settings.FlinkMainBranch
                ? "the operator rejects it"
                : "the operator's main branch rejects it (release " + context.Settings.FlinkOperatorVersion + " accepts it and never scales)";
            context.Report(RuleCatalog.FlinkAutoscaler, node, $"the metric window ({window ?? "15 min"}) is shorter than the reconcile interval ({interval ?? "60 s"}), so fewer than two samples are kept and the autoscaler never acts; {enforced}");
        }
    }

    private static double? Number(ResourceContext context, FlinkConfiguration conf, string key, double min, double max)
    {
        if (conf.Text(key) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            context.Report(RuleCatalog.FlinkAutoscaler, conf.Node(key) ?? context.Resource, $"{key} '{text}' is not a number");
            return null;
        }

        if (value < min || value > max)
        {
            var range = max == double.MaxValue ? $"at least {Show(min)}" : $"within [{Show(min)}, {Show(max)}]";
            context.Report(RuleCatalog.FlinkAutoscaler, conf.Node(key) ?? context.Resource, $"{key} is {text}; it must be {range}");
        }

        return value;
    }

    private static void NumberIfEnabled(ResourceContext context, FlinkConfiguration conf, string enabled, string key, double min, double max)
    {
        if (string.Equals(conf.Text(enabled)?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            Number(context, conf, key, min, max);
        }
    }

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Flink's TimeUtils.parseDuration: a whole number and a unit; no unit means milliseconds.</summary>
    private static bool TryDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Duration.Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = match.Groups[2].Value.ToLowerInvariant();
        duration = unit switch
        {
            "" or "ms" => TimeSpan.FromMilliseconds(number),
            "ns" => TimeSpan.FromTicks(number / 100),
            "us" or "µs" => TimeSpan.FromTicks(number * 10),
            "s" or "sec" or "secs" or "second" or "seconds" => TimeSpan.FromSeconds(number),
            "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(number),
            "h" or "hour" or "hours" => TimeSpan.FromHours(number),
            _ => TimeSpan.FromDays(number),
        };
        return true;
    }
}
