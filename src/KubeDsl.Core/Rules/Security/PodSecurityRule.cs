using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Rules.Security;

/// <summary>
/// The Pod Security Standards over every pod a resource makes (<see cref="PodViews"/>), at the level admission will
/// apply where the pod runs: a Namespace among the definitions or the inventory with
/// <c>pod-security.kubernetes.io/enforce</c> makes violations of its level errors, <c>warn</c> and <c>audit</c>
/// warnings; in a namespace without those labels the project default (KubeDslPodSecurity) gives warnings. Runs over
/// all resources at once because the namespace is another resource.
/// </summary>
internal static class PodSecurityRule
{
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        RuleCatalog.HostNamespace, RuleCatalog.PrivilegedContainer, RuleCatalog.AddedCapability, RuleCatalog.HostPathVolume,
        RuleCatalog.HostPort, RuleCatalog.AppArmorProfile, RuleCatalog.SeLinuxOptions, RuleCatalog.ProcMount,
        RuleCatalog.SeccompUnconfined, RuleCatalog.UnsafeSysctl, RuleCatalog.HostProcess, RuleCatalog.ProbeHost,
        RuleCatalog.RestrictedVolumeType, RuleCatalog.PrivilegeEscalation, RuleCatalog.RunAsNonRoot, RuleCatalog.RunAsRootUser,
        RuleCatalog.SeccompRequired, RuleCatalog.CapabilitiesNotDropped,
    ];

    public static void Check(IReadOnlyList<ResourceContext> resources)
    {
        var namespaces = NamespacePolicy.Read(resources);
        foreach (var resource in resources)
        {
            var pods = PodViews.In(resource);
            if (pods.Count == 0)
            {
                continue;
            }

            var name = PodViews.Namespace(resource);
            var policy = name is not null && namespaces.TryGetValue(name, out var found) ? found : null;
            var findings = new PodSecurityFindings(resource, level => Verdict(level, name, policy, resource.Settings.PodSecurity));
            foreach (var pod in pods)
            {
                BaselineChecks.Check(pod, findings);
                RestrictedChecks.Check(pod, findings);
            }
        }
    }

    /// <summary>How a violation of <paramref name="level"/> is reported in the namespace, and why; null when nothing asks for the level.</summary>
    public static (RuleSeverity Severity, string Reason)? Verdict(PodSecurityLevel level, string? name, NamespacePolicy? policy, PodSecurityLevel projectDefault)
    {
        if (policy is { Labelled: true })
        {
            if (policy.Enforce >= level)
            {
                return (RuleSeverity.Error, Label(policy, "enforce", policy.Enforce!.Value));
            }

            foreach (var (mode, value) in new[] { ("warn", policy.Warn), ("audit", policy.Audit) })
            {
                if (value >= level)
                {
                    return (RuleSeverity.Warning, Label(policy, mode, value!.Value));
                }
            }

            return null;
        }

        if (projectDefault < level)
        {
            return null;
        }

        var where = name is null ? "the pods set no namespace"
            : policy is null ? $"namespace '{name}' is not among the definitions or the inventory"
            : $"namespace '{name}' has no {PodSecurityStandard.LabelPrefix} label";
        return (RuleSeverity.Warning, $"project default KubeDslPodSecurity={PodSecurityLevels.Name(projectDefault)}; {where}");
    }

    private static string Label(NamespacePolicy policy, string mode, PodSecurityLevel level) =>
        $"namespace '{policy.Name}' has {PodSecurityStandard.LabelPrefix}{mode}: {PodSecurityLevels.Name(level)}";
}
