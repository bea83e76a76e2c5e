using System.Globalization;
using KubeDsl.Documents;
using KubeDsl.Rules;

namespace KubeDsl.CustomResources;

/// <summary>
/// One CRD file to import: its path (as written in the project, it names the file in findings), its text, and the
/// version to take from its CRDs (null: the import's default).
/// </summary>
internal sealed record CrdFileText(string Path, string Text, string? Version = null);

/// <summary>
/// The types imported from CRD files into one namespace, the known Kubernetes types used instead of copies, and
/// what went wrong. Equatable, so a build step can cache on it.
/// </summary>
internal sealed record CrdImport(
    string Namespace,
    EquatableArray<CrdTypeDecl> Types,
    EquatableArray<CrdKnownTypeUse> KnownTypes,
    EquatableArray<CrdProblem> Problems);

/// <summary>Whether a declaration is a record or an enum.</summary>
internal enum CrdTypeKind
{
    Record,
    Enum,
}

/// <summary>
/// A generated type: a record with properties, or an enum with members. <paramref name="SchemaPath"/> is the
/// dotted path in the CRD it comes from (<c>Hazelcast.spec.exposeExternally</c>); <paramref name="Entity"/> is set
/// on the kind's own record.
/// </summary>
internal sealed record CrdTypeDecl(
    CrdTypeKind Kind,
    string Name,
    string SchemaPath,
    string? Description,
    CrdEntity? Entity,
    EquatableArray<CrdProperty> Properties,
    EquatableArray<CrdEnumMember> Members);

/// <summary>The kind a record is the resource of: <c>[KubernetesEntity]</c>'s values.</summary>
internal sealed record CrdEntity(string Group, string Version, string Kind, string Plural);

/// <summary>
/// A property: its C# name, the field name in YAML, the C# type (nullable marks included) and whether the schema
/// requires it.
/// </summary>
internal sealed record CrdProperty(string Name, string JsonName, string Type, bool Required, string? Description);

/// <summary>An enum member and the string it stands for.</summary>
internal sealed record CrdEnumMember(string Name, string Value);

/// <summary>A schema path written as a Kubernetes type instead of a generated record.</summary>
internal sealed record CrdKnownTypeUse(string SchemaPath, string Type);

/// <summary>A finding about a CRD file, at a 1-based line and column.</summary>
internal sealed record CrdProblem(string Id, RuleSeverity Severity, string Path, int Line, int Column, string Message)
{
    public static CrdProblem Of(RuleDescriptor descriptor, string path, int line, int column, params object[] arguments) =>
        new(descriptor.Id, descriptor.Severity, path, line, column, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));

    public override string ToString() => $"{Path}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
