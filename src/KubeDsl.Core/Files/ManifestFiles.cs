using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Documents;

/// <summary>One file a [Manifest] member writes: its path under the manifests folder and its content.</summary>
internal sealed record ManifestFile(string Path, string Content)
{
    /// <summary>False for a file a tool reads (a pod template, a properties file) rather than a resource to apply.</summary>
    public bool IsResource { get; init; } = true;

    /// <summary>The environment of an environment variant; its file goes under the environment's folder.</summary>
    public string? Environment { get; init; }

    /// <summary>
    /// The Airflow release (<see cref="AirflowTargets"/>) a DAG file is written for, when the generator writes one
    /// per release and the build keeps the one <c>KubeDslAirflowVersion</c> names; null for a file of every release.
    /// </summary>
    public string? AirflowTarget { get; init; }

    /// <summary>
    /// The objects a resource file holds, as the cluster tells them apart (after the default namespace is applied);
    /// empty for a file that is not applied. Two of one key in one output tree is KD0016.
    /// </summary>
    public EquatableArray<ResourceKey> Resources { get; init; } = EquatableArray<ResourceKey>.Empty;
}

/// <summary>
/// A value that evaluates fine but cannot become the files its type promises (a SparkSubmit in client mode
/// without a service selector, an Airflow template whose main container has another name). The generator reports
/// it at <see cref="Origin"/>; the runtime serializer throws it as an <see cref="InvalidOperationException"/>.
/// </summary>
internal class ManifestShapeException : InvalidOperationException
{
    public ManifestShapeException(string message, SourceOrigin? origin)
        : base(message)
    {
        Origin = origin;
    }

    /// <summary>Where in the definitions the offending value came from, when known.</summary>
    public SourceOrigin? Origin { get; }
}

/// <summary>
/// Turns the documents of a [Manifest] member into files, shared by the generator and the runtime serializer so
/// both write the same bytes. Most members write one YAML file; a <c>SparkSubmit</c> writes a properties file and
/// the pod templates and service it needs.
/// </summary>
internal static class ManifestFiles
{
    /// <summary>Why <paramref name="path"/> does not suit a member of <paramref name="typeName"/>, or null when it does.</summary>
    public static string? ExtensionProblem(string path, string? typeName)
    {
        var properties = path.EndsWith(".properties", StringComparison.Ordinal);
        var python = path.EndsWith(".py", StringComparison.Ordinal);
        if (typeName == ModelConventions.AirflowDag)
        {
            return python ? null : "an AirflowDag writes a Python DAG file: the path must end in .py, e.g. \"dags/nightly_sales.py\"";
        }

        if (python)
        {
            return "only an AirflowDag writes a .py file; the file name must end in .yaml or .yml";
        }

        if (typeName == ModelConventions.SparkSubmit)
        {
            return properties ? null : "a SparkSubmit writes a Spark properties file: the path must end in .properties, e.g. \"spark/etl.properties\"";
        }

        return properties || !(path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            ? "the file name must end in .yaml or .yml (only a SparkSubmit writes a .properties file)"
            : null;
    }

    /// <param name="path">The path from the [Manifest] attribute.</param>
    /// <param name="sourceMember">"Namespace.Type.Member", for the headers.</param>
    /// <param name="documents">The member's documents.</param>
    /// <param name="documentTypes">The full type name of each document's value.</param>
    /// <param name="common">Labels and annotations for every resource, from the assembly's attributes.</param>
    /// <param name="airflowTargets">The Airflow releases to write a DAG file for (<see cref="AirflowTargets"/>); the default release when null. With more than one, each DAG file carries its <see cref="ManifestFile.AirflowTarget"/>.</param>
    public static List<ManifestFile> Create(string path, string sourceMember, IReadOnlyList<DocNode> documents, IReadOnlyList<string?> documentTypes, CommonMetadata? common = null, IReadOnlyList<string>? airflowTargets = null)
    {
        var submit = documentTypes.IndexOf(ModelConventions.SparkSubmit);
        if (submit >= 0)
        {
            if (documents.Count > 1)
            {
                throw new ManifestShapeException("A SparkSubmit writes its own set of files; return it alone from its [Manifest] member, not in a collection.", documents[submit].Origin);
            }

            if (ManifestPathTemplate.HasPlaceholders(path))
            {
                throw new ManifestShapeException("A SparkSubmit names its files after its [Manifest] path, which cannot hold placeholders such as {name}; give it a plain path, e.g. \"spark/etl.properties\".", documents[submit].Origin);
            }

            return SparkSubmitFiles.Create(path, sourceMember, (DocMapping)documents[0]);
        }

        var dag = documentTypes.IndexOf(ModelConventions.AirflowDag);
        if (dag >= 0)
        {
            if (documents.Count > 1 || ManifestPathTemplate.HasPlaceholders(path))
            {
                throw new ManifestShapeException("An AirflowDag writes one DAG file and the files its tasks read; return it alone from its [Manifest] member, with a plain path such as \"dags/nightly_sales.py\".", documents[dag].Origin);
            }

            return AirflowDagFiles.Create(path, sourceMember, (DocMapping)documents[0], common, airflowTargets ?? [AirflowTargets.Default]);
        }

        if (ManifestPathTemplate.HasPlaceholders(path))
        {
            return OneFilePerResource(path, sourceMember, documents, documentTypes, common);
        }

        // An Airflow pod template is read by Airflow, not applied to the cluster.
        var isResource = !documentTypes.Contains(ModelConventions.AirflowPodTemplate);
        var written = Documents(documents, documentTypes);
        if (isResource && common is { IsEmpty: false })
        {
            written = written.Select(common.Apply).ToList();
        }

        return [new ManifestFile(path, YamlEmitter.EmitFile(written, sourceMember)) { IsResource = isResource, Resources = isResource ? ResourceKey.Of(written) : EquatableArray<ResourceKey>.Empty }];
    }

    // Each resource in the file its placeholders name; two landing on one path (without case, as on Windows
    // and macOS) is an error rather than one silently replacing the other.
    private static List<ManifestFile> OneFilePerResource(string path, string sourceMember, IReadOnlyList<DocNode> documents, IReadOnlyList<string?> documentTypes, CommonMetadata? common)
    {
        var files = new List<ManifestFile>(documents.Count);
        var owners = new Dictionary<string, DocNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var isResource = documentTypes[i] != ModelConventions.AirflowPodTemplate;
            var written = Documents([documents[i]], [documentTypes[i]])[0];
            if (isResource && common is { IsEmpty: false })
            {
                written = common.Apply(written);
            }

            var file = ManifestPathTemplate.Expand(path, written);
            if (owners.TryGetValue(file, out var first))
            {
                throw new DuplicateResourcePathException(file, ManifestPathTemplate.Describe(first), ManifestPathTemplate.Describe(written), documents[i].Origin);
            }

            owners.Add(file, written);
            files.Add(new ManifestFile(file, YamlEmitter.EmitFile([written], sourceMember)) { IsResource = isResource, Resources = isResource ? ResourceKey.Of([written]) : EquatableArray<ResourceKey>.Empty });
        }

        return files;
    }

    /// <summary>
    /// The documents as written: an Airflow pod template becomes its Pod, a FlinkDeployment's unnamed pod-template
    /// container is named as the main one; everything else is unchanged.
    /// </summary>
    public static IReadOnlyList<DocNode> Documents(IReadOnlyList<DocNode> documents, IReadOnlyList<string?> documentTypes)
    {
        if (documentTypes.IndexOf(ModelConventions.SparkSubmit) is var submit and >= 0)
        {
            throw new ManifestShapeException("A SparkSubmit is written as several files (a properties file and pod templates), not as one YAML text; use KubeDslYaml.SerializeFiles.", documents[submit].Origin);
        }

        var airflow = documentTypes.IndexOf(ModelConventions.AirflowPodTemplate);
        if (airflow >= 0 && documents.Count > 1)
        {
            throw new ManifestShapeException("Airflow reads one pod from a pod template file; return the AirflowPodTemplate alone from its [Manifest] member.", documents[airflow].Origin);
        }

        var written = new List<DocNode>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            written.Add(documentTypes[i] switch
            {
                ModelConventions.AirflowPodTemplate => AirflowPodTemplates.ToPod((DocMapping)documents[i]),
                ModelConventions.FlinkDeployment => FlinkPodTemplates.NameMainContainers((DocMapping)documents[i]),
                _ => documents[i],
            });
        }

        return written;
    }

    private static int IndexOf(this IReadOnlyList<string?> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
