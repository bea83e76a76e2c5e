using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.References;

/// <summary>The kinds of object a workload refers to by name and that something must declare.</summary>
internal enum ReferencedKind
{
    Secret,
    ConfigMap,
    ServiceAccount,
    PersistentVolumeClaim,

    /// <summary>A Flink operator FlinkDeployment: a session job's cluster or a snapshot's job.</summary>
    FlinkDeployment,

    /// <summary>A Flink operator FlinkSessionJob: a snapshot's job.</summary>
    FlinkSessionJob,
}

/// <summary>One name a resource uses: <c>secretKeyRef</c>, a volume's secret, a service account, ...</summary>
/// <param name="Kind">What kind of object is meant.</param>
/// <param name="Name">Its name.</param>
/// <param name="Key">The key inside a secret or config map, when the reference names one.</param>
/// <param name="At">The node holding the name (or the key), for the diagnostic's location.</param>
/// <param name="Role">What uses it, for the message: "the driver", "volume 'certs'".</param>
internal sealed record Reference(ReferencedKind Kind, string Name, string? Key, DocNode At, string Role)
{
    /// <summary>The node holding <see cref="Key"/>, to point at the key when it is the missing part.</summary>
    public DocNode? KeyNode { get; init; }

    /// <summary>
    /// The namespace of the pod that uses it, when that is not the resource's own: an Airflow pod task runs in its
    /// own namespace, not the DAG's.
    /// </summary>
    public string? Namespace { get; init; }
}

/// <summary>An object that exists: declared by a [Manifest] resource, an inventory file or an assembly attribute (managed elsewhere).</summary>
/// <param name="Kind">What kind of object it is.</param>
/// <param name="Name">Its name.</param>
/// <param name="Namespace">Its namespace; null when not fixed (it goes where the manifests are applied).</param>
/// <param name="Keys">The keys of a secret or config map; null when unknown (anything goes).</param>
internal sealed record Declared(ReferencedKind Kind, string Name, string? Namespace, IReadOnlyCollection<string>? Keys);
