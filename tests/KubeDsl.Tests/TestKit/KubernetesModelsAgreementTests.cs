using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;
using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

/// <summary>
/// The Kubernetes definitions the schema rules judge by and the <c>k8s.Models</c> types users write objects with
/// agree: every JSON property of an extracted kind's model, and of every model reachable from it, is a field of the
/// definition it maps to, so no field the client library offers is reported as unknown (KD1011).
/// </summary>
public class KubernetesModelsAgreementTests
{
    private static readonly JsonObject Document =
        JsonNode.Parse(File.ReadAllText(Fixtures.Path("kubernetes", "kubernetes-openapi.json")))!.AsObject();

    private static JsonObject Definitions => Document["definitions"]!.AsObject();

    /// <summary>
    /// Fields KubernetesClient 21.0.8 has (generated from the v1.37.0 document) that the release-1.36 definitions in
    /// the fixture lack (see its SOURCE.md): the schema rules still report them as unknown. Remove entries when the
    /// fixture moves to v1.37.0; <see cref="Known_gaps_are_still_gaps"/> fails when one is no longer missing.
    /// </summary>
    private static readonly string[] KnownGaps =
    [
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition.observedGeneration",
        "io.k8s.api.batch.v1.JobSpec.scheduling",
        "io.k8s.api.core.v1.ClusterTrustBundleProjection.user",
        "io.k8s.api.core.v1.ConfigMapVolumeSource.defaultUser",
        "io.k8s.api.core.v1.DownwardAPIVolumeFile.user",
        "io.k8s.api.core.v1.DownwardAPIVolumeSource.defaultUser",
        "io.k8s.api.core.v1.EmptyDirVolumeSource.mode",
        "io.k8s.api.core.v1.GRPCAction.mode",
        "io.k8s.api.core.v1.HTTPGetAction.protocol",
        "io.k8s.api.core.v1.KeyToPath.user",
        "io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus.mapping",
        "io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus.overhead",
        "io.k8s.api.core.v1.PersistentVolumeClaimStatus.healthStatus",
        "io.k8s.api.core.v1.PodCertificateProjection.user",
        "io.k8s.api.core.v1.PodSpec.evictionResponders",
        "io.k8s.api.core.v1.PodStatus.volumeHealth",
        "io.k8s.api.core.v1.ProjectedVolumeSource.defaultUser",
        "io.k8s.api.core.v1.SecretVolumeSource.defaultUser",
        "io.k8s.api.core.v1.ServiceAccountTokenProjection.user",
        "io.k8s.api.core.v1.VolumeMount.bindMountOptions",
    ];

    public static TheoryData<string> Roots()
    {
        var data = new TheoryData<string>();
        foreach (var root in Document["roots"]!.AsArray())
        {
            data.Add(root!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_model_property_is_a_field_of_its_definition(string root)
    {
        var model = ModelOf(root);
        var missing = new List<string>();
        var seen = new HashSet<(Type, string)>();
        var checkedProperties = Walk(model, root, model.Name, seen, missing);

        Assert.True(checkedProperties > 0, $"{model.Name} has no JSON properties to check");
        missing.RemoveAll(KnownGaps.Contains);
        Assert.True(missing.Count == 0, $"{model.Name}: fields of k8s.Models the definitions lack: {string.Join(", ", missing.Distinct().Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void Known_gaps_are_still_gaps()
    {
        foreach (var gap in KnownGaps)
        {
            var dot = gap.LastIndexOf('.');
            var fields = Definitions[gap[..dot]]?["properties"]?.AsObject();
            Assert.True(fields is not null, $"{gap[..dot]} is not extracted");
            Assert.False(fields!.ContainsKey(gap[(dot + 1)..]), $"{gap} is in the definitions now: remove it from {nameof(KnownGaps)}");
        }
    }

    [Fact]
    public void Pod_security_context_knows_the_AppArmor_profile()
    {
        // The field that came with Kubernetes 1.30 and Pod Security's baseline asks about.
        var fields = Definitions["io.k8s.api.core.v1.SecurityContext"]!["properties"]!.AsObject();
        Assert.True(fields.ContainsKey("appArmorProfile"));
        Assert.Equal("io.k8s.api.core.v1.AppArmorProfile", Reference(fields["appArmorProfile"]!));
    }

    /// <summary>The model class for a root definition: by its group-version-kind, or by name for kind-less roots.</summary>
    private static Type ModelOf(string root)
    {
        var definition = Definitions[root]!.AsObject();
        var models = typeof(V1Pod).Assembly.GetTypes().Where(t => t.Namespace == "k8s.Models" && t.IsClass).ToList();
        if (definition["x-kubernetes-group-version-kind"] is JsonArray gvks)
        {
            var gvk = gvks[0]!;
            var group = gvk["group"]!.GetValue<string>();
            var version = gvk["version"]!.GetValue<string>();
            var kind = gvk["kind"]!.GetValue<string>();
            return Assert.Single(models, t => t.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity
                && entity.Group == group && entity.ApiVersion == version && entity.Kind == kind);
        }

        // io.k8s.api.core.v1.PodTemplateSpec -> V1PodTemplateSpec
        var parts = root.Split('.');
        var name = char.ToUpperInvariant(parts[^2][0]) + parts[^2][1..] + parts[^1];
        return Assert.Single(models, t => t.Name == name);
    }

    /// <summary>
    /// Checks <paramref name="model"/>'s properties against <paramref name="definitionName"/> and follows each
    /// property into the definition its schema references; returns how many properties it checked.
    /// </summary>
    private static int Walk(Type model, string definitionName, string path, HashSet<(Type, string)> seen, List<string> missing)
    {
        if (!seen.Add((model, definitionName)))
        {
            return 0;
        }

        var fields = Definitions[definitionName]?["properties"]?.AsObject();
        Assert.True(fields is not null, $"{path}: definition {definitionName} is not extracted or has no properties");
        var count = 0;
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name is not { } json)
            {
                continue;
            }

            count++;
            if (fields!.TryGetPropertyValue(json, out var schema) is false || schema is null)
            {
                missing.Add($"{definitionName}.{json}");
                continue;
            }

            var element = ModelElement(property.PropertyType);
            if (element is not null && Reference(schema) is { } target)
            {
                count += Walk(element, target, $"{path}.{json}", seen, missing);
            }
        }

        return count;
    }

    /// <summary>The k8s.Models object class a property holds, directly or as list items or dictionary values.</summary>
    private static Type? ModelElement(Type type)
    {
        if (type.IsGenericType && type.GetGenericArguments() is { Length: > 0 } arguments)
        {
            type = arguments[^1];
        }

        // ResourceQuantity and IntOrString are classes for scalar definitions: they have no JSON properties to follow.
        return type.Namespace == "k8s.Models" && type.IsClass
            && type.GetProperties().Any(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null) ? type : null;
    }

    /// <summary>The definition a field's schema references, itself or through its items or values.</summary>
    private static string? Reference(JsonNode schema)
    {
        var node = schema["$ref"] ?? schema["items"]?["$ref"] ?? schema["additionalProperties"]?["$ref"];
        return node?.GetValue<string>().Split('/')[^1];
    }
}
