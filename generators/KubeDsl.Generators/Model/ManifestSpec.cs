using KubeDsl.Documents;

namespace KubeDsl.Generators.Model;

/// <summary>
/// What the pipeline knows about one [Manifest] member after evaluation: the file it writes, the YAML (null when
/// evaluation failed) and the diagnostics. Plain equatable data, so unchanged members are cached.
/// </summary>
internal sealed record ManifestSpec(
    string Path,
    string SourceMember,
    LocationInfo? AttributeLocation,
    string? Yaml,
    EquatableArray<DiagnosticInfo> Diagnostics);
