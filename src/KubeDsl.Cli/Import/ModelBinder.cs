using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using k8s.Models;
using KubeDsl.Documents;
using KubeDsl.Schemas;

namespace KubeDsl.Cli.Import;

/// <summary>
/// Writes one YAML resource as C# against its model type: each key to the property the serializer writes it from,
/// each scalar to a literal of the property's type. What the model cannot hold (a key it has no property for, a
/// value of the wrong shape, an enum value it does not declare) is one of the <see cref="Problems"/>; the importer then
/// writes the resource untyped instead (<see cref="UntypedBinder"/>), so no field is lost.
/// </summary>
internal sealed class ModelBinder
{
    // Set by the API server and ignored or overwritten when a manifest is applied (metadata of kubectl get -o yaml).
    private static readonly HashSet<string> ServerMetadata = new(StringComparer.Ordinal)
    {
        "creationTimestamp", "uid", "resourceVersion", "generation", "managedFields", "selfLink",
    };

    private readonly string file;
    private readonly YamlComments comments;
    private readonly NullabilityInfoContext nullability = new();

    public ModelBinder(string file, YamlComments comments)
    {
        this.file = file;
        this.comments = comments;
    }

    /// <summary>Why the resource cannot be typed; empty when it can.</summary>
    public List<ImportNote> Problems { get; } = [];

    /// <summary>What typing changed without losing meaning (server-set fields left out, numbers as text).</summary>
    public List<ImportNote> Notes { get; } = [];

    public Code Resource(YamlMapping resource, Type type)
    {
        var properties = new List<KeyValuePair<string, Code>>();
        var layout = ReflectedDocument.PropertiesOf(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in resource.Entries)
        {
            if (entry.Key is "apiVersion" or "kind")
            {
                continue;
            }

            if (entry.Key == "status")
            {
                Notes.Add(Note(entry.KeyNode, "status is left out: the API server sets it and ignores it in a manifest"));
                continue;
            }

            Property(entry, layout, type, "", properties, seen);
        }

        Required(resource, type, seen);

        // Metadata first, as people write resources; the build writes its own order anyway.
        return new CodeObject(ResourceTypes.Name(type), properties.OrderBy(p => p.Key == "Metadata" ? 0 : 1).ToList());
    }

    private void Property(YamlEntry entry, IReadOnlyList<(PropertyInfo Property, string Key)> layout, Type owner, string path, List<KeyValuePair<string, Code>> properties, HashSet<string> seen)
    {
        var fieldPath = path.Length == 0 ? entry.Key : path + "." + entry.Key;
        var match = layout.FirstOrDefault(p => p.Key == entry.Key);
        if (match.Property is null)
        {
            Problems.Add(Note(entry.KeyNode, $"{fieldPath}: {ResourceTypes.Name(owner)} has no property for the key '{entry.Key}'"));
            return;
        }

        if (entry.Value is YamlScalar { Type: YamlScalarType.Null })
        {
            Notes.Add(Note(entry.KeyNode, $"{fieldPath}: null is left out (Kubernetes reads a null field as unset)"));
            return;
        }

        if (match.Property.SetMethod is not { IsPublic: true })
        {
            Problems.Add(Note(entry.KeyNode, $"{fieldPath}: {ResourceTypes.Name(owner)}.{match.Property.Name} cannot be set"));
            return;
        }

        seen.Add(match.Property.Name);
        var line = entry.KeyNode.Line;
        if (Value(entry.Value, match.Property.PropertyType, fieldPath, nullability.Create(match.Property)) is { } value)
        {
            properties.Add(new KeyValuePair<string, Code>(match.Property.Name, comments.Attach(line, value)));
        }
    }

    // A required member the YAML does not set would not compile.
    private void Required(YamlMapping mapping, Type type, HashSet<string> seen)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null && !seen.Contains(property.Name))
            {
                Problems.Add(new ImportNote(file, mapping.Line, mapping.Column, $"{ResourceTypes.Name(type)} requires {property.Name}, which this mapping does not set"));
            }
        }
    }

    private Code? Value(YamlTree node, Type type, string path, NullabilityInfo? info)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalar { Type: YamlScalarType.Null })
        {
            return new CodeText("null");
        }

        switch (ReflectedDocument.ShapeOf(underlying))
        {
            case ValueShape.String:
                return node is YamlScalar text ? StringOf(text, path) : WrongShape(node, path, "text");
            case ValueShape.Boolean:
                return node is YamlScalar { Type: YamlScalarType.Bool } flag ? new CodeText((bool)flag.Value! ? "true" : "false") : WrongShape(node, path, "true or false");
            case ValueShape.Integer:
                return Integer(node, underlying, path);
            case ValueShape.Float:
                return node is YamlScalar { Type: YamlScalarType.Int or YamlScalarType.Float } number
                    ? new CodeText(CSharpText.Double(YamlScalar.ToDouble(number)) + (underlying == typeof(float) ? "f" : ""))
                    : WrongShape(node, path, "a number");
            case ValueShape.Decimal:
                return node is YamlScalar { Type: YamlScalarType.Int or YamlScalarType.Float } amount && decimal.TryParse(amount.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    ? new CodeText(m.ToString(CultureInfo.InvariantCulture) + "m")
                    : WrongShape(node, path, "a decimal number");
            case ValueShape.Enum:
                return Enum(node, underlying, path);
            case ValueShape.Text:
                return Text(node, underlying, path);
            case ValueShape.Quantity:
                return Quantity(node, path);
            case ValueShape.IntOrString:
                return node switch
                {
                    YamlScalar { Type: YamlScalarType.Int } whole when whole.Value is BigInteger i && i >= int.MinValue && i <= int.MaxValue => new CodeText(i.ToString(CultureInfo.InvariantCulture)),
                    YamlScalar { Type: YamlScalarType.String } named => new CodeString(named.Text),
                    _ => WrongShape(node, path, "a whole number or a name"),
                };
            case ValueShape.Dictionary when underlying.GetGenericArguments()[0] == typeof(string):
                return Dictionary(node, underlying, path, info);
            case ValueShape.Sequence when underlying == typeof(byte[]):
                return node is YamlScalar { Type: YamlScalarType.String } encoded && TryBase64(encoded.Text) is { } bytes
                    ? new CodeText("global::System.Convert.FromBase64String(" + CSharpText.String(Convert.ToBase64String(bytes)) + ")")
                    : WrongShape(node, path, "base64 text");
            case ValueShape.Sequence:
                return Sequence(node, underlying, path, info);
            case ValueShape.Object when !underlying.IsAbstract && !underlying.IsInterface && underlying.GetConstructor(Type.EmptyTypes) is not null:
                return Object(node, underlying, path);
            default:
                Problems.Add(Note(node, $"{path}: KubeDsl has no YAML form for {ResourceTypes.Name(underlying)}"));
                return null;
        }
    }

    private Code? StringOf(YamlScalar scalar, string path)
    {
        if (scalar.Type != YamlScalarType.String)
        {
            // A number or boolean where the model holds text: the same text, quoted (what the operator reads).
            Notes.Add(Note(scalar, $"{path}: {scalar.Text} is written as the string \"{scalar.Text}\""));
        }

        return new CodeString(scalar.Text);
    }

    private Code? Integer(YamlTree node, Type type, string path)
    {
        if (node is not YamlScalar { Type: YamlScalarType.Int, Value: BigInteger value })
        {
            return WrongShape(node, path, "a whole number");
        }

        var fits = type == typeof(int) ? value >= int.MinValue && value <= int.MaxValue
            : type == typeof(long) ? value >= long.MinValue && value <= long.MaxValue
            : type == typeof(uint) ? value >= 0 && value <= uint.MaxValue
            : type == typeof(short) ? value >= short.MinValue && value <= short.MaxValue
            : type == typeof(byte) ? value >= 0 && value <= byte.MaxValue
            : value >= long.MinValue && value <= long.MaxValue;
        if (!fits)
        {
            Problems.Add(Note(node, $"{path}: {value} is out of the range of {ResourceTypes.Name(type)}"));
            return null;
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return new CodeText(type == typeof(long) && (value > int.MaxValue || value < int.MinValue) ? text + "L" : text);
    }

    private Code? Enum(YamlTree node, Type type, string path)
    {
        if (node is not YamlScalar scalar)
        {
            return WrongShape(node, path, "one of " + ResourceTypes.Name(type) + "'s values");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (ReflectedDocument.EnumText(type, field.GetValue(null)!) == scalar.Text)
            {
                return new CodeText(ResourceTypes.Name(type) + "." + field.Name);
            }
        }

        var allowed = type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => ReflectedDocument.EnumText(type, f.GetValue(null)!));
        Problems.Add(Note(node, $"{path}: '{scalar.Text}' is not one of {ResourceTypes.Name(type)}'s values ({string.Join(", ", allowed)})"));
        return null;
    }

    // A named value (ImagePullPolicy.Always) where the text is one of them; the text itself otherwise (it converts).
    private Code? Text(YamlTree node, Type type, string path)
    {
        if (node is not YamlScalar scalar)
        {
            return WrongShape(node, path, "text");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.FieldType == type && field.GetCustomAttribute<System.Runtime.Serialization.EnumMemberAttribute>()?.Value == scalar.Text)
            {
                return new CodeText(ResourceTypes.Name(type) + "." + field.Name);
            }
        }

        return new CodeString(scalar.Text);
    }

    private Code? Quantity(YamlTree node, string path)
    {
        if (node is not YamlScalar scalar || scalar.Type is YamlScalarType.Bool)
        {
            return WrongShape(node, path, "a quantity such as 500m or 2Gi");
        }

        if (!QuantityText.TryCanonicalize(scalar.Text, out _, out var error))
        {
            Problems.Add(Note(node, $"{path}: '{scalar.Text}' is not a Kubernetes quantity ({error})"));
            return null;
        }

        return new CodeString(scalar.Text);
    }

    private Code? Dictionary(YamlTree node, Type type, string path, NullabilityInfo? info)
    {
        if (node is not YamlMapping mapping)
        {
            return WrongShape(node, path, "a mapping");
        }

        var valueType = type.GetGenericArguments()[1];
        var valueInfo = info?.GenericTypeArguments.ElementAtOrDefault(1);
        var entries = new List<KeyValuePair<string, Code>>();
        foreach (var entry in mapping.Entries)
        {
            var entryPath = path + "[" + entry.Key + "]";
            if (valueType == typeof(string) && entry.Value is YamlMapping or YamlSequence)
            {
                // Flink reads nested configuration as dotted keys and lists as ';'-joined text.
                if (path.EndsWith("flinkConfiguration", StringComparison.Ordinal))
                {
                    Notes.Add(Note(entry.KeyNode, $"{entryPath}: nested configuration is written as dotted keys, as the Flink operator reads it"));
                    Flatten(entry.Key, entry.Value, entries);
                    continue;
                }

                WrongShape(entry.Value, entryPath, "text");
                continue;
            }

            if (entry.Value is YamlScalar { Type: YamlScalarType.Null } && valueType == typeof(string))
            {
                entries.Add(new KeyValuePair<string, Code>(entry.Key, new CodeText("null!")));
                continue;
            }

            if (Value(entry.Value, valueType, entryPath, valueInfo) is { } value)
            {
                entries.Add(new KeyValuePair<string, Code>(entry.Key, comments.Attach(entry.KeyNode.Line, value)));
            }
        }

        var concrete = "Dictionary<string, " + ResourceTypes.Name(valueType) + ">";
        return new CodeDictionary(concrete, entries);
    }

    private static void Flatten(string prefix, YamlTree node, List<KeyValuePair<string, Code>> entries)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    Flatten(prefix + "." + entry.Key, entry.Value, entries);
                }

                break;
            case YamlSequence sequence:
                entries.Add(new KeyValuePair<string, Code>(prefix, new CodeString(string.Join(";", sequence.Items.Select(i => i is YamlScalar s ? s.Text : i.ToJson())))));
                break;
            case YamlScalar scalar:
                entries.Add(new KeyValuePair<string, Code>(prefix, new CodeString(scalar.Text)));
                break;
        }
    }

    private Code? Sequence(YamlTree node, Type type, string path, NullabilityInfo? info)
    {
        if (node is not YamlSequence sequence)
        {
            return WrongShape(node, path, "a list");
        }

        var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
        var elementInfo = type.IsArray ? info?.ElementType : info?.GenericTypeArguments.FirstOrDefault();
        var items = new List<Code>();
        for (var i = 0; i < sequence.Count; i++)
        {
            if (Value(sequence[i], element, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", elementInfo) is { } item)
            {
                items.Add(comments.Attach(sequence[i].Line, item));
            }
        }

        return new CodeList(items);
    }

    private Code? Object(YamlTree node, Type type, string path)
    {
        if (node is not YamlMapping mapping)
        {
            return WrongShape(node, path, "a mapping");
        }

        type = Subtype(type, mapping);
        var layout = ReflectedDocument.PropertiesOf(type);
        var properties = new List<KeyValuePair<string, Code>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (type == typeof(V1ObjectMeta) && ServerMetadata.Contains(entry.Key))
            {
                Notes.Add(Note(entry.KeyNode, $"{path}.{entry.Key} is left out: the API server sets it"));
                continue;
            }

            Property(entry, layout, type, path, properties, seen);
        }

        Required(mapping, type, seen);
        return Helpers.Shorten(type, properties) ?? new CodeObject(ResourceTypes.Name(type), properties);
    }

    // A KubeDsl type derived from the property's type that has the keys the base lacks (FlinkPodTemplate for a
    // V1PodTemplateSpec with apiVersion and kind); the property's type itself otherwise.
    private static Type Subtype(Type type, YamlMapping mapping)
    {
        var keys = ReflectedDocument.PropertiesOf(type).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (mapping.Entries.All(e => keys.Contains(e.Key)))
        {
            return type;
        }

        return typeof(ManifestAttribute).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(type) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .FirstOrDefault(t => mapping.Entries.All(e => ReflectedDocument.PropertiesOf(t).Any(p => p.Key == e.Key))) ?? type;
    }

    private Code? WrongShape(YamlTree node, string path, string expected)
    {
        Problems.Add(Note(node, $"{path}: expected {expected}, found {Describe(node)}"));
        return null;
    }

    private static string Describe(YamlTree node) => node switch
    {
        YamlScalar scalar => scalar.Type switch
        {
            YamlScalarType.String => $"the text '{Shorten(scalar.Text)}'",
            YamlScalarType.Bool => $"the boolean {scalar.Text}",
            _ => $"the number {scalar.Text}",
        },
        YamlMapping => "a mapping",
        _ => "a list",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static byte[]? TryBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private ImportNote Note(YamlTree node, string message) => new(file, node.Line, node.Column, message);
}
