using KubeDsl.Documents;

namespace KubeDsl.Generators.Model;

/// <summary>
/// What the pipeline knows about one [Manifest] member after evaluation: the path of its attribute, the files it
/// writes (empty when evaluation failed; several for a SparkSubmit or a path with placeholders) and the
/// diagnostics. The later steps each take the part they need, so a change of one part reruns only its steps.
/// </summary>
internal sealed record ManifestSpec(
    string Path,
    string SourceMember,
    LocationInfo? AttributeLocation,
    EquatableArray<ManifestFile> Files,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The part the bundle is written from: no locations, so moving code around keeps it equal.</summary>
    public ManifestContent Content => new(Path, SourceMember, Files);

    /// <summary>The part the output plan judges: which paths the member claims, without the YAML.</summary>
    public ManifestClaim Claim
    {
        get
        {
            var claims = new ManifestFileClaim[Files.Count];
            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = new ManifestFileClaim(Files[i].Path, Files[i].Environment);
            }

            return new ManifestClaim(Path, SourceMember, new EquatableArray<ManifestFileClaim>(claims));
        }
    }

    /// <summary>The part the diagnostics are reported from.</summary>
    public MemberDiagnostics Reports => new(AttributeLocation, Diagnostics);
}

/// <summary>The files of one member as the bundle needs them.</summary>
internal sealed record ManifestContent(string Path, string SourceMember, EquatableArray<ManifestFile> Files);

/// <summary>The paths one member claims: its attribute's path and each file's path and environment.</summary>
internal sealed record ManifestClaim(string Path, string SourceMember, EquatableArray<ManifestFileClaim> Files);

/// <summary>One file's path and the environment whose folder it goes under, if any.</summary>
internal sealed record ManifestFileClaim(string Path, string? Environment);

/// <summary>The diagnostics of one member and where its attribute is, for the problems the plan finds.</summary>
internal sealed record MemberDiagnostics(LocationInfo? AttributeLocation, EquatableArray<DiagnosticInfo> Diagnostics);
