using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Compares YAML files by their parsed trees: key order is free, everything else (values, scalar types, sequence
/// order, documents) must match. Plain scalars are typed the way Kubernetes' YAML reader types them.
/// </summary>
public static class YamlTreeCompare
{
    public static IReadOnlyList<YamlNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    public static List<string> Differences(string expected, string actual)
    {
        var differences = new List<string>();
        var e = Documents(expected);
        var a = Documents(actual);
        if (e.Count != a.Count)
        {
            differences.Add($"document count: expected {e.Count}, got {a.Count}");
        }

        for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
        {
            Compare(e[i], a[i], $"[{i}]", differences);
        }

        return differences;
    }

    private static void Compare(YamlNode expected, YamlNode actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (YamlMappingNode em, YamlMappingNode am):
                var ek = em.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value);
                var ak = am.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value);
                foreach (var key in ek.Keys.Except(ak.Keys))
                {
                    differences.Add($"{path}.{key}: missing");
                }

                foreach (var key in ak.Keys.Except(ek.Keys))
                {
                    differences.Add($"{path}.{key}: unexpected");
                }

                foreach (var key in ek.Keys.Intersect(ak.Keys))
                {
                    Compare(ek[key], ak[key], $"{path}.{key}", differences);
                }

                break;
            case (YamlSequenceNode es, YamlSequenceNode @as):
                if (es.Children.Count != @as.Children.Count)
                {
                    differences.Add($"{path}: expected {es.Children.Count} items, got {@as.Children.Count}");
                }

                for (var i = 0; i < Math.Min(es.Children.Count, @as.Children.Count); i++)
                {
                    Compare(es.Children[i], @as.Children[i], $"{path}[{i}]", differences);
                }

                break;
            case (YamlScalarNode ev, YamlScalarNode av):
                var expectedValue = Typed(ev);
                var actualValue = Typed(av);
                if (!Equals(expectedValue, actualValue) && !SameQuantity(path, expectedValue, actualValue))
                {
                    differences.Add($"{path}: expected {Show(expectedValue)}, got {Show(actualValue)}");
                }

                break;
            default:
                differences.Add($"{path}: expected a {expected.NodeType}, got a {actual.NodeType}");
                break;
        }
    }

    // Kubernetes reads a resource quantity from a number or a string; upstream examples write `cpu: 1` while
    // Kubernetes' own serializers (and KubeDsl) write "1". Only under resources.requests/limits are the two equal.
    private static bool SameQuantity(string path, object? expected, object? actual) =>
        (path.Contains(".resources.requests.", StringComparison.Ordinal) || path.Contains(".resources.limits.", StringComparison.Ordinal))
        && expected is not null && actual is not null
        && Convert.ToString(expected, CultureInfo.InvariantCulture) == Convert.ToString(actual, CultureInfo.InvariantCulture);

    /// <summary>The value a YAML 1.1 reader (as Kubernetes uses) sees: quoted scalars are strings.</summary>
    public static object? Typed(YamlScalarNode node)
    {
        var text = node.Value ?? string.Empty;
        if (node.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted
            or YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            return text;
        }

        if (text is "true" or "True" or "TRUE" or "yes" or "on")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE" or "no" or "off")
        {
            return false;
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && text.Any(char.IsDigit))
        {
            return number;
        }

        return text;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\" (string)",
        _ => value + " (" + value.GetType().Name + ")",
    };
}
