using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// Names of pods and services that a Spark application's settings produce, checked where they are written: the web
/// UI service the Spark operator names "&lt;name&gt;-ui-svc" (pkg/util in kubeflow/spark-operator), checked only when
/// the target release writes it in full (before v2.1.0; later releases shorten it and add a hash), a driver pod
/// name set in the spec or in sparkConf, and Spark's executor pod name prefix (Config.scala checks it when the
/// driver starts). Each is valid on its own line but fails only once the job runs.
/// </summary>
internal sealed class DerivedNameRule : ResourceRule
{
    private const string UiServiceSuffix = "-ui-svc";

    // Spark 3.3 to 4.0 allow a DNS-1123 label of 63 - 10 (Int.MaxValue digits) - 6 ("-exec-") characters; this is
    // the strictest of the releases the operator images use.
    private const int ExecutorPrefixLimit = 47;

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.DerivedNameInvalid];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Settings(context);
        if (application is null)
        {
            return;
        }

        if (!context.Settings.SparkOperatorTruncatesNames)
        {
            UiService(context);
        }
        var conf = SparkSpecs.SparkConf(application);
        DriverPodName(context, Doc.At(application, "driver", "podName"), string.Empty);
        DriverPodName(context, conf?[SparkConfKeys.DriverPodName], " (spark.kubernetes.driver.pod.name)");

        if (Doc.Entry(conf, SparkConfKeys.ExecutorPodNamePrefix) is { } prefix && Doc.Text(prefix.Value) is { } prefixText
            && ExecutorPrefixProblem(prefixText) is { } prefixProblem)
        {
            context.Report(RuleCatalog.DerivedNameInvalid, prefix.Value, $"Executor pod name prefix '{prefixText}' is invalid: {prefixProblem}; Spark names executors '<prefix>-exec-<id>'");
        }
    }

    private static void DriverPodName(ResourceContext context, DocNode? node, string setting)
    {
        if (Doc.Text(node) is { } name && Names.Dns1123SubdomainProblem(name) is { } problem)
        {
            context.Report(RuleCatalog.DerivedNameInvalid, node!, $"Driver pod name '{name}'{setting} is invalid: {problem}");
        }
    }

    /// <summary>Why Spark refuses <paramref name="prefix"/> as spark.kubernetes.executor.podNamePrefix, or null.</summary>
    public static string? ExecutorPrefixProblem(string prefix) =>
        prefix.Length > ExecutorPrefixLimit ? $"it is {prefix.Length} characters long and Spark allows at most {ExecutorPrefixLimit}"
        : Names.Dns1123LabelProblem(prefix);

    private static void UiService(ResourceContext context)
    {
        if (context.Metadata?["name"] is not { } node || Doc.Text(node) is not { } name || Names.Dns1035LabelProblem(name) is not null)
        {
            return; // KD1001 reports the name itself.
        }

        if (context.Kind == "SparkApplication" && name.Length + UiServiceSuffix.Length > 63)
        {
            context.Report(
                RuleCatalog.DerivedNameInvalid,
                node,
                $"The Spark operator names the web UI service '{name}{UiServiceSuffix}', {Count(name.Length + UiServiceSuffix.Length)} characters, but a Service name has at most 63; shorten the name to at most {63 - UiServiceSuffix.Length} characters");
        }
        else if (context.Kind == "ScheduledSparkApplication" && name.Length + SparkSpecs.ScheduledRunSuffixLength <= 63 && name.Length + SparkSpecs.ScheduledRunSuffixLength + UiServiceSuffix.Length > 63)
        {
            context.Report(
                RuleCatalog.DerivedNameInvalid,
                node,
                $"Each run's web UI service is named '{name}-<19-digit timestamp>{UiServiceSuffix}', {Count(name.Length + SparkSpecs.ScheduledRunSuffixLength + UiServiceSuffix.Length)} characters, but a Service name has at most 63; shorten the name to at most {63 - SparkSpecs.ScheduledRunSuffixLength - UiServiceSuffix.Length} characters");
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
