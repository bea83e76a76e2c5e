using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>What a [Manifest] member must be, and the names and types the generator and the analyzers read from it.</summary>
internal static class ManifestMembers
{
    /// <summary>Why <paramref name="member"/> cannot be a manifest, or null when it can.</summary>
    public static string? Problem(ISymbol member)
    {
        if (!member.IsStatic)
        {
            return "must be static: manifests are evaluated without creating an instance";
        }

        switch (member)
        {
            case IMethodSymbol method when method.Parameters.Length > 0 && Environments.EnvironmentType(method) is null:
                return "must take no parameters, or one enum parameter for environment variants";
            case IMethodSymbol method when method.IsGenericMethod:
                return "must not be generic";
            case IMethodSymbol method when method.ReturnsVoid:
                return "must return the resource to write";
            case IPropertySymbol property when property.GetMethod is null:
                return "must have a getter";
            default:
                return member.ContainingType.IsGenericType ? "must not be declared in a generic type" : null;
        }
    }

    /// <summary>"Namespace.Type.Member", the name the header and messages use.</summary>
    public static string SourceName(ISymbol member, TypeLayouts types) => types.DisplayName(member.ContainingType) + "." + member.Name;

    /// <summary>The member's declared type, which decides the kind of file it writes.</summary>
    public static string? DeclaredType(ISymbol member, TypeLayouts types) => member switch
    {
        IPropertySymbol property => types.DisplayName(property.Type),
        IMethodSymbol method => types.DisplayName(method.ReturnType),
        IFieldSymbol field => types.DisplayName(field.Type),
        _ => null,
    };

    /// <summary>The type of each document's value: the items of a collection, or the value itself.</summary>
    public static List<string?> DocumentTypes(Value value, TypeLayouts types) => value is ListValue list
        ? list.Items.Select(item => TypeOf(item, types)).ToList()
        : [TypeOf(value, types)];

    private static string? TypeOf(Value value, TypeLayouts types) => value is ObjectValue o ? types.DisplayName(o.Type) : null;
}
