using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules;

/// <summary>Small readers of the document tree, so rules stay short.</summary>
internal static class Doc
{
    /// <summary>The text of a scalar; null for anything else or a null scalar.</summary>
    public static string? Text(DocNode? node) => node is DocScalar { Kind: not ScalarKind.Null } scalar ? scalar.Text : null;

    /// <summary>The mapping at <paramref name="path"/> under <paramref name="node"/>, or null.</summary>
    public static DocMapping? Map(DocNode? node, params string[] path) => At(node, path) as DocMapping;

    /// <summary>The node at <paramref name="path"/> under <paramref name="node"/>, or null.</summary>
    public static DocNode? At(DocNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = (node as DocMapping)?[key];
        }

        return node;
    }

    /// <summary>The items of the sequence at <paramref name="key"/>; empty when there is none.</summary>
    public static IReadOnlyList<DocNode> Items(DocNode? node, string key) =>
        (node as DocMapping)?[key] is DocSequence sequence ? sequence.Items : (IReadOnlyList<DocNode>)System.Array.Empty<DocNode>();

    /// <summary>The mapping items of the sequence at <paramref name="key"/>.</summary>
    public static IEnumerable<DocMapping> Mappings(DocNode? node, string key)
    {
        foreach (var item in Items(node, key))
        {
            if (item is DocMapping mapping)
            {
                yield return mapping;
            }
        }
    }

    /// <summary>The entry of <paramref name="key"/>, for reporting on a key rather than its value.</summary>
    public static DocEntry? Entry(DocMapping? mapping, string key)
    {
        if (mapping is null)
        {
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }
}
