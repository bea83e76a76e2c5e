using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// The Pod Security levels a namespace's labels ask admission for: <c>pod-security.kubernetes.io/enforce</c> rejects
/// pods above it, <c>warn</c> and <c>audit</c> only tell. A mode without a label (or with a value admission does not
/// know) is null.
/// </summary>
internal sealed record NamespacePolicy(string Name, PodSecurityLevel? Enforce, PodSecurityLevel? Warn, PodSecurityLevel? Audit)
{
    /// <summary>True when any of the three labels is set: then the labels, not the project default, decide.</summary>
    public bool Labelled => Enforce is not null || Warn is not null || Audit is not null;

    /// <summary>The Namespaces among the resources (definitions and inventory), by name; the first definition wins.</summary>
    public static Dictionary<string, NamespacePolicy> Read(IEnumerable<ResourceContext> resources)
    {
        var policies = new Dictionary<string, NamespacePolicy>(System.StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (resource.Kind != "Namespace" || resource.ApiVersion != "v1" || Doc.Text(resource.Metadata?["name"]) is not { } name || policies.ContainsKey(name))
            {
                continue;
            }

            var labels = Doc.Map(resource.Metadata, "labels");
            policies[name] = new NamespacePolicy(name, Level(labels, "enforce"), Level(labels, "warn"), Level(labels, "audit"));
        }

        return policies;
    }

    private static PodSecurityLevel? Level(DocMapping? labels, string mode) => PodSecurityLevels.Parse(Doc.Text(labels?[PodSecurityStandard.LabelPrefix + mode]));
}
