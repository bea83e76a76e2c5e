using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>What a YAML reader made of a document: mappings, sequences and typed scalars.</summary>
public abstract record ReadNode;

public sealed record ReadMap(IReadOnlyList<(ReadNode Key, ReadNode Value)> Entries) : ReadNode;

public sealed record ReadSeq(IReadOnlyList<ReadNode> Items) : ReadNode;

/// <param name="Kind">str, int, float, bool, null, or another type's name.</param>
public sealed record ReadScalar(string Kind, string? Text) : ReadNode;

/// <summary>Builds <see cref="ReadNode"/> trees from YamlDotNet and from the tagged JSON a PyYAML script prints.</summary>
public static partial class ReadBackTree
{
    /// <summary>
    /// The documents as YamlDotNet reads them. YamlDotNet keeps plain scalars as text, so a plain scalar is typed
    /// here by the YAML 1.1 resolvers (PyYAML's, the family Kubernetes' Go YAML follows) and YAML 1.2's octal:
    /// anything either could take for a non-string must not be written plain.
    /// </summary>
    public static IReadOnlyList<ReadNode> FromYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // The lines around the error, each cut short, say more than the whole file would.
            var lines = yaml.Split('\n');
            var at = (int)Math.Max(0, e.Start.Line - 1);
            var context = lines.Select((l, i) => (l, i)).Where(p => Math.Abs(p.i - at) <= 3)
                .Select(p => (p.i == at ? ">> " : "   ") + System.Text.Json.JsonSerializer.Serialize(p.l.Length > 160 ? p.l.Substring(0, 160) + "..." : p.l));
            throw new Xunit.Sdk.XunitException("YamlDotNet cannot read it: " + e.Message + "\n" + string.Join("\n", context));
        }

        return stream.Documents.Select(d => Convert(d.RootNode)).ToList();
    }

    private static ReadNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new ReadMap(map.Children.Select(c => (Convert(c.Key), Convert(c.Value))).ToList()),
        YamlSequenceNode seq => new ReadSeq(seq.Children.Select(Convert).ToList()),
        YamlScalarNode { Style: ScalarStyle.Plain, Tag.IsEmpty: true } plain => new ReadScalar(Resolve(plain.Value ?? string.Empty), plain.Value),
        YamlScalarNode scalar => new ReadScalar("str", scalar.Value),
        _ => throw new InvalidOperationException("unexpected node " + node.GetType().Name),
    };

    /// <summary>The type a YAML 1.1 reader (or a YAML 1.2 core one) gives a plain scalar.</summary>
    public static string Resolve(string text) =>
        text.Length == 0 || NullPattern().IsMatch(text) ? "null"
        : BoolPattern().IsMatch(text) ? "bool"
        : IntPattern().IsMatch(text) ? "int"
        : FloatPattern().IsMatch(text) ? "float"
        : TimestampPattern().IsMatch(text) ? "timestamp"
        : text is "<<" or "=" ? "special"
        : "str";

    [GeneratedRegex("^(?:~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|0o[0-7]+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$")]
    private static partial Regex TimestampPattern();

    /// <summary>The PyYAML script: reads all documents from stdin and prints them as tagged JSON.</summary>
    public const string PythonScript = """
        import sys, json, yaml
        def t(v):
            if isinstance(v, bool): return {"b": "true" if v else "false"}
            if isinstance(v, int): return {"i": str(v)}
            if isinstance(v, float): return {"f": repr(v)}
            if isinstance(v, str): return {"s": v}
            if v is None: return {"n": None}
            if isinstance(v, list): return {"l": [t(x) for x in v]}
            if isinstance(v, dict): return {"m": [[t(k), t(x)] for k, x in v.items()]}
            return {"o": type(v).__name__}
        print(json.dumps([t(d) for d in yaml.safe_load_all(sys.stdin.read())]))
        """;

    public static IReadOnlyList<ReadNode> FromPython(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(FromTagged).ToList();
    }

    private static ReadNode FromTagged(JsonElement element)
    {
        var tag = element.EnumerateObject().Single();
        return tag.Name switch
        {
            "b" => new ReadScalar("bool", tag.Value.GetString()),
            "i" => new ReadScalar("int", tag.Value.GetString()),
            "f" => new ReadScalar("float", tag.Value.GetString()),
            "s" => new ReadScalar("str", tag.Value.GetString()),
            "n" => new ReadScalar("null", null),
            "l" => new ReadSeq(tag.Value.EnumerateArray().Select(FromTagged).ToList()),
            "m" => new ReadMap(tag.Value.EnumerateArray().Select(p => (FromTagged(p[0]), FromTagged(p[1]))).ToList()),
            _ => new ReadScalar(tag.Value.GetString() ?? "?", null),
        };
    }
}
