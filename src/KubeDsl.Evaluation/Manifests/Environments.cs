using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>
/// Environment variants: a [Manifest] method with one enum parameter is evaluated once per enum member, with the
/// parameter bound to that member, and each variant's files go under the environment's folder. The folder name
/// is the member's [EnumMember] value, else its name in lower case (<c>Environment.Prod</c> writes under
/// <c>prod/</c>); the layout comes from the KubeDslEnvironmentLayout build property.
/// </summary>
internal static class Environments
{
    /// <summary>The build property that sets where an environment's files go.</summary>
    public const string LayoutProperty = "build_property.KubeDslEnvironmentLayout";

    /// <summary>The default layout: the environment's folder, then the [Manifest] path.</summary>
    public const string DefaultLayout = "{env}/{path}";

    /// <summary>The variants of a member: one per enum member for an environment method, else one without an environment.</summary>
    public static List<(string? Name, Value? Argument)> Variants(ISymbol member)
    {
        if (EnvironmentType(member) is not { } type)
        {
            return [(null, null)];
        }

        return type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .Select(f => ((string?)FolderName(f), (Value?)new EnumValue(type, f.ConstantValue!)))
            .ToList();
    }

    /// <summary>The enum type of an environment method's single parameter, or null for any other member.</summary>
    public static INamedTypeSymbol? EnvironmentType(ISymbol member) =>
        member is IMethodSymbol { Parameters.Length: 1 } method && method.Parameters[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type
            ? type
            : null;

    /// <summary>The path of an environment's file: <paramref name="layout"/> with {env} and {path} filled in.</summary>
    public static string PathFor(string layout, string environment, string path) =>
        layout.Replace("{env}", environment).Replace("{path}", path);

    /// <summary>Why a layout cannot work, or null.</summary>
    public static string? LayoutProblem(string layout) =>
        layout.Contains("{env}") && layout.Contains("{path}")
            ? null
            : "KubeDslEnvironmentLayout '" + layout + "' must contain {env} and {path}, e.g. " + DefaultLayout + " or overlays/{env}/{path}";

    private static string FolderName(IFieldSymbol field)
    {
        var member = field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelConventions.EnumMemberAttribute);
        return member?.NamedArguments.FirstOrDefault(a => a.Key == "Value").Value.Value as string ?? field.Name.ToLowerInvariant();
    }
}
