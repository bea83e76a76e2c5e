using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Documents;

/// <summary>
/// Writes Kubernetes objects of a pod task as constructor calls of the kubernetes Python client's models
/// (<c>k8s.V1Volume(name="x", empty_dir=k8s.V1EmptyDirVolumeSource())</c>), the typed form the provider's
/// converters expect. Field names and types come from the client itself (<see cref="Table"/>, generated from
/// python3-kubernetes 22.6); a field the client does not have is a build error that points at it, since the client
/// would refuse the call with a TypeError when Airflow parses the file.
/// </summary>
internal static partial class KubernetesPythonModels
{
    // Lazy: the table is a field of the other part of this class, whose initialization order is not this one's.
    private static readonly Lazy<Dictionary<string, Dictionary<string, (string Attribute, string Type)>>> Parsed = new(() => Table.ToDictionary(
        line => line.Substring(0, line.IndexOf(' ')),
        line => line.Split(' ').Skip(1).Where(f => f.Length > 0).ToDictionary(
            f => f.Substring(0, f.IndexOf('=')),
            f => (f.Substring(f.IndexOf('=') + 1, f.IndexOf(':') - f.IndexOf('=') - 1), f.Substring(f.IndexOf(':') + 1)),
            StringComparer.Ordinal),
        StringComparer.Ordinal));

    private static Dictionary<string, Dictionary<string, (string Attribute, string Type)>> Models => Parsed.Value;

    /// <summary>The constructor call of model <paramref name="model"/> (<c>V1Volume</c>) for the document <paramref name="node"/>.</summary>
    public static string Constructor(string model, DocNode node, Func<DocNode, string> literal)
    {
        if (node is not DocMapping mapping)
        {
            return literal(node);
        }

        var fields = Models[model];
        var arguments = new List<string>();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is DocScalar { Kind: ScalarKind.Null })
            {
                continue;
            }

            if (!fields.TryGetValue(entry.Key, out var field))
            {
                throw new ManifestShapeException(
                    $"The kubernetes Python client's {model} has no field '{entry.Key}' (client 22.6), so the DAG file could not build it; set it in the task's PodTemplate instead.",
                    entry.KeyOrigin ?? entry.Value.Origin ?? mapping.Origin);
            }

            arguments.Add(field.Attribute + "=" + Value(field.Type, entry.Value, literal));
        }

        return "k8s." + model + "(" + string.Join(", ", arguments) + ")";
    }

    private static string Value(string type, DocNode node, Func<DocNode, string> literal)
    {
        if (type.StartsWith("list[", StringComparison.Ordinal) && node is DocSequence sequence)
        {
            var item = type.Substring(5, type.Length - 6);
            return "[" + string.Join(", ", sequence.Items.Select(i => Constructor(item, i, literal))) + "]";
        }

        return Models.ContainsKey(type) ? Constructor(type, node, literal) : literal(node);
    }
}
