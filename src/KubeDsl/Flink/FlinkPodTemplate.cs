using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Flink;

/// <summary>
/// A Flink pod template with the <c>apiVersion</c> and <c>kind</c> the Flink operator's CRD also allows there (its
/// pod templates are Pods: <c>apiVersion: v1</c>, <c>kind: Pod</c>, as in the operator's pod-template example). The
/// operator ignores both; use this type where a file should keep them, anywhere a <see cref="V1PodTemplateSpec"/>
/// goes (<see cref="FlinkDeploymentSpec.PodTemplate"/>, <see cref="JobManagerSpec.PodTemplate"/>,
/// <see cref="TaskManagerSpec.PodTemplate"/>). <c>kubedsl import</c> writes it for templates that have them.
/// </summary>
public record FlinkPodTemplate : V1PodTemplateSpec
{
    /// <summary>The template's <c>apiVersion</c>, usually <c>v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    /// <summary>The template's <c>kind</c>, usually <c>Pod</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }
}
