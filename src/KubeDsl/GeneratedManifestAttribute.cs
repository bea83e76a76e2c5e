using System;
using System.ComponentModel;

namespace KubeDsl;

/// <summary>
/// Carries one generated manifest inside the compiled assembly, where the KubeDsl build task reads it and
/// writes the file. Emitted by the KubeDsl source generator; not meant to be written by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GeneratedManifestAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The file path relative to the manifests folder.</param>
    /// <param name="sourceMember">The C# member that defines the manifest, for messages.</param>
    /// <param name="content">The YAML text, header included.</param>
    public GeneratedManifestAttribute(string path, string sourceMember, string content)
    {
        Path = path;
        SourceMember = sourceMember;
        Content = content;
    }

    /// <summary>The file path relative to the manifests folder.</summary>
    public string Path { get; }

    /// <summary>The C# member that defines the manifest.</summary>
    public string SourceMember { get; }

    /// <summary>The YAML text, header included.</summary>
    public string Content { get; }

    /// <summary>
    /// False for a file that a tool reads rather than a resource to apply (a pod template, a spark-submit
    /// properties file); a generated kustomization.yaml leaves such files out.
    /// </summary>
    public bool IsResource { get; set; } = true;
}
