using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>
/// What makes a resource one object in a cluster: its API group, kind, namespace and name. The apiVersion's version
/// is left out, as the API server serves one object under each version of its group. A namespace the resource
/// does not set stays null: which namespace it lands in depends on the client (kubectl's context, Argo CD's
/// destination), so the key does not guess "default".
/// </summary>
internal sealed record ResourceKey(string Group, string Kind, string? Namespace, string Name)
{
    /// <summary>The key of a resource with a kind, an apiVersion and a metadata.name; null for anything else.</summary>
    public static ResourceKey? Of(DocNode document)
    {
        if (document is not DocMapping resource
            || (resource["apiVersion"] as DocScalar)?.Text is not { Length: > 0 } apiVersion
            || (resource["kind"] as DocScalar)?.Text is not { Length: > 0 } kind
            || resource["metadata"] is not DocMapping metadata
            || (metadata["name"] as DocScalar)?.Text is not { Length: > 0 } name)
        {
            return null;
        }

        var slash = apiVersion.IndexOf('/');
        var group = slash < 0 ? string.Empty : apiVersion.Substring(0, slash);
        var ns = (metadata["namespace"] as DocScalar)?.Text is { Length: > 0 } set ? set : null;
        return new ResourceKey(group, kind, ns, name);
    }

    /// <summary>The keys of the resources among <paramref name="documents"/>, in their order.</summary>
    public static EquatableArray<ResourceKey> Of(IEnumerable<DocNode> documents)
    {
        var keys = new List<ResourceKey>();
        foreach (var document in documents)
        {
            if (Of(document) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys.Count == 0 ? EquatableArray<ResourceKey>.Empty : new EquatableArray<ResourceKey>(keys);
    }

    /// <summary>"SparkApplication (sparkoperator.k8s.io) default/spark-pi", or "... spark-pi (no namespace set)".</summary>
    public override string ToString() =>
        Kind + (Group.Length == 0 ? string.Empty : " (" + Group + ")") + " " + (Namespace is null ? Name + " (no namespace set)" : Namespace + "/" + Name);
}
