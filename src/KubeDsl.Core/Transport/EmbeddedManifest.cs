namespace KubeDsl.Documents;

/// <summary>One generated file as the generator hands it to the build task.</summary>
internal sealed record EmbeddedManifest(string Path, string SourceMember, string Content)
{
    /// <summary>False for a file a tool reads (pod template, properties) rather than a resource to apply.</summary>
    public bool IsResource { get; init; } = true;
}
