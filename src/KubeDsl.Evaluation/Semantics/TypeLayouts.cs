using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>A property as it appears in YAML: its symbol and its key.</summary>
internal sealed record PropertyLayout(IPropertySymbol Symbol, string Key)
{
    /// <summary>Declared in source, so it may have a body to evaluate; model types from packages never do.</summary>
    public bool FromSource { get; } = !Symbol.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>
    /// A non-nullable value type: unset, it still holds its default (0, false, the first enum member), which the
    /// runtime serializer writes, so the build does too.
    /// </summary>
    public bool HasValueWhenUnset { get; } = Symbol.Type.IsValueType && Symbol.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
}

/// <summary>How a model type is written: apiVersion and kind when it is a resource, then its properties.</summary>
internal sealed record TypeLayout(string? ApiVersion, string? Kind, ImmutableArray<PropertyLayout> Properties);

/// <summary>
/// Reads the YAML layout of types from their symbols, following <see cref="ModelConventions"/>, and caches it for
/// the compilation. The runtime serializer reads the same facts by reflection.
/// </summary>
internal sealed class TypeLayouts
{
    private readonly ConcurrentDictionary<ITypeSymbol, TypeLayout> layouts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ValueShape> shapes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ITypeSymbol Type, long Value), string?> enumTexts = new();
    private readonly ConcurrentDictionary<ITypeSymbol, IMethodSymbol?> constructors = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, string> displayNames = new(SymbolEqualityComparer.Default);

    /// <summary>Namespace-qualified metadata name of a type's definition ("System.Collections.Generic.List`1").</summary>
    public static string MetadataName(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return "System.Collections.Immutable.ImmutableArray`1";
        }

        var definition = type.OriginalDefinition;
        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + definition.MetadataName;
    }

    public ValueShape ShapeOf(ITypeSymbol type) => shapes.GetOrAdd(type, ComputeShape);

    private static ValueShape ComputeShape(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return ValueShape.Sequence;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ValueShape.Enum;
        }

        return ModelConventions.ShapeOf(MetadataName(type));
    }

    /// <summary>The type's constructor without parameters, or null; cached, as Roslyn builds the list on each call.</summary>
    public IMethodSymbol? ParameterlessConstructor(INamedTypeSymbol type) =>
        constructors.GetOrAdd(type, static t => ((INamedTypeSymbol)t).InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0));

    /// <summary>The type's C# display name ("KubeDsl.Spark.SparkApplication"), built once per type.</summary>
    public string DisplayName(ITypeSymbol type) => displayNames.GetOrAdd(type, static t => t.ToDisplayString());

    public TypeLayout LayoutOf(INamedTypeSymbol type) => layouts.GetOrAdd(type, t => Build((INamedTypeSymbol)t));

    public IPropertySymbol? FindProperty(INamedTypeSymbol type, string name) =>
        LayoutOf(type).Properties.Select(p => p.Symbol).FirstOrDefault(p => string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase));

    public bool IsSameOrDerived(ITypeSymbol type, ITypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, baseType));
    }

    /// <summary>The YAML text of an enum value: its [EnumMember] value, else its name; null for undefined values.</summary>
    public string? EnumText(EnumValue value) =>
        enumTexts.GetOrAdd((value.Type, System.Convert.ToInt64(value.Underlying, System.Globalization.CultureInfo.InvariantCulture)), _ => ComputeEnumText(value));

    private static string? ComputeEnumText(EnumValue value)
    {
        var field = EnumField(value);
        if (field is null)
        {
            return null;
        }

        return EnumMemberText(field) ?? field.Name;
    }

    /// <summary>The text of a field's [EnumMember(Value = ...)], or null: enum members and the named values of KubeDsl's text types.</summary>
    public static string? EnumMemberText(IFieldSymbol field) =>
        field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelConventions.EnumMemberAttribute)?
            .NamedArguments.FirstOrDefault(a => a.Key == "Value").Value.Value as string;

    /// <summary>The C# member name of an enum value, as ToString() gives it.</summary>
    public string? EnumMemberName(EnumValue value) => EnumField(value)?.Name;

    private static IFieldSymbol? EnumField(EnumValue value) =>
        value.Type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(System.Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture), System.Convert.ToInt64(value.Underlying, System.Globalization.CultureInfo.InvariantCulture)));

    private static TypeLayout Build(INamedTypeSymbol type)
    {
        string? apiVersion = null;
        string? kind = null;
        var entity = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelConventions.KubernetesEntityAttribute);
        if (entity is not null)
        {
            string? Named(string name) => entity.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;
            apiVersion = ModelConventions.ApiVersion(Named("Group"), Named("ApiVersion") ?? string.Empty);
            kind = Named("Kind");
        }

        // Base types first, each in declaration order; an override keeps its base's position.
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var properties = new List<PropertyLayout>();
        var seen = new HashSet<string>();
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is null || !seen.Add(property.Name))
                {
                    continue;
                }

                if (entity is not null && ModelConventions.IsTypeMetaProperty(property.Name))
                {
                    continue;
                }

                var attributes = property.GetAttributes();
                if (attributes.Any(a => a.AttributeClass?.ToDisplayString() == ModelConventions.JsonIgnoreAttribute))
                {
                    continue;
                }

                var named = attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelConventions.JsonPropertyNameAttribute);
                var key = named?.ConstructorArguments.FirstOrDefault().Value as string ?? ModelConventions.CamelCase(property.Name);
                properties.Add(new PropertyLayout(property, key));
            }
        }

        return new TypeLayout(apiVersion, kind, properties.ToImmutableArray());
    }
}
