using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The Flink operator's session-job and snapshot checks that one resource decides: a valid deploymentName, a job,
/// a jarURI the operator may download (scheme in the allow-list, https only by default, since 1.15.0), the job's
/// parallelism; and for FlinkStateSnapshot exactly one of savepoint and checkpoint and a job
/// reference unless the savepoint already exists.
/// </summary>
internal sealed class FlinkSessionJobRule : ResourceRule
{
    /// <summary>What the operator accepts as a FlinkDeployment name (DefaultValidator.validateDeploymentName).</summary>
    internal static readonly System.Text.RegularExpressions.Regex Name = new("^[a-z]([-a-z0-9]{0,43}[a-z0-9])?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.FlinkSessionJob, RuleCatalog.FlinkSnapshot];

    public override void Check(ResourceContext context)
    {
        if (!context.IsFlinkOperator || context.Spec is not { } spec)
        {
            return;
        }

        if (context.Kind == "FlinkSessionJob")
        {
            SessionJob(context, spec);
        }
        else if (context.Kind == "FlinkStateSnapshot")
        {
            Snapshot(context, spec);
        }
    }

    private static void SessionJob(ResourceContext context, DocMapping spec)
    {
        var deployment = Doc.Text(spec["deploymentName"]);
        if (deployment is null)
        {
            context.Report(RuleCatalog.FlinkSessionJob, spec, "deploymentName is required: it names the session cluster");
        }
        else if (!Name.IsMatch(deployment))
        {
            context.Report(RuleCatalog.FlinkSessionJob, spec["deploymentName"]!, $"deploymentName '{deployment}' is not a valid FlinkDeployment name");
        }

        if (spec["job"] is not DocMapping job)
        {
            context.Report(RuleCatalog.FlinkSessionJob, spec, "a session job needs a job");
            return;
        }

        if (job["jarURI"] is { } jarNode && Doc.Text(jarNode) is { } jar)
        {
            if (!Uri.TryCreate(jar, UriKind.Absolute, out var uri))
            {
                context.Report(RuleCatalog.FlinkSessionJob, jarNode, $"jarURI '{jar}' is not a URI with a scheme");
            }
            else if (!uri.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(RuleCatalog.FlinkSessionJob, jarNode, $"the operator downloads session-job jars only over https by default, not '{uri.Scheme}' (kubernetes.operator.user.artifacts.allowed-schemes)");
            }
        }

        // The operator judges the job's state directories and autoscaler options on the configuration merged with
        // its session cluster's, and only when it finds the cluster: FlinkTargetRule does that across resources.
        // The parallelism does not depend on the configuration.
        FlinkDeploymentRule.Parallelism(context, spec, job);
    }

    private static void Snapshot(ResourceContext context, DocMapping spec)
    {
        var savepoint = spec["savepoint"];
        var checkpoint = spec["checkpoint"];
        if ((savepoint is null) == (checkpoint is null))
        {
            context.Report(RuleCatalog.FlinkSnapshot, spec, "set exactly one of savepoint and checkpoint");
            return;
        }

        if (Doc.Text(Doc.At(savepoint, "alreadyExists")) != "true" && spec["jobReference"] is null)
        {
            context.Report(RuleCatalog.FlinkSnapshot, spec, "jobReference is required unless the savepoint already exists");
        }
    }
}
