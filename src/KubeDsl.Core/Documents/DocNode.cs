using System;
using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>Where in C# source a document node came from, kept as plain data so trees stay equatable.</summary>
internal sealed record SourceOrigin(string FilePath, int Start, int Length);

/// <summary>The YAML type a scalar carries once parsed; the emitter decides quoting from it.</summary>
internal enum ScalarKind
{
    String,
    Integer,
    Float,
    Boolean,
    Null,
}

/// <summary>
/// A node of the evaluated document: what both the compile-time evaluator and the runtime serializer produce,
/// and what rules and the emitter consume. Immutable and compared by value.
/// </summary>
internal abstract record DocNode
{
    /// <summary>The expression that produced the node, when it came from C# source.</summary>
    public SourceOrigin? Origin { get; init; }
}

/// <summary>A scalar with its text in canonical form (invariant culture) and its YAML type.</summary>
internal sealed record DocScalar(string Text, ScalarKind Kind) : DocNode
{
    public static DocScalar String(string text) => new(text, ScalarKind.String);
    public static DocScalar Integer(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Integer);
    public static DocScalar Boolean(bool value) => new(value ? "true" : "false", ScalarKind.Boolean);
}

/// <summary>One key of a mapping with its value.</summary>
internal sealed record DocEntry(string Key, DocNode Value)
{
    /// <summary>The expression that produced the key (a dictionary initializer key), when known.</summary>
    public SourceOrigin? KeyOrigin { get; init; }

    /// <summary>
    /// Where the value was assigned to this key (<c>Driver = Common.Driver</c>), when that differs from where the
    /// value itself was written; diagnostics about the value point here first.
    /// </summary>
    public SourceOrigin? ValueOrigin { get; init; }
}

/// <summary>A mapping whose keys keep the order they were declared or inserted in.</summary>
internal sealed record DocMapping(EquatableArray<DocEntry> Entries) : DocNode
{
    public DocNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}

/// <summary>A sequence of nodes.</summary>
internal sealed record DocSequence(EquatableArray<DocNode> Items) : DocNode;

/// <summary>One YAML document: a resource, with the C# member that defined it.</summary>
internal sealed record DocDocument(DocNode Root);
