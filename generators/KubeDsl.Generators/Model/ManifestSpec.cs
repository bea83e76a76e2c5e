using KubeDsl.Documents;

namespace KubeDsl.Generators.Model;

/// <summary>
/// What the pipeline knows about one [Manifest] member after evaluation: the path of its attribute, the files it
/// writes (empty when evaluation failed; several for a SparkSubmit) and the diagnostics. Plain equatable data, so
/// unchanged members are cached.
/// </summary>
internal sealed record ManifestSpec(
    string Path,
    string SourceMember,
    LocationInfo? AttributeLocation,
    EquatableArray<ManifestFile> Files,
    EquatableArray<DiagnosticInfo> Diagnostics);
