using System.Globalization;
using System.Numerics;
using KubeDsl.Schemas;

namespace KubeDsl.Cli.Import;

/// <summary>
/// Writes a resource no model fits as nested <c>Dictionary&lt;string, object?&gt;</c> and <c>List&lt;object?&gt;</c>
/// values, each scalar as the type Kubernetes reads it as, so the build writes the same tree back. The rules then
/// see it as YAML; only the type checks of the models are missing.
/// </summary>
internal static class UntypedBinder
{
    public const string DictionaryType = "Dictionary<string, object?>";
    public const string ListType = "List<object?>";

    public static Code Value(YamlTree node, YamlComments comments) => node switch
    {
        YamlMapping mapping => new CodeDictionary(DictionaryType, mapping.Entries.Select(e => new KeyValuePair<string, Code>(e.Key, comments.Attach(e.KeyNode.Line, Value(e.Value, comments)))).ToList()),
        YamlSequence sequence => new CodeList(sequence.Items.Select(i => comments.Attach(i.Line, Value(i, comments))).ToList(), ListType),
        YamlScalar scalar => Scalar(scalar),
        _ => throw new InvalidOperationException("unknown node " + node),
    };

    private static Code Scalar(YamlScalar scalar) => scalar.Type switch
    {
        YamlScalarType.Null => new CodeText("null"),
        YamlScalarType.Bool => new CodeText((bool)scalar.Value! ? "true" : "false"),
        YamlScalarType.Int when scalar.Value is BigInteger i && i >= int.MinValue && i <= int.MaxValue => new CodeText(i.ToString(CultureInfo.InvariantCulture)),
        YamlScalarType.Int when scalar.Value is BigInteger i && i >= long.MinValue && i <= long.MaxValue => new CodeText(i.ToString(CultureInfo.InvariantCulture) + "L"),
        YamlScalarType.Int => new CodeText(CSharpText.Double((double)(BigInteger)scalar.Value!)),
        YamlScalarType.Float => new CodeText(CSharpText.Double(YamlScalar.ToDouble(scalar))),
        _ => new CodeString(scalar.Text),
    };
}
