namespace KubeDsl.Build;

/// <summary>One manifest as the generator embedded it in the assembly.</summary>
internal sealed record EmbeddedManifest(string Path, string SourceMember, string Content)
{
    /// <summary>False for a file a tool reads (pod template, properties) rather than a resource to apply.</summary>
    public bool IsResource { get; init; } = true;
}
