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
