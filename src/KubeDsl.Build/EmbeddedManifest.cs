namespace KubeDsl.Build;

/// <summary>One manifest as the generator embedded it in the assembly.</summary>
internal sealed record EmbeddedManifest(string Path, string SourceMember, string Content);
