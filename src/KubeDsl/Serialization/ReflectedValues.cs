using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using k8s.Models;
using KubeDsl.Documents;
using KubeDsl.Values;

namespace KubeDsl.Serialization;

/// <summary>
/// Binds values-file nodes to live objects by reflection, following <see cref="ValuesConventions"/> exactly as the
/// build does from symbols, so <see cref="KubeDslValues.Load{T}"/> gives at run time what the generator read.
/// </summary>
internal static class ReflectedValues
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static object? Bind(ValuesNode node, Type type, NullabilityInfo? nullability, string path)
    {
        var typeName = Display(type);
        if (node is ValuesScalar { IsNull: true } nullScalar)
        {
            var allowsNull = type.IsValueType ? Nullable.GetUnderlyingType(type) is not null : nullability?.ReadState != NullabilityState.NotNull;
            return allowsNull ? null : throw ValuesConventions.NullNotAllowed(path, nullScalar, typeName);
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (ReflectedDocument.ShapeOf(type))
        {
            case ValueShape.String:
                return ValuesConventions.Scalar(Scalar(node, typeName, path), ValuesScalarKind.String, path, typeName);
            case ValueShape.Boolean:
                return ValuesConventions.Scalar(Scalar(node, typeName, path), ValuesScalarKind.Boolean, path, typeName);
            case ValueShape.Integer:
                return Integer(Scalar(node, typeName, path), type, typeName, path);
            case ValueShape.Float:
                var number = (double)ValuesConventions.Scalar(Scalar(node, typeName, path), ValuesScalarKind.Double, path, typeName);
                return type == typeof(float) ? (float)number : number;
            case ValueShape.Decimal:
                return ValuesConventions.Scalar(Scalar(node, typeName, path), ValuesScalarKind.Decimal, path, typeName);
            case ValueShape.Enum:
                return Enum(type, Scalar(node, typeName, path), typeName, path);
            case ValueShape.Quantity:
                var quantity = Scalar(node, typeName, path);
                return QuantityText.TryCanonicalize(quantity.Text, out var canonical, out var error)
                    ? new ResourceQuantity(canonical)
                    : throw new ValuesException(path, error ?? ("'" + quantity.Text + "' is not a Kubernetes quantity"), quantity.Start, quantity.End);
            case ValueShape.IntOrString:
                IntOrString text = Scalar(node, typeName, path).Text;
                return text;
            case ValueShape.Text:
                return type.GetMethod("op_Implicit", [typeof(string)])!.Invoke(null, [Scalar(node, typeName, path).Text])!;
            case ValueShape.Sequence:
                return Sequence(node, type, nullability, typeName, path);
            case ValueShape.Dictionary when type.IsGenericType && type.GetGenericArguments()[0] == typeof(string):
                return Dictionary(node, type, nullability, typeName, path);
            case ValueShape.Object when (type.IsClass || type.IsValueType) && !type.IsAbstract && !type.IsPrimitive:
                return Object(node, type, typeName, path);
            default:
                throw ValuesConventions.UnsupportedType(path, node, typeName);
        }
    }

    private static object Sequence(ValuesNode node, Type type, NullabilityInfo? nullability, string typeName, string path)
    {
        if (node is not ValuesSequence sequence)
        {
            throw ValuesConventions.WrongShape(path, node, "a list", typeName);
        }

        var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
        var elementNullability = type.IsArray ? nullability?.ElementType : nullability?.GenericTypeArguments.FirstOrDefault();
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in sequence.Items)
        {
            items.Add(Bind(item, element, elementNullability, path));
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(element, items.Count);
            items.CopyTo(array, 0);
            return array;
        }

        return type.IsInterface || type == items.GetType() ? items : Activator.CreateInstance(type, items)!;
    }

    private static object Dictionary(ValuesNode node, Type type, NullabilityInfo? nullability, string typeName, string path)
    {
        if (node is not ValuesMapping mapping)
        {
            throw ValuesConventions.WrongShape(path, node, "a mapping", typeName);
        }

        var valueType = type.GetGenericArguments()[1];
        var valueNullability = nullability?.GenericTypeArguments.ElementAtOrDefault(1);
        var created = (IDictionary)Activator.CreateInstance(type.IsInterface ? typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType) : type)!;
        foreach (var entry in mapping.Entries)
        {
            created[entry.Key.Text] = Bind(entry.Value, valueType, valueNullability, path);
        }

        return created;
    }

    private static object Object(ValuesNode node, Type type, string typeName, string path)
    {
        if (node is not ValuesMapping mapping)
        {
            throw ValuesConventions.WrongShape(path, node, "a mapping", typeName);
        }

        var properties = Settable(type);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var property = properties.FirstOrDefault(p => p.Name == entry.Key.Text) ?? properties.FirstOrDefault(p => ValuesConventions.KeyMatches(entry.Key.Text, p.Name))
                ?? throw ValuesConventions.UnknownKey(path, entry.Key, typeName, properties.Select(p => p.Name));
            values[property.Name] = Bind(entry.Value, property.PropertyType, Nullability.Create(property), path);
        }

        // A positional record is made through its constructor; its parameters are its properties.
        var constructor = type.GetConstructor(Type.EmptyTypes) is null
            ? type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            : null;
        var parameters = constructor?.GetParameters() ?? [];
        foreach (var property in properties)
        {
            var requiredByConstructor = parameters.Any(p => p.Name == property.Name && !p.HasDefaultValue);
            if ((property.GetCustomAttribute<RequiredMemberAttribute>() is not null || requiredByConstructor) && !values.ContainsKey(property.Name))
            {
                throw ValuesConventions.MissingRequired(path, mapping, typeName, property.Name);
            }
        }

        var created = constructor is null
            ? Activator.CreateInstance(type)!
            : constructor.Invoke(parameters.Select(p => values.TryGetValue(p.Name!, out var v) ? v : p.HasDefaultValue ? p.DefaultValue : null).ToArray());
        foreach (var property in properties)
        {
            if (values.TryGetValue(property.Name, out var value) && !parameters.Any(p => p.Name == property.Name))
            {
                property.SetValue(created, value);
            }
        }

        return created;
    }

    // The properties the build lets a values file set: public, per instance, with a setter or init accessor.
    private static List<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .ToList();

    private static object Integer(ValuesScalar scalar, Type type, string typeName, string path)
    {
        if (type == typeof(int))
        {
            return ValuesConventions.Scalar(scalar, ValuesScalarKind.Int32, path, typeName);
        }

        var wide = (long)ValuesConventions.Scalar(scalar, ValuesScalarKind.Int64, path, typeName);
        try
        {
            return Convert.ChangeType(wide, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new ValuesException(path, "'" + scalar.Text + "' is out of the range of " + typeName, scalar.Start, scalar.End);
        }
    }

    private static object Enum(Type type, ValuesScalar scalar, string typeName, string path)
    {
        // The YAML text of each member as the runtime serializer writes it.
        var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)!).ToList();
        var members = values.Select(v => new KeyValuePair<string, string>(ReflectedDocument.EnumText(type, v), System.Enum.GetName(type, v)!)).ToList();
        return values[ValuesConventions.EnumMember(scalar, members, path, typeName)];
    }

    private static ValuesScalar Scalar(ValuesNode node, string typeName, string path) =>
        node as ValuesScalar ?? throw ValuesConventions.WrongShape(path, node, "a scalar", typeName);

    // The name as C# writes it, as the build's messages name the type.
    private static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        var keyword = type.IsEnum ? null : Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Boolean => "bool",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            _ => null,
        };
        if (keyword is not null)
        {
            return keyword;
        }

        var name = (type.FullName ?? type.Name).Replace('+', '.');
        if (!type.IsGenericType)
        {
            return name;
        }

        return name.Substring(0, name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">";
    }
}
