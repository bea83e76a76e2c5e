using System;
using System.Collections.Generic;
using System.IO;
using KubeDsl.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeDsl.Analyzers.Inventory;

/// <summary>
/// Reads Kubernetes resources from YAML text (kubectl output, rendered Helm charts, other GitOps folders) into
/// document trees the rules read, so objects created outside the project count as declared. Kinds ending in
/// <c>List</c> (what <c>kubectl get -o yaml</c> prints) are read as their items.
/// </summary>
internal static class YamlResources
{
    // Kubernetes objects nest a few dozen levels at most; a deeper file is an error, not a stack overflow in the compiler.
    private const int MaxDepth = 200;

    /// <summary>The resources of <paramref name="yaml"/>, or the position and reason it cannot be read.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="path">The file's path, kept in each scalar's origin (with its offset) so findings can point into the file.</param>
    public static YamlReadResult Read(string yaml, string path = "")
    {
        var resources = new List<DocMapping>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var anchors = new Dictionary<string, DocNode>(StringComparer.Ordinal);
                var root = parser.TryConsume<DocumentEnd>(out _) ? null : ReadNode(parser, anchors, path, 0);
                if (root is not null)
                {
                    parser.Consume<DocumentEnd>();
                }

                Collect(root, resources);
            }

            parser.Consume<StreamEnd>();
            return new YamlReadResult(resources, null, 0, 0);
        }
        catch (YamlException e)
        {
            // Marks are 1-based; an error at the very end may carry 0.
            return new YamlReadResult(resources, e.Message, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));
        }
    }

    private static void Collect(DocNode? root, List<DocMapping> resources)
    {
        if (root is not DocMapping mapping)
        {
            return; // Empty documents and bare values declare nothing.
        }

        if (Rules.Doc.Text(mapping["kind"]) is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && mapping["items"] is DocSequence items)
        {
            foreach (var item in items.Items)
            {
                Collect(item, resources);
            }

            return;
        }

        resources.Add(mapping);
    }

    private static DocNode ReadNode(IParser parser, Dictionary<string, DocNode> anchors, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            var at = parser.Current;
            throw new YamlException(at?.Start ?? Mark.Empty, at?.End ?? Mark.Empty, $"the document nests more than {MaxDepth} levels deep");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor");
        }

        DocNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = new DocScalar(scalar.Value, ScalarKindOf(scalar))
            {
                Origin = new SourceOrigin(path, (int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index)),
            };
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor;
            var items = new List<DocNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors, path, depth + 1));
            }

            node = new DocSequence(new EquatableArray<DocNode>(items.ToArray()));
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor;
            var entries = new List<DocEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors, path, depth + 1);
                var value = ReadNode(parser, anchors, path, depth + 1);

                // A merge key (<<: *defaults) brings in the entries the mapping does not set itself.
                if (key is DocScalar { Text: "<<" } && value is DocMapping merged)
                {
                    entries.AddRange(merged.Entries);
                    continue;
                }

                entries.Add(new DocEntry(key is DocScalar text ? text.Text : string.Empty, value));
            }

            node = new DocMapping(new EquatableArray<DocEntry>(Deduplicate(entries)));
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    // Later keys win, as in every YAML loader Kubernetes tools use; merged entries come first so own keys override them.
    private static DocEntry[] Deduplicate(List<DocEntry> entries)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<DocEntry>();
        foreach (var entry in entries)
        {
            if (index.TryGetValue(entry.Key, out var at))
            {
                result[at] = entry;
            }
            else
            {
                index[entry.Key] = result.Count;
                result.Add(entry);
            }
        }

        return result.ToArray();
    }

    // Only the text matters to the reference rules; plain scalars get their YAML 1.2 core type for completeness.
    private static ScalarKind ScalarKindOf(Scalar scalar)
    {
        if (!scalar.IsPlainImplicit)
        {
            return ScalarKind.String;
        }

        return scalar.Value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) => ScalarKind.Integer,
            _ => ScalarKind.String,
        };
    }
}

/// <summary>What <see cref="YamlResources.Read"/> found: the resources read, and the first error with its position.</summary>
internal sealed record YamlReadResult(IReadOnlyList<DocMapping> Resources, string? Error, int Line, int Column);
