using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>One place a pod or container setting can be written, with its YAML path in the manifest.</summary>
internal sealed record Layer(DocMapping Map, string Path);

/// <summary>A setting's node and the path it was found at.</summary>
internal sealed record Found(DocNode Node, string Path)
{
    public string? Text => Doc.Text(Node);
}

/// <summary>
/// A container as it will run: the mappings that define it (the operator's typed fields over a template's container,
/// or a Flink role template's container over the base template's), highest precedence first.
/// </summary>
/// <param name="Description">How messages name it: <c>container 'main' of the driver pod</c>.</param>
/// <param name="Anchor">Where a setting the container lacks is reported: the container, or the typed role that sets
/// the container's security context.</param>
/// <param name="AnchorPath">The YAML path of <paramref name="Anchor"/>.</param>
/// <param name="AnchorTakesSecurityContext">True when the anchor has a <c>securityContext</c> of the container (a
/// container, Spark's driver and executor), so a code fix can add one there.</param>
/// <param name="Definitions">The container mappings (ports, probes, hooks), highest precedence first.</param>
/// <param name="SecurityContexts">The security contexts that apply, highest precedence first.</param>
internal sealed record ContainerView(
    string Description,
    DocNode Anchor,
    string AnchorPath,
    bool AnchorTakesSecurityContext,
    IReadOnlyList<Layer> Definitions,
    IReadOnlyList<Layer> SecurityContexts)
{
    /// <summary>For a container the operator creates: where a setting it lacks can be written instead.</summary>
    public string? Hint { get; init; }

    /// <summary>The container's effective security context setting at <paramref name="path"/>.</summary>
    public Found? Setting(params string[] path) => Layers.Find(SecurityContexts, path);
}

/// <summary>
/// A pod as admission will see it, assembled from what a resource writes and what its operator adds: the pod spec
/// layers (highest precedence first), the pod security context, the volumes the pod gets, the annotations of its
/// metadata, and every container including the ones the operator creates itself.
/// </summary>
internal sealed record PodView(
    string Description,
    DocNode Anchor,
    string AnchorPath,
    IReadOnlyList<Layer> Specs,
    IReadOnlyList<Layer> SecurityContexts,
    IReadOnlyList<Layer> Volumes,
    IReadOnlyList<Layer> Metadata,
    IReadOnlyList<ContainerView> Containers)
{
    /// <summary>The pod spec setting at <paramref name="path"/>, from the layer that wins.</summary>
    public Found? Spec(params string[] path) => Layers.Find(Specs, path);

    /// <summary>The pod security context setting at <paramref name="path"/>.</summary>
    public Found? Setting(params string[] path) => Layers.Find(SecurityContexts, path);

    /// <summary>True for a pod that says it runs on Windows, where the Linux-only restricted controls do not apply.</summary>
    public bool Windows => Spec("os", "name")?.Text == "windows";
}

/// <summary>Lookups over layers.</summary>
internal static class Layers
{
    /// <summary>The first layer's node at <paramref name="path"/> that is set (not null).</summary>
    public static Found? Find(IReadOnlyList<Layer> layers, params string[] path)
    {
        foreach (var layer in layers)
        {
            if (Doc.At(layer.Map, path) is { } node && node is not DocScalar { Kind: ScalarKind.Null })
            {
                return new Found(node, layer.Path + "." + string.Join(".", path));
            }
        }

        return null;
    }

    /// <summary>A layer when the mapping exists.</summary>
    public static void Add(List<Layer> layers, DocMapping? map, string path)
    {
        if (map is not null)
        {
            layers.Add(new Layer(map, path));
        }
    }
}
