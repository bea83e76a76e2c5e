using System.Reflection;
using k8s.Models;

namespace KubeDsl.Cli.Import;

/// <summary>
/// The C# type for each apiVersion and kind: KubeDsl's models for the operators' kinds, <c>k8s.Models</c> for
/// Kubernetes' own, and how to name a type in the written code.
/// </summary>
internal static class ResourceTypes
{
    /// <summary>The namespaces the written files import.</summary>
    public static readonly string[] Namespaces = ["System.Collections.Generic", "k8s.Models", "KubeDsl", "KubeDsl.Flink", "KubeDsl.Spark"];

    private static readonly Assembly Models = typeof(ManifestAttribute).Assembly;
    private static readonly Assembly Kubernetes = typeof(V1Pod).Assembly;

    private static readonly Dictionary<(string ApiVersion, string Kind), Type> ByKind = Build();

    private static readonly (string Name, string Namespace)[] CollectionAndHelperTypes =
        [("Dictionary", "System.Collections.Generic"), ("List", "System.Collections.Generic"), ("Meta", "KubeDsl"), ("Requirements", "KubeDsl"), ("EnvVar", "KubeDsl"), ("JvmMemory", "KubeDsl")];

    // The namespaces each simple type name of the written code can come from: the models, k8s.Models, the
    // collections, and the helpers the package compiles into the project.
    private static readonly ILookup<string, string> NamespacesByName = Models.GetExportedTypes().Concat(Kubernetes.GetExportedTypes())
        .Where(t => !t.IsNested && t.Namespace is not null && Namespaces.Contains(t.Namespace))
        .Select(t => (Name: SimpleName(t), Namespace: t.Namespace!))
        .Concat(CollectionAndHelperTypes)
        .Distinct()
        .ToLookup(t => t.Name, t => t.Namespace, StringComparer.Ordinal);

    // Simple names that more than one imported namespace has: those are written with their namespace.
    private static readonly HashSet<string> Ambiguous = NamespacesByName.Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every simple type name the written code can see, so generated class names avoid them.</summary>
    public static readonly HashSet<string> VisibleNames = NamespacesByName.Select(g => g.Key).Append("Defaults").ToHashSet(StringComparer.Ordinal);

    /// <summary>The namespace a simple type name of the written code needs a using for, or null for none.</summary>
    public static string? NamespaceOf(string simpleName) => NamespacesByName[simpleName].FirstOrDefault();

    /// <summary>The model for a resource, or null for a kind with none.</summary>
    public static Type? Find(string apiVersion, string kind) => ByKind.GetValueOrDefault((apiVersion, kind));

    /// <summary>The type as the written code names it: <c>SparkApplication</c>, <c>Dictionary&lt;string, string&gt;</c>, <c>int?</c>.</summary>
    public static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var keyword = Type.GetTypeCode(type) switch
        {
            _ when type.IsEnum => null,
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Boolean => "bool",
            TypeCode.Double => "double",
            TypeCode.Single => "float",
            TypeCode.Decimal => "decimal",
            TypeCode.Byte => "byte",
            _ => type == typeof(object) ? "object" : null,
        };
        if (keyword is not null)
        {
            return keyword;
        }

        var name = SimpleName(type);
        if (type.IsNested)
        {
            name = Name(type.DeclaringType!) + "." + name;
        }
        else if (type.Namespace is null || !Namespaces.Contains(type.Namespace) || Ambiguous.Contains(name))
        {
            name = "global::" + type.Namespace + "." + name;
        }

        return type.IsGenericType ? name + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : name;
    }

    private static string SimpleName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    private static Dictionary<(string, string), Type> Build()
    {
        var types = new Dictionary<(string, string), Type>();
        foreach (var type in Models.GetExportedTypes().Concat(Kubernetes.GetExportedTypes()))
        {
            if (type.GetCustomAttribute<KubernetesEntityAttribute>() is null || type.IsAbstract || type.IsGenericType)
            {
                continue;
            }

            var (apiVersion, kind) = ReflectedDocument.ResourceOf(type);
            if (apiVersion is not null && kind is not null)
            {
                types.TryAdd((apiVersion, kind), type);
            }
        }

        return types;
    }
}
