using System.Runtime.Serialization;

namespace KubeDsl.Spark;

/// <summary>
/// The batch scheduler the Spark operator hands the application's pods to (<c>spec.batchScheduler</c>): one of the
/// schedulers the operator registers (upstream examples <c>spark-pi-volcano.yaml</c>, <c>spark-pi-yunikorn.yaml</c>,
/// <c>spark-pi-kube-scheduler.yaml</c>). Text converts implicitly, so <c>"volcano"</c> still assigns.
/// </summary>
public sealed record BatchScheduler
{
    /// <summary>Volcano, with gang scheduling through a PodGroup.</summary>
    [EnumMember(Value = "volcano")]
    public static readonly BatchScheduler Volcano = new("volcano");

    /// <summary>Apache YuniKorn, with queues and gang scheduling.</summary>
    [EnumMember(Value = "yunikorn")]
    public static readonly BatchScheduler YuniKorn = new("yunikorn");

    /// <summary>The Kubernetes scheduler with the scheduler-plugins coscheduling PodGroup.</summary>
    [EnumMember(Value = "kube-scheduler")]
    public static readonly BatchScheduler KubeScheduler = new("kube-scheduler");

    private BatchScheduler(string value) => Value = value;

    /// <summary>The scheduler's name as the YAML writes it.</summary>
    public string Value { get; }

    /// <summary>A scheduler from its name; null stays null.</summary>
    /// <param name="value">The name, such as <c>volcano</c>.</param>
    public static implicit operator BatchScheduler(string value) => value is null ? null! : new BatchScheduler(value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
