using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Configuration;
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
    private static readonly System.Text.RegularExpressions.Regex SchemePrefix = new("^[A-Za-z][A-Za-z0-9+.-]*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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

        if (job["jarURI"] is { } jarNode && Doc.Text(jarNode) is { } jar && JarUriProblem(jar, context.Settings.FlinkOperatorDefaults) is { } problem)
        {
            context.Report(RuleCatalog.FlinkSessionJob, jarNode, problem);
        }

        // The operator judges the job's state directories and autoscaler options on the configuration merged with
        // its session cluster's, and only when it finds the cluster: FlinkTargetRule does that across resources.
        // The parallelism does not depend on the configuration.
        FlinkDeploymentRule.Parallelism(context, spec, job);
    }

    /// <summary>
    /// DefaultValidator.validateJarURI (release 1.15.0): a URI with a scheme of the allow-list (operator option
    /// kubernetes.operator.user.artifacts.allowed-schemes, default https) and, for http and https while
    /// kubernetes.operator.user.artifacts.disallow-restricted-hosts is on (the default), a host that is no
    /// loopback, link-local, site-local, wildcard or multicast address (java.net.InetAddress's classes). A host
    /// name other than localhost needs a DNS lookup, which a build does not make: only IP literals and localhost are
    /// judged here.
    /// </summary>
    internal static string? JarUriProblem(string jar, IReadOnlyDictionary<string, string> operatorConfig)
    {
        // java.net.URI refuses spaces and the like first, then the validator asks for a scheme ("/opt/job.jar"
        // has none, although .NET would read it as a file URI).
        if (jar.Any(char.IsWhiteSpace) || !Uri.TryCreate(jar, UriKind.RelativeOrAbsolute, out _))
        {
            return $"jarURI '{jar}' is not a valid URI";
        }

        if (SchemePrefix.Match(jar) is not { Success: true } prefix)
        {
            return $"jarURI '{jar}' must include a scheme";
        }

        var scheme = prefix.Value.TrimEnd(':');

        var allowed = operatorConfig.TryGetValue(FlinkConfKeys.OperatorArtifactsAllowedSchemes, out var list)
            ? list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToList()
            : ["https"];
        if (!allowed.Contains(scheme.ToLowerInvariant()))
        {
            return allowed.SequenceEqual(["https"])
                ? $"the operator downloads session-job jars only over https by default, not '{scheme}' ({FlinkConfKeys.OperatorArtifactsAllowedSchemes})"
                : $"jarURI scheme '{scheme}' is not in the operator's allow-list ({string.Join(", ", allowed)}, {FlinkConfKeys.OperatorArtifactsAllowedSchemes})";
        }

        if (scheme.ToLowerInvariant() is not ("http" or "https")
            || (operatorConfig.TryGetValue(FlinkConfKeys.OperatorArtifactsDisallowRestrictedHosts, out var disallow) && disallow.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // An opaque URI such as https:job.jar has no host (java.net.URI.getHost() is null).
        var host = Uri.TryCreate(jar, UriKind.Absolute, out var uri) ? uri.DnsSafeHost : string.Empty;
        if (host.Length == 0)
        {
            return "jarURI must include a host for http and https";
        }

        var restricted = RestrictedAddress.Kind(host);
        return restricted is null
            ? null
            : $"jarURI host '{host}' is a {restricted} address, which the operator refuses to download from ({FlinkConfKeys.OperatorArtifactsDisallowRestrictedHosts}, on by default)";
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
