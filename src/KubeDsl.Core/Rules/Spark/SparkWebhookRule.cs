using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// The Spark operator's admission webhook (tests/fixtures/upstream/spark-operator/webhook, release v2.5.2):
/// sparkConf keys it denies or requires to match the namespace, node selectors at two levels, driver ingress
/// options, and pod templates before Spark 3.
/// </summary>
internal sealed class SparkWebhookRule : ResourceRule
{
    // sparkconf_validator.go: deniedSparkConfKeys, with the webhook's reasons.
    private static readonly Dictionary<string, string> Denied = new(System.StringComparer.Ordinal)
    {
        [SparkConfKeys.DriverServiceAccountName] = "set the service account with driver.serviceAccount instead",
        [SparkConfKeys.ExecutorServiceAccountName] = "set the service account with executor.serviceAccount instead",
        [SparkConfKeys.OAuthTokenFile] = "the operator manages authentication",
        [SparkConfKeys.OAuthToken] = "the operator manages authentication",
        [SparkConfKeys.DriverOAuthTokenFile] = "the operator manages authentication",
        [SparkConfKeys.DriverOAuthToken] = "the operator manages authentication",
        [SparkConfKeys.ExecutorOAuthTokenFile] = "the operator manages authentication",
        [SparkConfKeys.ExecutorOAuthToken] = "the operator manages authentication",
        [SparkConfKeys.Master] = "the operator sets it",
        [SparkConfKeys.KubernetesDriverMaster] = "the operator sets it",
        [SparkConfKeys.ContainerImage] = "set the image with the image field instead",
        [SparkConfKeys.DriverContainerImage] = "set the image with the image field instead",
        [SparkConfKeys.ExecutorContainerImage] = "set the image with the image field instead",
    };

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.SparkConfDenied, RuleCatalog.NodeSelectorTwice, RuleCatalog.DriverIngressOption, RuleCatalog.PodTemplateNeedsSpark3];

    public override void Check(ResourceContext context)
    {
        var application = SparkSpecs.Application(context);
        if (application is null)
        {
            return;
        }

        if (SparkSpecs.SparkConf(application) is { } conf)
        {
            foreach (var entry in conf.Entries)
            {
                if (Denied.TryGetValue(entry.Key, out var reason))
                {
                    context.ReportKey(RuleCatalog.SparkConfDenied, entry, entry.Key, reason);
                }
                else if (entry.Key == SparkConfKeys.KubernetesNamespace && context.Namespace is { } ns && Doc.Text(entry.Value) is { } value && value != ns)
                {
                    context.Report(RuleCatalog.SparkConfDenied, entry.Value, entry.Key, $"it must equal the application's namespace '{ns}', not '{value}'");
                }
            }
        }

        if (application["nodeSelector"] is { } selector)
        {
            foreach (var role in new[] { "driver", "executor" })
            {
                if (Doc.At(application, role, "nodeSelector") is not null)
                {
                    context.Report(RuleCatalog.NodeSelectorTwice, selector, role);
                }
            }
        }

        var ports = new HashSet<string>(System.StringComparer.Ordinal);
        var formats = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var option in Doc.Mappings(application, "driverIngressOptions"))
        {
            var port = Doc.Text(option["servicePort"]);
            if (port is null)
            {
                context.Report(RuleCatalog.DriverIngressOption, option, "servicePort is required");
            }
            else if (!ports.Add(port))
            {
                context.Report(RuleCatalog.DriverIngressOption, option["servicePort"]!, $"servicePort {port} is used twice");
            }

            var format = Doc.Text(option["ingressURLFormat"]);
            if (string.IsNullOrEmpty(format))
            {
                context.Report(RuleCatalog.DriverIngressOption, option, "ingressURLFormat is required");
            }
            else if (!formats.Add(format!))
            {
                context.Report(RuleCatalog.DriverIngressOption, option["ingressURLFormat"]!, $"ingressURLFormat '{format}' is used twice");
            }
        }

        var version = Doc.Text(application["sparkVersion"]);
        var template = Doc.At(application, "driver", "template") ?? Doc.At(application, "executor", "template");
        if (template is not null && version is not null && SemanticVersion.Compare(version, "3.0.0") < 0)
        {
            context.Report(RuleCatalog.PodTemplateNeedsSpark3, application["sparkVersion"]!, version);
        }
    }
}
