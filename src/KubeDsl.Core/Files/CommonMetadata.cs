using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Documents;

/// <summary>
/// Labels and annotations added to every resource ([assembly: CommonLabel(...)], [assembly: CommonAnnotation(...)]),
/// sorted by key so the output does not depend on the order of files. A resource's own entry of the same key wins;
/// the common ones follow the resource's own.
/// </summary>
internal sealed record CommonMetadata(EquatableArray<MetadataEntry> Labels, EquatableArray<MetadataEntry> Annotations)
{
    public const string LabelAttribute = "KubeDsl.CommonLabelAttribute";
    public const string AnnotationAttribute = "KubeDsl.CommonAnnotationAttribute";
    public const string NamespaceAttribute = "KubeDsl.DefaultNamespaceAttribute";

    /// <summary>
    /// Kinds the API server keeps outside namespaces (kubectl api-resources --namespaced=false, Kubernetes 1.28):
    /// a default namespace is not given to them.
    /// </summary>
    public static readonly IReadOnlyList<string> ClusterScopedKinds =
    [
        "APIService", "CertificateSigningRequest", "ClusterRole", "ClusterRoleBinding", "ComponentStatus", "CSIDriver", "CSINode",
        "CustomResourceDefinition", "FlowSchema", "IngressClass", "MutatingWebhookConfiguration", "Namespace", "Node",
        "PersistentVolume", "PriorityClass", "PriorityLevelConfiguration", "RuntimeClass", "StorageClass",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "VolumeAttachment",
    ];

    public static CommonMetadata None { get; } = new(EquatableArray<MetadataEntry>.Empty, EquatableArray<MetadataEntry>.Empty);

    /// <summary>
    /// The namespace of namespaced resources that set none ([assembly: DefaultNamespace("data")], or the same on the
    /// member's class), or null.
    /// </summary>
    public string? Namespace { get; init; }

    /// <summary>The same labels and annotations with <paramref name="defaultNamespace"/> (a class's [DefaultNamespace]).</summary>
    public CommonMetadata WithNamespace(string? defaultNamespace) =>
        this with { Namespace = string.IsNullOrEmpty(defaultNamespace) ? null : defaultNamespace };

    public bool IsEmpty => Labels.Count == 0 && Annotations.Count == 0 && Namespace is null;

    public static CommonMetadata From(IEnumerable<KeyValuePair<string, string>> labels, IEnumerable<KeyValuePair<string, string>> annotations, string? defaultNamespace = null) => new CommonMetadata(
        new EquatableArray<MetadataEntry>(labels.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => new MetadataEntry(p.Key, p.Value)).ToList()),
        new EquatableArray<MetadataEntry>(annotations.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => new MetadataEntry(p.Key, p.Value)).ToList()))
        .WithNamespace(defaultNamespace);

    /// <summary>The resource with the common labels and annotations, and the default namespace, in its metadata; other documents as they are.</summary>
    public DocNode Apply(DocNode document)
    {
        if (IsEmpty || document is not DocMapping resource || resource["kind"] is null || resource["apiVersion"] is null)
        {
            return document;
        }

        var metadata = resource["metadata"] as DocMapping ?? new DocMapping(EquatableArray<DocEntry>.Empty);
        metadata = Merge(metadata, "labels", Labels);
        metadata = Merge(metadata, "annotations", Annotations);
        metadata = WithNamespace(metadata, resource);
        return Replace(resource, "metadata", metadata);
    }

    /// <summary>The resource with the default namespace if it is namespaced and sets none: what the rules judge, as the cluster sees it.</summary>
    public DocNode ApplyNamespace(DocNode document)
    {
        if (Namespace is null || document is not DocMapping resource || resource["kind"] is null || resource["apiVersion"] is null)
        {
            return document;
        }

        var metadata = resource["metadata"] as DocMapping ?? new DocMapping(EquatableArray<DocEntry>.Empty);
        var placed = WithNamespace(metadata, resource);
        return ReferenceEquals(placed, metadata) ? document : Replace(resource, "metadata", placed);
    }

    // After the name, where the models put it, so the file reads as if the definition had set it.
    private DocMapping WithNamespace(DocMapping metadata, DocMapping resource)
    {
        if (Namespace is null || metadata["namespace"] is not null || (resource["kind"] as DocScalar)?.Text is not { } kind || ClusterScopedKinds.Contains(kind))
        {
            return metadata;
        }

        var entries = new List<DocEntry>(metadata.Entries.Count + 1);
        var placed = false;
        foreach (var entry in metadata.Entries)
        {
            entries.Add(entry);
            if (entry.Key == "name")
            {
                entries.Add(new DocEntry("namespace", DocScalar.String(Namespace)));
                placed = true;
            }
        }

        if (!placed)
        {
            entries.Add(new DocEntry("namespace", DocScalar.String(Namespace)));
        }

        return metadata with { Entries = new EquatableArray<DocEntry>(entries) };
    }

    private static DocMapping Merge(DocMapping metadata, string key, EquatableArray<MetadataEntry> common)
    {
        if (common.Count == 0)
        {
            return metadata;
        }

        var own = metadata[key] as DocMapping ?? new DocMapping(EquatableArray<DocEntry>.Empty);
        var entries = new List<DocEntry>(own.Entries);
        foreach (var pair in common)
        {
            if (own[pair.Key] is null && !entries.Any(e => e.Key == pair.Key))
            {
                entries.Add(new DocEntry(pair.Key, DocScalar.String(pair.Value)));
            }
        }

        return Replace(metadata, key, own with { Entries = new EquatableArray<DocEntry>(entries) });
    }

    private static DocMapping Replace(DocMapping mapping, string key, DocNode value)
    {
        var entries = new List<DocEntry>(mapping.Entries.Count + 1);
        var found = false;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key == key)
            {
                entries.Add(entry with { Value = value });
                found = true;
            }
            else
            {
                entries.Add(entry);
            }
        }

        if (!found)
        {
            entries.Add(new DocEntry(key, value));
        }

        return mapping with { Entries = new EquatableArray<DocEntry>(entries) };
    }
}

/// <summary>One common label or annotation.</summary>
internal sealed record MetadataEntry(string Key, string Value);
