using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>
/// A Spark application the operator runs on a cron schedule (<c>sparkoperator.k8s.io/v1beta2</c>,
/// kind <c>ScheduledSparkApplication</c>). Each run becomes a SparkApplication named
/// <c>&lt;name&gt;-&lt;timestamp&gt;</c>. <c>status</c> is written by the operator and is not part of a manifest.
/// </summary>
[KubernetesEntity(Group = "sparkoperator.k8s.io", ApiVersion = "v1beta2", Kind = "ScheduledSparkApplication", PluralName = "scheduledsparkapplications")]
public sealed record ScheduledSparkApplication : IKubernetesObject<V1ObjectMeta>
{
    private static readonly ResourceIdentity Identity = ResourceIdentity.Of<ScheduledSparkApplication>();

    /// <summary>Name, namespace, labels and annotations.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    string IKubernetesObject.ApiVersion { get => Identity.ApiVersion; set => throw ResourceIdentity.Immutable(nameof(ScheduledSparkApplication), "ApiVersion"); }

    string IKubernetesObject.Kind { get => Identity.Kind; set => throw ResourceIdentity.Immutable(nameof(ScheduledSparkApplication), "Kind"); }

    V1ObjectMeta IMetadata<V1ObjectMeta>.Metadata { get => Metadata; set => throw ResourceIdentity.Immutable(nameof(ScheduledSparkApplication), "Metadata"); }

    /// <summary>The schedule and the application template.</summary>
    [JsonPropertyName("spec")]
    public required ScheduledSparkApplicationSpec Spec { get; init; }
}

/// <summary>The schedule of a ScheduledSparkApplication and the application each run creates.</summary>
public sealed record ScheduledSparkApplicationSpec
{
    /// <summary>Cron expression (five fields, or descriptors such as <c>@hourly</c> and <c>@every 5m</c>).</summary>
    [JsonPropertyName("schedule")]
    public required string Schedule { get; init; }

    /// <summary>Time zone the schedule is read in: <c>UTC</c>, <c>Local</c> or an IANA name; defaults to <c>Local</c>.</summary>
    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; init; }

    /// <summary>The SparkApplication spec each run is created from.</summary>
    [JsonPropertyName("template")]
    public required SparkApplicationSpec Template { get; init; }

    /// <summary>When true, no further runs start; defaults to false.</summary>
    [JsonPropertyName("suspend")]
    public bool? Suspend { get; init; }

    /// <summary>What to do when a run is due while another still runs; the operator treats unset as Allow.</summary>
    [JsonPropertyName("concurrencyPolicy")]
    public ConcurrencyPolicy? ConcurrencyPolicy { get; init; }

    /// <summary>Successful runs whose SparkApplications are kept; defaults to 1.</summary>
    [JsonPropertyName("successfulRunHistoryLimit")]
    public int? SuccessfulRunHistoryLimit { get; init; }

    /// <summary>Failed runs whose SparkApplications are kept; defaults to 1.</summary>
    [JsonPropertyName("failedRunHistoryLimit")]
    public int? FailedRunHistoryLimit { get; init; }
}
