using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using k8s.Models;
using KubeDsl.Documents;

namespace KubeDsl;

/// <summary>
/// Builds the document tree from live objects by reflection, following <see cref="ModelConventions"/> exactly as
/// the generator does from symbols: same keys, same order, same scalar forms.
/// </summary>
internal static class ReflectedDocument
{
    private static readonly ConcurrentDictionary<Type, Layout> Layouts = new();

    public static ValueShape ShapeOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return ValueShape.Sequence;
        }

        if (type.IsEnum)
        {
            return ValueShape.Enum;
        }

        var name = type.IsGenericType ? type.GetGenericTypeDefinition().FullName : type.FullName;
        return ModelConventions.ShapeOf(name ?? type.Name);
    }

    public static DocNode Node(object? value)
    {
        if (value is null)
        {
            return new DocScalar("null", ScalarKind.Null);
        }

        var type = value.GetType();
        switch (ShapeOf(type))
        {
            case ValueShape.String:
                return DocScalar.String((string)value);
            case ValueShape.Boolean:
                return DocScalar.Boolean((bool)value);
            case ValueShape.Integer:
                return new DocScalar(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, ScalarKind.Integer);
            case ValueShape.Float:
                return ModelConventions.Float(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case ValueShape.Decimal:
                return ModelConventions.Decimal((decimal)value);
            case ValueShape.Enum:
                return DocScalar.String(EnumText(type, value));
            case ValueShape.Duration:
                return DocScalar.String(ModelConventions.Duration((TimeSpan)value));
            case ValueShape.Quantity:
                return DocScalar.String(((ResourceQuantity)value).ToString());
            case ValueShape.IntOrString:
                return ModelConventions.IntOrStringValue(((IntOrString)value).Value);
            case ValueShape.Text:
                return DocScalar.String(value.ToString()!);
            case ValueShape.Dictionary:
                return Mapping((IEnumerable)value);
            case ValueShape.Sequence when value is byte[] bytes:
                return ModelConventions.Bytes(bytes);
            case ValueShape.Sequence:
                return new DocSequence(new EquatableArray<DocNode>(((IEnumerable)value).Cast<object?>().Select(Node)));
            case ValueShape.Object:
                return Mapping(value, Layouts.GetOrAdd(type, Layout.Of));
            default:
                throw new NotSupportedException("A value of type " + type.FullName + " cannot be written to YAML.");
        }
    }

    private static DocNode Mapping(IEnumerable dictionary)
    {
        var entries = new List<DocEntry>();
        foreach (var pair in dictionary)
        {
            var pairType = pair!.GetType();
            var key = pairType.GetProperty("Key")!.GetValue(pair);
            var value = pairType.GetProperty("Value")!.GetValue(pair);
            var keyText = key switch
            {
                string s => s,
                Enum e => EnumText(e.GetType(), e),
                _ => throw new NotSupportedException("Only string and enum dictionary keys can be written to YAML."),
            };
            entries.Add(new DocEntry(keyText, Node(value)));
        }

        return new DocMapping(new EquatableArray<DocEntry>(entries));
    }

    private static DocNode Mapping(object value, Layout layout)
    {
        var entries = new List<DocEntry>();
        if (layout.ApiVersion is not null && layout.Kind is not null)
        {
            entries.Add(new DocEntry("apiVersion", DocScalar.String(layout.ApiVersion)));
            entries.Add(new DocEntry("kind", DocScalar.String(layout.Kind)));
        }

        foreach (var (property, key) in layout.Properties)
        {
            var propertyValue = property.GetValue(value);
            if (propertyValue is not null)
            {
                entries.Add(new DocEntry(key, Node(propertyValue)));
            }
        }

        return new DocMapping(new EquatableArray<DocEntry>(entries));
    }

    /// <summary>The properties written for a type, with their YAML keys, in the order the document has them.</summary>
    internal static IReadOnlyList<(PropertyInfo Property, string Key)> PropertiesOf(Type type) => Layouts.GetOrAdd(type, Layout.Of).Properties;

    /// <summary>The apiVersion and kind a resource type writes, or nulls for a type that is not a resource.</summary>
    internal static (string? ApiVersion, string? Kind) ResourceOf(Type type)
    {
        var layout = Layouts.GetOrAdd(type, Layout.Of);
        return (layout.ApiVersion, layout.Kind);
    }

    /// <summary>The YAML text of an enum value: its [EnumMember] value, else its name.</summary>
    internal static string EnumText(Type type, object value)
    {
        var name = Enum.GetName(type, value)
            ?? throw new NotSupportedException(type.FullName + " value " + value + " is not a declared member of the enum.");
        return type.GetField(name)!.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? name;
    }

    private sealed record Layout(string? ApiVersion, string? Kind, IReadOnlyList<(PropertyInfo Property, string Key)> Properties)
    {
        public static Layout Of(Type type)
        {
            var entity = type.GetCustomAttribute<KubernetesEntityAttribute>();
            var chain = new List<Type>();
            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                chain.Insert(0, current);
            }

            // Base types first, each in declaration (metadata) order; an override keeps its base's position.
            var properties = new List<(PropertyInfo, string)>();
            var seen = new HashSet<string>();
            foreach (var declaring in chain)
            {
                var declared = declaring.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .OrderBy(p => p.MetadataToken);
                foreach (var property in declared)
                {
                    if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || !seen.Add(property.Name)
                        || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null
                        || (entity is not null && ModelConventions.IsTypeMetaProperty(property.Name)))
                    {
                        continue;
                    }

                    var key = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? ModelConventions.CamelCase(property.Name);
                    properties.Add((property, key));
                }
            }

            return new Layout(
                entity is null ? null : ModelConventions.ApiVersion(entity.Group, entity.ApiVersion),
                entity?.Kind,
                properties);
        }
    }
}
