using System;

namespace KubeDsl;

/// <summary>
/// Marks a static property, field or method whose value is written to a YAML manifest at build time.
/// The member may return one resource (a Spark or Flink model, or a <c>k8s.Models</c> object) or a collection
/// of resources, which become documents of one file separated by <c>---</c>.
/// </summary>
/// <example>
/// <code>
/// [Manifest("spark/spark-pi.yaml")]
/// public static SparkApplication SparkPi => new() { ... };
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ManifestAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">
    /// The file to write, relative to the manifests folder (<c>KubeDslOutputPath</c>, by default
    /// <c>manifests/</c> next to the project), with forward slashes, ending in <c>.yaml</c> or <c>.yml</c>.
    /// </param>
    public ManifestAttribute(string path) => Path = path;

    /// <summary>The file to write, relative to the manifests folder.</summary>
    public string Path { get; }
}
