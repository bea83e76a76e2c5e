using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>Turns evaluated values into the document tree, following the same rules as the runtime serializer.</summary>
internal sealed class DocumentBuilder
{
    private readonly TypeLayouts types;
    private readonly Evaluator evaluator;

    public DocumentBuilder(Evaluator evaluator)
    {
        this.evaluator = evaluator;
        types = evaluator.Types;
    }

    /// <summary>
    /// Whether nodes carry the source spans of their values (default on). Rules need them to place findings; the
    /// generator only writes YAML and turns them off, which saves a copy of every node, and builds the tree again
    /// with them when a value turns out not to fit its file.
    /// </summary>
    public bool TrackOrigins { get; init; } = true;

    /// <summary>The documents of a manifest: one per resource when the member returns a collection.</summary>
    public List<DocNode> Documents(Value value, Location? memberLocation)
    {
        var documents = new List<DocNode>();
        if (value is ListValue list)
        {
            foreach (var item in list.Items)
            {
                documents.Add(Resource(item, memberLocation));
            }
        }
        else
        {
            documents.Add(Resource(value, memberLocation));
        }

        return documents;
    }

    private DocNode Resource(Value value, Location? memberLocation)
    {
        if (value is NullValue)
        {
            throw new EvaluationException(DiagnosticDescriptors.ValueWouldThrow, value.Origin ?? memberLocation, "The manifest value is null; return a resource object");
        }

        // A resource of a kind no model has is a string-keyed dictionary that names its apiVersion and kind.
        if (value is not ObjectValue && !IsUntypedResource(value))
        {
            throw new EvaluationException(DiagnosticDescriptors.UnsupportedValueType, value.Origin ?? memberLocation, Describe(value),
                "; a manifest document must be an object such as a SparkApplication, or a dictionary with string \"apiVersion\" and \"kind\" entries");
        }

        return Node(value);
    }

    private static bool IsUntypedResource(Value value) =>
        value is DictionaryValue dictionary
        && dictionary.IndexOf("apiVersion") is var apiVersion and >= 0 && dictionary.Entries[apiVersion].Value is PrimitiveValue { Clr: string }
        && dictionary.IndexOf("kind") is var kind and >= 0 && dictionary.Entries[kind].Value is PrimitiveValue { Clr: string };

    public DocNode Node(Value value)
    {
        DocNode node = value switch
        {
            NullValue => new DocScalar("null", ScalarKind.Null),
            PrimitiveValue p => Primitive(p),
            EnumValue e => DocScalar.String(types.EnumText(e) ?? throw new EvaluationException(
                DiagnosticDescriptors.UnsupportedValueType, e.Origin, e.Type.ToDisplayString() + " value " + e.Underlying, " because it is not a declared member of the enum")),
            QuantityValue q => DocScalar.String(q.Canonical),
            TimeSpanValue t => DocScalar.String(ModelConventions.Duration(t.Span)),
            IntOrStringValue ios => ModelConventions.IntOrStringValue(ios.Text),
            ListValue { Type: IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } } bytes => ModelConventions.Bytes(BytesOf(bytes)),
            ListValue l => Sequence(l),
            DictionaryValue d => Mapping(d),
            ObjectValue o => Mapping(o),
            _ => throw new EvaluationException(DiagnosticDescriptors.UnsupportedValueType, value.Origin, Describe(value), string.Empty),
        };

        return Origin(value.Origin) is { } origin ? node with { Origin = origin } : node;
    }

    // A place a finding may be reported at is read like any declaration, so a cached result can be moved with it.
    private SourceOrigin? Origin(Location? location)
    {
        if (!TrackOrigins || location is not { SourceTree: { } tree })
        {
            return null;
        }

        evaluator.Context.Reads.Add(new SourceSpan(tree, location.SourceSpan));
        return new SourceOrigin(tree.FilePath, location.SourceSpan.Start, location.SourceSpan.Length);
    }

    private static DocNode Primitive(PrimitiveValue value) => value.Clr switch
    {
        string s => DocScalar.String(s),
        bool b => DocScalar.Boolean(b),
        char c => DocScalar.String(c.ToString()),
        double d => ModelConventions.Float(d),
        float f => ModelConventions.Float(f),
        decimal m => ModelConventions.Decimal(m),
        _ => new DocScalar(System.Convert.ToString(value.Clr, CultureInfo.InvariantCulture)!, ScalarKind.Integer),
    };

    private static byte[] BytesOf(ListValue list)
    {
        var bytes = new byte[list.Items.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = list.Items[i] is PrimitiveValue { Clr: byte b }
                ? b
                : throw new EvaluationException(DiagnosticDescriptors.UnsupportedValueType, list.Items[i].Origin ?? list.Origin, Describe(list.Items[i]), " as an element of a byte array");
        }

        return bytes;
    }

    private DocNode Sequence(ListValue list)
    {
        var items = new List<DocNode>(list.Items.Count);
        foreach (var item in list.Items)
        {
            items.Add(Node(item));
        }

        return new DocSequence(new EquatableArray<DocNode>(items));
    }

    private DocNode Mapping(DictionaryValue dictionary)
    {
        var entries = new List<DocEntry>(dictionary.Entries.Count);
        for (var i = 0; i < dictionary.Entries.Count; i++)
        {
            var keyOrigin = Origin(dictionary.KeyOrigin(i));
            entries.Add(new DocEntry(dictionary.Entries[i].Key, Node(dictionary.Entries[i].Value)) { KeyOrigin = keyOrigin });
        }

        return new DocMapping(new EquatableArray<DocEntry>(entries));
    }

    private DocNode Mapping(ObjectValue value)
    {
        var shape = types.ShapeOf(value.Type);
        if (shape != ValueShape.Object)
        {
            throw new EvaluationException(DiagnosticDescriptors.UnsupportedValueType, value.Origin, value.Type.ToDisplayString(), string.Empty);
        }

        var layout = types.LayoutOf(value.Type);
        var entries = new List<DocEntry>();
        if (layout.ApiVersion is not null && layout.Kind is not null)
        {
            entries.Add(new DocEntry("apiVersion", DocScalar.String(layout.ApiVersion)));
            entries.Add(new DocEntry("kind", DocScalar.String(layout.Kind)));
        }

        foreach (var property in layout.Properties)
        {
            if (!value.Properties.TryGetValue(property.Symbol.Name, out var propertyValue) && property.FromSource)
            {
                propertyValue = evaluator.ReadComputedProperty(value, property.Symbol);
            }

            if (propertyValue is null)
            {
                if (!property.HasValueWhenUnset)
                {
                    continue;
                }

                propertyValue = DefaultValue(property.Symbol.Type);
            }

            if (propertyValue is NullValue)
            {
                continue;
            }

            entries.Add(new DocEntry(property.Key, Node(propertyValue))
            {
                ValueOrigin = TrackOrigins && value.PropertyOrigins.TryGetValue(property.Symbol.Name, out var used) ? Origin(used) : null,
            });
        }

        return new DocMapping(new EquatableArray<DocEntry>(entries));
    }

    // The same default the interpreter gives an unset value, so a computed read and an unset one write alike.
    private static Value DefaultValue(ITypeSymbol type) =>
        ValueSemantics.TryDefaultOf(type) ?? throw new EvaluationException(DiagnosticDescriptors.UnsupportedValueType, type.Locations.FirstOrDefault(), type.ToDisplayString(), string.Empty);

    private static string Describe(Value value) => value switch
    {
        PrimitiveValue p => p.Clr.GetType().Name,
        ListValue l => l.Type.ToDisplayString(),
        DictionaryValue d => d.Type.ToDisplayString(),
        ObjectValue o => o.Type.ToDisplayString(),
        _ => value.GetType().Name,
    };
}
