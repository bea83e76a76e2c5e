using System.Text;
using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>Tolerances for <see cref="SemanticYaml"/>. The default (<see cref="Strict"/>) has none.</summary>
public sealed record SemanticOptions
{
    /// <summary>No tolerance: the parsed trees must be the same.</summary>
    public static SemanticOptions Strict { get; } = new();

    /// <summary>Strict, plus the resource-quantity tolerance (<see cref="QuantityTolerance"/>).</summary>
    public static SemanticOptions QuantityPaths { get; } = new() { QuantityTolerance = true };

    /// <summary>
    /// Kubernetes reads a resource quantity from a JSON number or a JSON string, so upstream files write
    /// <c>cpu: 1</c> where Kubernetes' own serializers (and KubeDsl) write <c>cpu: "1"</c>. When set, an int or float
    /// scalar equals a string scalar with exactly the same text, but only for a value directly under a key named
    /// <c>requests</c> or <c>limits</c>, or a value whose own key is <c>sizeLimit</c> or <c>storage</c>. Everywhere else,
    /// and for any other pair of texts (<c>1</c> against <c>"1.0"</c> or <c>"1000m"</c>), the scalars still differ.
    /// </summary>
    public bool QuantityTolerance { get; init; }

    /// <summary>
    /// With <see cref="QuantityTolerance"/>: two quantity texts at a quantity position are also equal when
    /// Kubernetes parses them to the same amount (<c>"0.5"</c> and <c>"500m"</c>, <c>1</c> and <c>"1000m"</c>).
    /// KubeDsl writes quantities in Kubernetes' canonical form, the one the API server stores.
    /// </summary>
    public bool SameQuantityAmount { get; init; }

    /// <summary>
    /// Compares a mapping under a key named <c>flinkConfiguration</c> the way the Flink operator reads it: nested
    /// keys joined with dots and every scalar as its text (the operator's <c>ConfigObjectNode.asFlatMap</c>), so
    /// <c>high-availability: {type: kubernetes}</c> equals <c>high-availability.type: kubernetes</c> and <c>2</c>
    /// equals <c>"2"</c>. Sequences become their items' texts joined with <c>;</c>.
    /// </summary>
    public bool FlatFlinkConfiguration { get; init; }

    /// <summary>
    /// A key whose value is <c>null</c> equals a missing key, as the API server reads both as unset (and as KubeDsl's
    /// models write an unset property: not at all).
    /// </summary>
    public bool NullIsAbsent { get; init; }

    /// <summary>What an operator reads: quantities by amount and Flink configuration flattened.</summary>
    public static SemanticOptions OperatorView { get; } = new() { QuantityTolerance = true, SameQuantityAmount = true, FlatFlinkConfiguration = true };
}

/// <summary>One difference found by <see cref="SemanticYaml.Diff(string, string, SemanticOptions?)"/>.</summary>
/// <param name="Path">Where: <c>spec.driver.cores</c>; with several documents prefixed by the document index, <c>[4].spec.volumes[0].name</c>.</param>
/// <param name="Description">What differs, for example <c>expected 1 (int), got "1" (string)</c>.</param>
public sealed record YamlDifference(string Path, string Description)
{
    /// <summary>The path as people read it: <c>spec.flinkConfiguration["a.b"]</c>, <c>[4].spec.volumes[0]</c>.</summary>
    public string Where => YamlPath.Show(Path);

    /// <summary><c>path: description</c>.</summary>
    public override string ToString() => Where + ": " + Description;
}

/// <summary>
/// Compares YAML by what Kubernetes would read from it. Rules: mapping key order does not matter; sequence order
/// does; documents are compared in order (empty documents are skipped); scalars are equal when their resolved type
/// and value are (<c>1</c> and <c>"1"</c> differ, <c>1</c> and <c>1.0</c> are the same number, <c>yes</c> and
/// <c>true</c> the same boolean). Comments, quoting style that does not change the type, and layout are ignored.
/// </summary>
public static class SemanticYaml
{
    private const int MaxListed = 200;

    /// <summary>All differences between two YAML texts; empty when they are the same.</summary>
    public static IReadOnlyList<YamlDifference> Diff(string expectedYaml, string actualYaml, SemanticOptions? options = null) =>
        Diff(YamlTree.ParseAll(expectedYaml), YamlTree.ParseAll(actualYaml), options);

    /// <summary>All differences between two parsed streams (lists of documents).</summary>
    public static IReadOnlyList<YamlDifference> Diff(IReadOnlyList<YamlTree> expected, IReadOnlyList<YamlTree> actual, SemanticOptions? options = null)
    {
        var comparer = new Comparer(options ?? SemanticOptions.Strict);
        var prefixed = expected.Count != 1 || actual.Count != 1;
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var path = prefixed ? YamlPath.Index(YamlPath.Root, i) : YamlPath.Root;
            if (i >= actual.Count)
            {
                comparer.Add(path, $"missing document (expected {Summary(expected[i])})");
            }
            else if (i >= expected.Count)
            {
                comparer.Add(path, $"unexpected document ({Summary(actual[i])})");
            }
            else
            {
                comparer.Compare(expected[i], actual[i], path, null, null);
            }
        }

        return comparer.Differences;
    }

    /// <summary>Compares two parsed nodes (for example two documents).</summary>
    public static IReadOnlyList<YamlDifference> Diff(YamlTree expected, YamlTree actual, SemanticOptions? options = null) =>
        Diff([expected], [actual], options);

    /// <summary>Throws an xunit failure listing every difference when the two YAML texts differ.</summary>
    public static void AssertEqual(string expectedYaml, string actualYaml, SemanticOptions? options = null)
    {
        var differences = Diff(expectedYaml, actualYaml, options);
        if (differences.Count > 0)
        {
            throw new XunitException(Describe(differences));
        }
    }

    /// <summary>Throws an xunit failure listing every difference when the two parsed nodes differ.</summary>
    public static void AssertEqual(YamlTree expected, YamlTree actual, SemanticOptions? options = null)
    {
        var differences = Diff(expected, actual, options);
        if (differences.Count > 0)
        {
            throw new XunitException(Describe(differences));
        }
    }

    /// <summary>A failure message listing the differences, one a line.</summary>
    public static string Describe(IReadOnlyList<YamlDifference> differences)
    {
        var text = new StringBuilder();
        text.Append("YAML differs (").Append(differences.Count).Append(differences.Count == 1 ? " difference" : " differences").AppendLine("; expected vs actual):");
        foreach (var difference in differences.Take(MaxListed))
        {
            text.Append("  ").AppendLine(difference.ToString());
        }

        if (differences.Count > MaxListed)
        {
            text.Append("  ... and ").Append(differences.Count - MaxListed).AppendLine(" more");
        }

        return text.ToString();
    }

    private static string Summary(YamlTree node) => node switch
    {
        YamlScalar scalar => scalar.ToString(),
        YamlMapping mapping when mapping.ScalarText("kind") is { } kind =>
            $"{kind} {(mapping.TryGetValue("metadata", out var m) && m is YamlMapping meta ? meta.ScalarText("name") : null)}".TrimEnd(),
        _ => "a " + node,
    };

    private sealed class Comparer(SemanticOptions options)
    {
        private static readonly HashSet<string> QuantityParents = new(StringComparer.Ordinal) { "requests", "limits" };
        private static readonly HashSet<string> QuantityKeys = new(StringComparer.Ordinal) { "sizeLimit", "storage" };

        public List<YamlDifference> Differences { get; } = [];

        public void Add(string path, string description) => Differences.Add(new YamlDifference(path, description));

        /// <param name="key">The key this node sits under, when its parent is a mapping.</param>
        /// <param name="parentKey">The key the parent mapping sits under.</param>
        public void Compare(YamlTree expected, YamlTree actual, string path, string? key, string? parentKey)
        {
            switch (expected, actual)
            {
                case (YamlMapping e, YamlMapping a) when options.FlatFlinkConfiguration && key == "flinkConfiguration":
                    CompareFlat(Flatten(e), Flatten(a), path);
                    break;
                case (YamlMapping e, YamlMapping a):
                    foreach (var entry in e.Entries)
                    {
                        var childPath = YamlPath.Key(path, entry.Key);
                        if (a.TryGetValue(entry.Key, out var other))
                        {
                            Compare(entry.Value, other, childPath, entry.Key, key);
                        }
                        else if (!(options.NullIsAbsent && entry.Value is YamlScalar { Type: YamlScalarType.Null }))
                        {
                            Add(childPath, $"missing (expected {Summary(entry.Value)})");
                        }
                    }

                    foreach (var entry in a.Entries.Where(x => !e.ContainsKey(x.Key) && !(options.NullIsAbsent && x.Value is YamlScalar { Type: YamlScalarType.Null })))
                    {
                        Add(YamlPath.Key(path, entry.Key), $"unexpected key (got {Summary(entry.Value)})");
                    }

                    break;
                case (YamlSequence e, YamlSequence a):
                    for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                    {
                        var itemPath = YamlPath.Index(path, i);
                        if (i >= a.Count)
                        {
                            Add(itemPath, $"missing item (expected {Summary(e[i])}; the sequence has {a.Count} items, not {e.Count})");
                        }
                        else if (i >= e.Count)
                        {
                            Add(itemPath, $"unexpected item (got {Summary(a[i])}; the sequence has {a.Count} items, not {e.Count})");
                        }
                        else
                        {
                            Compare(e[i], a[i], itemPath, null, null);
                        }
                    }

                    break;
                case (YamlScalar e, YamlScalar a):
                    if (!e.ValueEquals(a) && !SameQuantity(e, a, key, parentKey))
                    {
                        Add(path, $"expected {e}, got {a}");
                    }

                    break;
                default:
                    Add(path, $"expected {Summary(expected)}, got {Summary(actual)}");
                    break;
            }
        }

        private bool SameQuantity(YamlScalar expected, YamlScalar actual, string? key, string? parentKey)
        {
            if (!options.QuantityTolerance
                || !((parentKey is not null && QuantityParents.Contains(parentKey)) || (key is not null && QuantityKeys.Contains(key))))
            {
                return false;
            }

            if (((expected.IsNumber && actual.Type == YamlScalarType.String) || (actual.IsNumber && expected.Type == YamlScalarType.String))
                && string.Equals(expected.Text, actual.Text, StringComparison.Ordinal))
            {
                return true;
            }

            return options.SameQuantityAmount
                && (expected.IsNumber || expected.Type == YamlScalarType.String)
                && (actual.IsNumber || actual.Type == YamlScalarType.String)
                && KubeDsl.Documents.QuantityText.TryParseAmount(expected.Text, out var e)
                && KubeDsl.Documents.QuantityText.TryParseAmount(actual.Text, out var a)
                && e == a;
        }

        private void CompareFlat(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual, string path)
        {
            foreach (var (key, value) in expected)
            {
                if (!actual.TryGetValue(key, out var other))
                {
                    Add(YamlPath.Key(path, key), $"missing (expected \"{value}\")");
                }
                else if (!string.Equals(value, other, StringComparison.Ordinal))
                {
                    Add(YamlPath.Key(path, key), $"expected \"{value}\", got \"{other}\"");
                }
            }

            foreach (var key in actual.Keys.Where(k => !expected.ContainsKey(k)))
            {
                Add(YamlPath.Key(path, key), $"unexpected key (got \"{actual[key]}\")");
            }
        }

        private static SortedDictionary<string, string> Flatten(YamlMapping mapping)
        {
            var flat = new SortedDictionary<string, string>(StringComparer.Ordinal);
            Flatten(mapping, string.Empty, flat);
            return flat;
        }

        private static void Flatten(YamlTree node, string prefix, SortedDictionary<string, string> flat)
        {
            switch (node)
            {
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        Flatten(entry.Value, prefix.Length == 0 ? entry.Key : prefix + "." + entry.Key, flat);
                    }

                    break;
                case YamlSequence sequence:
                    flat[prefix] = string.Join(";", sequence.Items.Select(i => i is YamlScalar s ? s.Text : i.ToString()));
                    break;
                case YamlScalar scalar:
                    flat[prefix] = scalar.Type == YamlScalarType.Null ? string.Empty : scalar.Text;
                    break;
            }
        }
    }
}
