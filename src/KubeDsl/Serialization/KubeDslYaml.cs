using System;
using System.Linq;
using System.Collections;
using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl;

/// <summary>
/// Serializes KubeDsl models and <c>k8s.Models</c> objects to YAML at run time, byte for byte as the build writes
/// them, so programs (tests, operators, tools) can produce the same manifests as <c>dotnet build</c>.
/// </summary>
public static class KubeDslYaml
{
    /// <summary>
    /// Writes a resource as YAML: <c>apiVersion</c> and <c>kind</c> first for resource types, then properties in
    /// declaration order, leaving out unset (null) values. A collection of resources becomes several documents
    /// separated by <c>---</c>.
    /// </summary>
    /// <param name="value">A resource, or a collection of resources.</param>
    /// <returns>The YAML text, with <c>\n</c> line endings and a final newline.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException">When the value holds a type with no YAML form (for example <see cref="DateTime"/>).</exception>
    /// <exception cref="InvalidOperationException">
    /// When the value does not fit its output (an Airflow template whose base container has another name), or is a
    /// <see cref="Spark.SparkSubmit"/>, which writes several files: use <see cref="SerializeFiles(object, string, string)"/>.
    /// </exception>
    public static string Serialize(object value) => YamlEmitter.EmitFile(Written(value), sourceMember: null);

    /// <summary>
    /// Writes a manifest file exactly as the build does for a [Manifest] member: the generated-file header naming
    /// <paramref name="sourceMember"/>, then the documents.
    /// </summary>
    /// <param name="value">A resource, or a collection of resources.</param>
    /// <param name="sourceMember">The member as the build names it, "Namespace.Type.Member".</param>
    /// <returns>The file content.</returns>
    public static string SerializeManifest(object value, string sourceMember)
    {
        if (sourceMember is null)
        {
            throw new ArgumentNullException(nameof(sourceMember));
        }

        return YamlEmitter.EmitFile(Written(value), sourceMember);
    }

    /// <summary>
    /// Writes every file the build writes for a [Manifest] member: one YAML file for resources, or for a
    /// <see cref="Spark.SparkSubmit"/> the properties file, its pod templates and (client mode) driver service.
    /// </summary>
    /// <param name="value">The member's value.</param>
    /// <param name="path">The path of the member's [Manifest] attribute.</param>
    /// <param name="sourceMember">The member as the build names it, "Namespace.Type.Member".</param>
    /// <returns>Path (relative to the manifests folder) and content of each file, in the order the build lists them.</returns>
    /// <exception cref="InvalidOperationException">When the value does not fit the files its type writes; the message says why.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> SerializeFiles(object value, string path, string sourceMember) =>
        SerializeFiles(value, path, sourceMember, definitions: null);

    /// <summary>
    /// As <see cref="SerializeFiles(object, string, string)"/>, and with the common labels and annotations that
    /// <paramref name="definitions"/> declares ([assembly: CommonLabel(...)]) and the default namespace of the
    /// member's class or assembly ([DefaultNamespace]), as the build adds them, and an AirflowDag written for the
    /// Airflow release the build property KubeDslAirflowVersion names (the build records it in the assembly's
    /// metadata).
    /// </summary>
    /// <param name="value">The member's value.</param>
    /// <param name="path">The path of the member's [Manifest] attribute.</param>
    /// <param name="sourceMember">The member as the build names it, "Namespace.Type.Member".</param>
    /// <param name="definitions">The assembly of the definitions, or null for none.</param>
    /// <returns>Path and content of each file.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> SerializeFiles(object value, string path, string sourceMember, System.Reflection.Assembly? definitions)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (sourceMember is null)
        {
            throw new ArgumentNullException(nameof(sourceMember));
        }

        var files = new List<KeyValuePair<string, string>>();
        foreach (var file in ManifestFiles.Create(path, sourceMember, Documents(value), Types(value), Common(definitions, sourceMember), [AirflowTarget(definitions)]))
        {
            files.Add(new KeyValuePair<string, string>(file.Path, file.Content));
        }

        return files;
    }

    // The Airflow release the build property names, from the metadata the build gives the assembly.
    private static string AirflowTarget(System.Reflection.Assembly? definitions)
    {
        var value = definitions?.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == AirflowTargets.Property)?.Value;
        return AirflowTargets.Parse(value) ?? AirflowTargets.Default;
    }

    // The documents as the build writes them (Airflow templates as Pods, Flink main containers named).
    private static IReadOnlyList<DocNode> Written(object value) => ManifestFiles.Documents(Documents(value), Types(value));

    private static CommonMetadata? Common(System.Reflection.Assembly? definitions, string sourceMember)
    {
        if (definitions is null)
        {
            return null;
        }

        var labels = new List<KeyValuePair<string, string>>();
        var annotations = new List<KeyValuePair<string, string>>();
        foreach (var label in definitions.GetCustomAttributes(typeof(CommonLabelAttribute), inherit: false))
        {
            labels.Add(new KeyValuePair<string, string>(((CommonLabelAttribute)label).Key, ((CommonLabelAttribute)label).Value));
        }

        foreach (var annotation in definitions.GetCustomAttributes(typeof(CommonAnnotationAttribute), inherit: false))
        {
            annotations.Add(new KeyValuePair<string, string>(((CommonAnnotationAttribute)annotation).Key, ((CommonAnnotationAttribute)annotation).Value));
        }

        var defaultNamespace = ClassNamespace(definitions, sourceMember)
            ?? ((DefaultNamespaceAttribute?)definitions.GetCustomAttributes(typeof(DefaultNamespaceAttribute), inherit: false).FirstOrDefault())?.Namespace;
        return CommonMetadata.From(labels, annotations, defaultNamespace);
    }

    // The [DefaultNamespace] of the member's class or a class around it, as the build reads it. The member is named
    // "Namespace.Type.Member" (or "... for environment x"), with nested types joined by dots.
    private static string? ClassNamespace(System.Reflection.Assembly definitions, string sourceMember)
    {
        var environment = sourceMember.IndexOf(" for environment ", StringComparison.Ordinal);
        var member = environment < 0 ? sourceMember : sourceMember.Substring(0, environment);
        var dot = member.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var typeName = member.Substring(0, dot);
        var type = definitions.GetTypes().FirstOrDefault(t => t.FullName?.Replace('+', '.') == typeName);
        for (; type is not null; type = type.DeclaringType)
        {
            if (type.GetCustomAttributes(typeof(DefaultNamespaceAttribute), inherit: false).FirstOrDefault() is DefaultNamespaceAttribute declared)
            {
                return declared.Namespace;
            }
        }

        return null;
    }

    private static List<string?> Types(object value)
    {
        var types = new List<string?>();
        if (ReflectedDocument.ShapeOf(value.GetType()) == ValueShape.Sequence)
        {
            foreach (var item in (IEnumerable)value)
            {
                types.Add(item?.GetType().FullName);
            }
        }
        else
        {
            types.Add(value.GetType().FullName);
        }

        return types;
    }

    private static IReadOnlyList<DocNode> Documents(object value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var documents = new List<DocNode>();
        if (ReflectedDocument.ShapeOf(value.GetType()) == ValueShape.Sequence)
        {
            foreach (var item in (IEnumerable)value)
            {
                documents.Add(ReflectedDocument.Node(item ?? throw new ArgumentException("A collection of resources contains null.", nameof(value))));
            }
        }
        else
        {
            documents.Add(ReflectedDocument.Node(value));
        }

        return documents;
    }
}
