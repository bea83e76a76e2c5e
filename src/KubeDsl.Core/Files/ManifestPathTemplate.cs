using System;
using System.Collections.Generic;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// Paths with placeholders (<c>[Manifest("spark/{name}.yaml")]</c>): each resource of the member gets its own file,
/// the placeholders filled from the resource. Shared by the generator and the runtime serializer.
/// </summary>
internal static class ManifestPathTemplate
{
    /// <summary>The placeholders a path may hold, as written between braces.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["name", "namespace", "kind"];

    /// <summary>True when the path has a placeholder, so each resource is written to its own file.</summary>
    public static bool HasPlaceholders(string path) => path.IndexOf('{') >= 0 || path.IndexOf('}') >= 0;

    /// <summary>Why the placeholders of <paramref name="path"/> are not acceptable, or null when they are (or there are none).</summary>
    public static string? Problem(string path)
    {
        var position = 0;
        var found = false;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            var close = path.IndexOf('}', position);
            if (open < 0 && close < 0)
            {
                break;
            }

            if (open < 0 || (close >= 0 && close < open))
            {
                return "'}' at position " + (close + 1) + " closes no placeholder; placeholders are {name}, {namespace} and {kind}";
            }

            var end = path.IndexOf('}', open + 1);
            if (end < 0)
            {
                return "'{' at position " + (open + 1) + " is not closed; placeholders are {name}, {namespace} and {kind}";
            }

            var placeholder = path.Substring(open + 1, end - open - 1);
            if (!Contains(Placeholders, placeholder))
            {
                return "'{" + placeholder + "}' is not a placeholder; use {name}, {namespace} or {kind}";
            }

            found = true;
            position = end + 1;
        }

        return found && path.Substring(path.LastIndexOf('/') + 1).IndexOf('{') < 0
            ? "placeholders in folders alone would put every resource in one file name; put one in the file name, e.g. \"spark/{name}.yaml\""
            : null;
    }

    /// <summary>The path for one resource, or a <see cref="ManifestShapeException"/> naming what the resource lacks.</summary>
    public static string Expand(string path, DocNode resource)
    {
        var builder = new StringBuilder(path.Length + 16);
        var position = 0;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(path, position, path.Length - position);
                break;
            }

            var end = path.IndexOf('}', open);
            builder.Append(path, position, open - position).Append(Value(path.Substring(open + 1, end - open - 1), resource, path));
            position = end + 1;
        }

        var expanded = builder.ToString();
        if (ManifestPath.Problem(expanded) is { } problem)
        {
            throw new ManifestShapeException("Manifest path '" + path + "' gives '" + expanded + "' for " + Describe(resource) + ", which is invalid: " + problem, resource.Origin);
        }

        return expanded;
    }

    /// <summary>"SparkApplication 'orders'", for messages about one resource.</summary>
    public static string Describe(DocNode resource)
    {
        var kind = Text(resource, "kind", null) ?? "resource";
        var name = Text(resource, "metadata", "name");
        return name is null ? "a " + kind + " without a name" : kind + " '" + name + "'";
    }

    private static string Value(string placeholder, DocNode resource, string path)
    {
        var value = placeholder switch
        {
            "name" => Text(resource, "metadata", "name"),
            "namespace" => Text(resource, "metadata", "namespace"),
            _ => Text(resource, "kind", null)?.ToLowerInvariant(),
        };
        if (value is null || value.Length == 0)
        {
            var field = placeholder == "kind" ? "kind" : "metadata." + placeholder;
            throw new ManifestShapeException(
                "Manifest path '" + path + "' needs {" + placeholder + "} but " + Describe(resource) + " has no " + field + "; set it, or take {" + placeholder + "} out of the path",
                resource.Origin);
        }

        return value;
    }

    private static string? Text(DocNode node, string key, string? inner)
    {
        var value = (node as DocMapping)?[key];
        if (inner is not null)
        {
            value = (value as DocMapping)?[inner];
        }

        return (value as DocScalar)?.Text;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Two resources of one member whose placeholders give one path; the generator reports it as KD0003.</summary>
internal sealed class DuplicateResourcePathException : ManifestShapeException
{
    public DuplicateResourcePathException(string path, string first, string second, SourceOrigin? origin)
        : base("Manifest path '" + path + "' is given by both " + first + " and " + second + "; each resource needs a path of its own (add {namespace} or {kind} to the path, or rename one)", origin)
    {
        Path = path;
        Resources = first + " and " + second;
    }

    /// <summary>The path both resources land on.</summary>
    public string Path { get; }

    /// <summary>The two resources, described.</summary>
    public string Resources { get; }
}
