using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeDsl.Values;

/// <summary>
/// Parses YAML (or JSON, which YAML reads too) into <see cref="ValuesNode"/>s: values files, and the manifests,
/// inventories and streams the rules read. Anchors and aliases work, and merge keys (<c>&lt;&lt;: *defaults</c>);
/// the expanded size and the nesting are bounded, so an alias bomb or a very deep file is an error, not a hang or
/// a stack overflow. A key written twice in one mapping is an error, as Kubernetes' own decoder makes it.
/// </summary>
internal static class ValuesReader
{
    /// <summary>The most nodes a file may expand to, aliases counted each time they are used.</summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>The deepest nesting a file may have.</summary>
    public const int MaxDepth = 200;

    public static ValuesNode Parse(string text, string path)
    {
        var state = new State(path);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new ValuesException(path, "the file is empty; write the values as YAML or JSON", default, default);
            }

            parser.Consume<DocumentStart>();
            var root = Read(parser, state, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new ValuesException(path, "the file holds more than one YAML document; a values file is one document", root.End, root.End);
            }

            return root;
        }
        catch (YamlException failure)
        {
            var start = Mark(failure.Start);
            var end = Mark(failure.End);
            throw new ValuesException(path, "not valid YAML: " + FirstLine(failure.Message), start, end);
        }
    }

    /// <summary>
    /// Parses every document of a YAML stream (documents separated by <c>---</c>). Anchors are per document. On an
    /// error the documents before it are kept and the error is returned with them; nothing is thrown.
    /// </summary>
    /// <param name="text">The stream's text.</param>
    /// <param name="path">Names the text in errors.</param>
    public static ValuesStream ParseStream(string text, string path)
    {
        var state = new State(path);
        var documents = new List<ValuesNode>();
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                state.Anchors.Clear();
                documents.Add(Read(parser, state, 0));
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
            return new ValuesStream(documents, null);
        }
        catch (YamlException failure)
        {
            return new ValuesStream(documents, new ValuesException(path, "not valid YAML: " + FirstLine(failure.Message), Mark(failure.Start), Mark(failure.End)));
        }
        catch (ValuesException failure)
        {
            return new ValuesStream(documents, failure);
        }
    }

    private static ValuesNode Read(IParser parser, State state, int depth)
    {
        if (depth > MaxDepth)
        {
            var at = Mark(parser.Current!.Start);
            throw new ValuesException(state.Path, "nesting is deeper than " + MaxDepth + " levels", at, at);
        }

        if (++state.Nodes > MaxNodes)
        {
            var at = Mark(parser.Current!.Start);
            throw new ValuesException(state.Path, "the file expands to more than " + MaxNodes + " values (aliases count each time they are used)", at, at);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new ValuesException(state.Path, "alias *" + alias.Value.Value + " names no anchor before it", Mark(alias.Start), Mark(alias.End));
            }

            state.Nodes += Count(target);
            if (state.Nodes > MaxNodes)
            {
                throw new ValuesException(state.Path, "the file expands to more than " + MaxNodes + " values (aliases count each time they are used)", Mark(alias.Start), Mark(alias.End));
            }

            return target;
        }

        ValuesNode node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
            var isNull = scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL");
            node = new ValuesScalar(scalar.Value, isNull && (scalar.Tag.IsEmpty || scalar.Tag.Value == "tag:yaml.org,2002:null"), scalar.Style is not ScalarStyle.Plain, Mark(scalar.Start), Mark(scalar.End))
            {
                Tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value,
            };
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
            var items = new List<ValuesNode>();
            while (!parser.TryConsume<SequenceEnd>(out var sequenceEnd))
            {
                items.Add(Read(parser, state, depth + 1));
                _ = sequenceEnd;
            }

            node = new ValuesSequence(items, Mark(sequenceStart.Start), Mark(parser.Current?.Start ?? sequenceStart.End));
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
            var entries = new List<KeyValuePair<ValuesScalar, ValuesNode>>();
            var keys = new Dictionary<string, ValuesScalar>(StringComparer.Ordinal);
            var merged = new List<KeyValuePair<ValuesScalar, ValuesNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (Read(parser, state, depth + 1) is not ValuesScalar key || key.IsNull)
                {
                    var at = Mark(parser.Current!.Start);
                    throw new ValuesException(state.Path, "a key must be a plain name", at, at);
                }

                var value = Read(parser, state, depth + 1);
                if (key.Text == "<<" && !key.IsQuoted)
                {
                    Merge(value, merged, state.Path);
                    continue;
                }

                if (keys.TryGetValue(key.Text, out var first))
                {
                    throw new ValuesException(state.Path, "key '" + key.Text + "' appears twice in this mapping (first on line " + first.Start.Line + ")", key.Start, key.End);
                }

                keys[key.Text] = key;
                entries.Add(new KeyValuePair<ValuesScalar, ValuesNode>(key, value));
            }

            // A merge key ("<<: *defaults") brings the keys this mapping does not set itself.
            foreach (var entry in merged)
            {
                if (!keys.ContainsKey(entry.Key.Text))
                {
                    keys[entry.Key.Text] = entry.Key;
                    entries.Add(entry);
                }
            }

            node = new ValuesMapping(entries, Mark(mappingStart.Start), Mark(parser.Current?.Start ?? mappingStart.End));
        }

        if (anchor is not null)
        {
            state.Anchors[anchor] = node;
        }

        return node;
    }

    // The mappings of a merge key's value, earlier ones first: a key of an earlier mapping wins, as YAML merges do.
    private static void Merge(ValuesNode value, List<KeyValuePair<ValuesScalar, ValuesNode>> merged, string path)
    {
        var sources = new List<ValuesNode>();
        if (value is ValuesSequence sequence)
        {
            sources.AddRange(sequence.Items);
        }
        else
        {
            sources.Add(value);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in merged)
        {
            seen.Add(entry.Key.Text);
        }

        foreach (var node in sources)
        {
            if (node is not ValuesMapping source)
            {
                throw new ValuesException(path, "a merge key ('<<') takes a mapping or a list of mappings, usually an alias such as *defaults", node.Start, node.End);
            }

            foreach (var entry in source.Entries)
            {
                if (seen.Add(entry.Key.Text))
                {
                    merged.Add(entry);
                }
            }
        }
    }

    private static int Count(ValuesNode node) => node switch
    {
        ValuesMapping mapping => 1 + Sum(mapping.Entries, e => 1 + Count(e.Value)),
        ValuesSequence sequence => 1 + Sum(sequence.Items, Count),
        _ => 1,
    };

    private static int Sum<T>(IReadOnlyList<T> items, Func<T, int> count)
    {
        long total = 0;
        foreach (var item in items)
        {
            total += count(item);
            if (total > MaxNodes)
            {
                return MaxNodes + 1;
            }
        }

        return (int)total;
    }

    private static ValuesMark Mark(YamlDotNet.Core.Mark mark) => new(checked((int)mark.Line), checked((int)mark.Column), checked((int)mark.Index));

    private static string FirstLine(string message)
    {
        var index = message.IndexOf('\n');
        return (index < 0 ? message : message.Substring(0, index)).Trim();
    }

    private sealed class State(string path)
    {
        public string Path { get; } = path;

        public int Nodes { get; set; }

        public Dictionary<string, ValuesNode> Anchors { get; } = new(StringComparer.Ordinal);
    }
}
