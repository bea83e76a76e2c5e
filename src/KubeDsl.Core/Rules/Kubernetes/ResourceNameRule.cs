using System.Collections.Generic;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// metadata.name against what Kubernetes and the operators derive from it: the Spark operator's webhook requires
/// a DNS-1035 label (its services are named after the application); the Flink operator's validator allows at most
/// 45 characters; Services are DNS-1035 labels, Namespaces DNS-1123 labels, everything else DNS-1123 subdomains.
/// </summary>
internal sealed class ResourceNameRule : ResourceRule
{
    // A scheduled run is "<name>-<timestamp>" and must fit in 63 characters.
    private const int ScheduledNameLimit = 63 - SparkSpecs.ScheduledRunSuffixLength;
    private const int FlinkNameLimit = 45;

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.InvalidName, RuleCatalog.ScheduledNameTooLong];

    public override void Check(ResourceContext context)
    {
        if (context.Metadata?["name"] is not { } node || Doc.Text(node) is not { } name)
        {
            return;
        }

        var kind = context.Kind ?? "Resource";
        var problem = kind switch
        {
            "SparkApplication" or "ScheduledSparkApplication" when context.IsSparkOperator => Names.Dns1035LabelProblem(name),
            "FlinkDeployment" or "FlinkSessionJob" or "FlinkStateSnapshot" when context.IsFlinkOperator =>
                name.Length > FlinkNameLimit ? $"the Flink operator allows at most {FlinkNameLimit} characters and it has {name.Length}" : Names.Dns1035LabelProblem(name),
            "Service" => Names.Dns1035LabelProblem(name),
            "Namespace" => Names.Dns1123LabelProblem(name),
            _ => Names.Dns1123SubdomainProblem(name),
        };

        if (problem is not null)
        {
            context.Report(RuleCatalog.InvalidName, node, kind, name, problem);
        }
        else if (kind == "ScheduledSparkApplication" && context.IsSparkOperator && name.Length > ScheduledNameLimit)
        {
            context.Report(RuleCatalog.ScheduledNameTooLong, node, name, name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
