using System.Collections.Generic;

namespace KubeDsl.Values;

/// <summary>A position in a values file: 1-based line and column, 0-based character offset.</summary>
internal readonly record struct ValuesMark(int Line, int Column, int Offset);

/// <summary>
/// A node of a parsed values file, with where it starts and ends so an error can point at it. The build and the
/// runtime both bind these nodes to the user's types, so they read a file the same way.
/// </summary>
internal abstract record ValuesNode(ValuesMark Start, ValuesMark End);

/// <summary>A scalar as written; <paramref name="IsNull"/> for a plain, untagged <c>null</c>, <c>~</c> or an empty value.</summary>
internal sealed record ValuesScalar(string Text, bool IsNull, bool IsQuoted, ValuesMark Start, ValuesMark End) : ValuesNode(Start, End)
{
    /// <summary>The scalar's tag (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>), when it has one.</summary>
    public string? Tag { get; init; }
}

/// <summary>The documents of a YAML stream, in order, and the error that stopped reading, if one did.</summary>
internal sealed record ValuesStream(IReadOnlyList<ValuesNode> Documents, ValuesException? Error);

/// <summary>A mapping, keys in file order.</summary>
internal sealed record ValuesMapping(IReadOnlyList<KeyValuePair<ValuesScalar, ValuesNode>> Entries, ValuesMark Start, ValuesMark End) : ValuesNode(Start, End);

/// <summary>A sequence.</summary>
internal sealed record ValuesSequence(IReadOnlyList<ValuesNode> Items, ValuesMark Start, ValuesMark End) : ValuesNode(Start, End);
