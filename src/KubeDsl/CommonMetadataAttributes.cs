using System;

namespace KubeDsl;

/// <summary>
/// Adds a label to every resource the project's [Manifest] members write (a resource's own label of the same key
/// wins): <c>[assembly: CommonLabel("app.kubernetes.io/managed-by", "kubedsl")]</c>,
/// <c>[assembly: CommonLabel("team", "data-platform")]</c>. Files a tool reads (pod templates, spark-submit
/// properties) are left as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CommonLabelAttribute : Attribute
{
    /// <summary>Declares the label <paramref name="key"/>=<paramref name="value"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The label value.</param>
    public CommonLabelAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The label key.</summary>
    public string Key { get; }

    /// <summary>The label value.</summary>
    public string Value { get; }
}

/// <summary>
/// Adds an annotation to every resource the project's [Manifest] members write (a resource's own annotation of
/// the same key wins): <c>[assembly: CommonAnnotation("example.com/repository", "github.com/acme/data-jobs")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CommonAnnotationAttribute : Attribute
{
    /// <summary>Declares the annotation <paramref name="key"/>=<paramref name="value"/>.</summary>
    /// <param name="key">The annotation key.</param>
    /// <param name="value">The annotation value.</param>
    public CommonAnnotationAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The annotation key.</summary>
    public string Key { get; }

    /// <summary>The annotation value.</summary>
    public string Value { get; }
}

/// <summary>
/// The namespace of every namespaced resource the project's [Manifest] members write without one:
/// <c>[assembly: DefaultNamespace("data")]</c>, or on a class for the members inside it (the nearest class that
/// declares one wins over the assembly). A resource's own namespace wins; cluster-scoped kinds (ClusterRole,
/// Namespace, StorageClass, ...) get none. The rules see resources with it, as the cluster would.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class DefaultNamespaceAttribute : Attribute
{
    /// <summary>Declares <paramref name="namespace"/> as the default namespace.</summary>
    /// <param name="namespace">The namespace, a DNS label such as <c>data</c>.</param>
    public DefaultNamespaceAttribute(string @namespace) => Namespace = @namespace;

    /// <summary>The namespace.</summary>
    public string Namespace { get; }
}
