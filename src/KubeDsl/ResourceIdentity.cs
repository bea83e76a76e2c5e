using System;
using System.Reflection;
using k8s;
using k8s.Models;

namespace KubeDsl;

/// <summary>
/// The apiVersion and kind of a KubeDsl model, read from its [KubernetesEntity] attribute so they are stated once.
/// KubeDsl models implement <see cref="IKubernetesObject{TMetadata}"/> with these, so a multi-document file can be a
/// <c>List&lt;IKubernetesObject&lt;V1ObjectMeta&gt;&gt;</c> of KubeDsl models and <c>k8s.Models</c> resources alike.
/// </summary>
internal sealed class ResourceIdentity
{
    private ResourceIdentity(string apiVersion, string kind)
    {
        ApiVersion = apiVersion;
        Kind = kind;
    }

    public string ApiVersion { get; }

    public string Kind { get; }

    public static ResourceIdentity Of<T>()
    {
        var entity = typeof(T).GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException(typeof(T).Name + " has no [KubernetesEntity] attribute.");
        return new ResourceIdentity(entity.Group + "/" + entity.ApiVersion, entity.Kind);
    }

    /// <summary>What the interface setters throw: the models are records, changed by copying.</summary>
    public static NotSupportedException Immutable(string type, string member) =>
        new(type + " is immutable: " + member + " cannot be set through IKubernetesObject; make a copy with 'with { ... }' instead.");
}
