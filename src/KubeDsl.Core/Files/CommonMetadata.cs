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

    public static CommonMetadata None { get; } = new(EquatableArray<MetadataEntry>.Empty, EquatableArray<MetadataEntry>.Empty);

    public bool IsEmpty => Labels.Count == 0 && Annotations.Count == 0;

    public static CommonMetadata From(IEnumerable<KeyValuePair<string, string>> labels, IEnumerable<KeyValuePair<string, string>> annotations) => new(
        new EquatableArray<MetadataEntry>(labels.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => new MetadataEntry(p.Key, p.Value)).ToList()),
        new EquatableArray<MetadataEntry>(annotations.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => new MetadataEntry(p.Key, p.Value)).ToList()));

    /// <summary>The resource with the common labels and annotations in its metadata; other documents as they are.</summary>
    public DocNode Apply(DocNode document)
    {
        if (IsEmpty || document is not DocMapping resource || resource["kind"] is null || resource["apiVersion"] is null)
        {
            return document;
        }

        var metadata = resource["metadata"] as DocMapping ?? new DocMapping(EquatableArray<DocEntry>.Empty);
        metadata = Merge(metadata, "labels", Labels);
        metadata = Merge(metadata, "annotations", Annotations);
        return Replace(resource, "metadata", metadata);
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
