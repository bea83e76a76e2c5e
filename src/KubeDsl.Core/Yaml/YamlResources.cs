using System;
using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Schemas;
using KubeDsl.Values;

namespace KubeDsl.Yaml;

/// <summary>
/// Reads Kubernetes resources from YAML text (manifests, kubectl output, rendered Helm charts, other GitOps
/// folders) into document trees the rules read. Parsing is <see cref="ValuesReader.ParseStream"/>'s, with its
/// limits; each node keeps its file and character offset as its <see cref="DocNode.Origin"/> (keys in
/// <see cref="DocEntry.KeyOrigin"/>), so a finding can point into the file. Kinds ending in <c>List</c> (what
/// <c>kubectl get -o yaml</c> prints) are read as their items.
/// </summary>
internal static class YamlResources
{
    /// <summary>The resources of <paramref name="yaml"/>, and the position and reason it could not be read further.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="path">The file's path, kept in each node's origin.</param>
    public static YamlReadResult Read(string yaml, string path = "")
    {
        var stream = ValuesReader.ParseStream(yaml, path);
        var resources = new List<YamlResource>();
        var others = new List<ValuesNode>();
        foreach (var document in stream.Documents)
        {
            Collect(document, path, resources, others);
        }

        var error = stream.Error;
        return new YamlReadResult(resources, others, error is null ? null : Problem(error), error is null ? 0 : Math.Max(1, error.Start.Line), error is null ? 0 : Math.Max(1, error.Start.Column));
    }

    private static void Collect(ValuesNode document, string path, List<YamlResource> resources, List<ValuesNode> others)
    {
        switch (document)
        {
            case ValuesScalar { IsNull: true }:
                return; // An empty document (a stray ---, a file of comments) declares nothing.
            case ValuesMapping mapping when Text(mapping, "kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && Value(mapping, "items") is ValuesSequence items:
                foreach (var item in items.Items)
                {
                    Collect(item, path, resources, others);
                }

                return;
            case ValuesMapping mapping:
                resources.Add(new YamlResource((DocMapping)ToDoc(mapping, path), mapping));
                return;
            default:
                others.Add(document);
                return;
        }
    }

    // A parse error as a clause ("while parsing a block mapping, did not find expected key"): YamlDotNet writes
    // sentences, and ValuesReader puts "not valid YAML: " in front, which callers say in their own words.
    private static string Problem(ValuesException error)
    {
        const string prefix = "not valid YAML: ";
        var text = (error.Problem.StartsWith(prefix, StringComparison.Ordinal) ? error.Problem.Substring(prefix.Length) : error.Problem).Trim().TrimEnd('.');
        return text.Length == 0 ? "unknown error" : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }

    /// <summary>The document tree of a parsed node, each node with its place in <paramref name="path"/>.</summary>
    public static DocNode ToDoc(ValuesNode node, string path)
    {
        var origin = new SourceOrigin(path, node.Start.Offset, Math.Max(0, node.End.Offset - node.Start.Offset));
        switch (node)
        {
            case ValuesScalar scalar:
                return new DocScalar(scalar.Text, KindOf(scalar)) { Origin = origin };
            case ValuesSequence sequence:
                var items = new DocNode[sequence.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToDoc(sequence.Items[i], path);
                }

                return new DocSequence(new EquatableArray<DocNode>(items)) { Origin = origin };
            default:
                var mapping = (ValuesMapping)node;
                var entries = new DocEntry[mapping.Entries.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    var key = mapping.Entries[i].Key;
                    entries[i] = new DocEntry(key.Text, ToDoc(mapping.Entries[i].Value, path))
                    {
                        KeyOrigin = new SourceOrigin(path, key.Start.Offset, Math.Max(0, key.End.Offset - key.Start.Offset)),
                    };
                }

                return new DocMapping(new EquatableArray<DocEntry>(entries)) { Origin = origin };
        }
    }

    private static ValuesNode? Value(ValuesMapping mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Text == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static string? Text(ValuesMapping mapping, string key) => Value(mapping, key) is ValuesScalar { IsNull: false } scalar ? scalar.Text : null;

    // Plain scalars get the type Kubernetes gives them (go-yaml v2 through sigs.k8s.io/yaml: yes and on are
    // booleans, 0x1F and 1_000 integers); quoted, block and !!str ones are strings; an !!int, !!float or !!bool
    // tag keeps its word.
    private static ScalarKind KindOf(ValuesScalar scalar)
    {
        if (scalar.IsNull)
        {
            return ScalarKind.Null;
        }

        if (scalar.IsQuoted || (scalar.Tag is { } tag && tag != "tag:yaml.org,2002:int" && tag != "tag:yaml.org,2002:float" && tag != "tag:yaml.org,2002:bool"))
        {
            return ScalarKind.String;
        }

        return scalar.Text.Length == 0 ? ScalarKind.String : KubernetesScalars.Resolve(scalar.Text);
    }
}

/// <summary>One resource: its document tree, and the parsed node it came from (with positions).</summary>
internal sealed record YamlResource(DocMapping Document, ValuesMapping Source);

/// <summary>What <see cref="YamlResources.Read"/> found.</summary>
/// <param name="Items">The resources, in file order (List items in place of their List).</param>
/// <param name="Others">Documents that are neither a mapping nor empty (a bare scalar or a list).</param>
/// <param name="Error">The first error, when the file could not be read to its end; the resources before it are kept.</param>
/// <param name="Line">The error's 1-based line.</param>
/// <param name="Column">The error's 1-based column.</param>
internal sealed record YamlReadResult(IReadOnlyList<YamlResource> Items, IReadOnlyList<ValuesNode> Others, string? Error, int Line, int Column)
{
    /// <summary>The resources' document trees.</summary>
    public IReadOnlyList<DocMapping> Resources
    {
        get
        {
            var resources = new List<DocMapping>(Items.Count);
            foreach (var item in Items)
            {
                resources.Add(item.Document);
            }

            return resources;
        }
    }
}
