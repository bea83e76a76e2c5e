using KubeDsl.Documents;
using System.Linq;
using KubeDsl.Evaluation;

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
    /// <summary>Set when the member reads values files it was not given: it is evaluated again with them.</summary>
    public ValuesRequest? Values { get; init; }

    /// <summary>
    /// The spec with the DAG files of Airflow release <paramref name="target"/> only (the generator writes one per
    /// release, so the property can change without evaluating again); itself when it has no DAG file.
    /// </summary>
    public ManifestSpec ForAirflow(string target)
    {
        if (!Files.Any(f => f.AirflowTarget is not null))
        {
            return this;
        }

        var kept = Files.Where(f => f.AirflowTarget is null || f.AirflowTarget == target).Select(f => f with { AirflowTarget = null }).ToArray();
        return this with { Files = new EquatableArray<ManifestFile>(kept) };
    }

    /// <summary>The part the bundle is written from: no locations, so moving code around keeps it equal.</summary>
    public ManifestContent Content => new(Path, SourceMember, Files);

    /// <summary>The part the output plan judges: which paths and objects the member claims, without the YAML.</summary>
    public ManifestClaim Claim
    {
        get
        {
            var claims = new ManifestFileClaim[Files.Count];
            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = new ManifestFileClaim(Files[i].Path, Files[i].Environment, Files[i].Resources);
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

/// <summary>One file's path, the environment whose folder it goes under (if any), and the objects it holds.</summary>
internal sealed record ManifestFileClaim(string Path, string? Environment, EquatableArray<ResourceKey> Resources);

/// <summary>The diagnostics of one member and where its attribute is, for the problems the plan finds.</summary>
internal sealed record MemberDiagnostics(LocationInfo? AttributeLocation, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A member to evaluate again, by its documentation id, with the values files at <paramref name="Paths"/>.</summary>
internal sealed record ValuesRequest(string MemberId, EquatableArray<string> Paths);

/// <summary>
/// A values request with the files it asked for, and the paths of every values file of the project (so a path
/// that is not among them is reported as missing). Equal while those files' texts and the set of paths stay, so
/// an edit of another values file leaves the member cached.
/// </summary>
internal sealed record ValuesInput(ValuesRequest Request, EquatableArray<ValuesFileText> Given, EquatableArray<string> Known)
{
    /// <summary>The request with the files it names, or with every file when it names more than one.</summary>
    /// <remarks>
    /// A member reading several files learns of them one at a time; rather than a step per file, the second round
    /// gives it all of them, so it is evaluated again when any values file changes.
    /// </remarks>
    public static ValuesInput Pick(ValuesRequest request, System.Collections.Immutable.ImmutableArray<ValuesFileText> files, bool all)
    {
        var given = new System.Collections.Generic.List<ValuesFileText>();
        var known = new System.Collections.Generic.List<string>();
        foreach (var file in files)
        {
            known.Add(file.Path);
            if (all || request.Paths.Contains(file.Path))
            {
                given.Add(file);
            }
        }

        known.Sort(System.StringComparer.Ordinal);
        return new ValuesInput(request, new EquatableArray<ValuesFileText>(given), new EquatableArray<string>(known));
    }
}
