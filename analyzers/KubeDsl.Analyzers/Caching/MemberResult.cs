using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Rules;

namespace KubeDsl.Analyzers.Caching;

/// <summary>
/// What the analyzer made of one [Manifest] member, free of the compilation: its variants' documents and the
/// findings to report, with the source regions they came from. Reporting it in a later compilation places each
/// finding where its regions are now (<see cref="FindingLocations"/>).
/// </summary>
internal sealed class MemberResult
{
    public MemberResult(SourceRegions regions, SourceOrigin member, SourceOrigin fallback, IReadOnlyList<MemberVariant> variants, IReadOnlyList<MemberReport> reports)
    {
        Regions = regions;
        Member = member;
        Fallback = fallback;
        Variants = variants;
        Reports = reports;
    }

    /// <summary>The source the member's evaluation read, the member's declaration among it.</summary>
    public SourceRegions Regions { get; }

    /// <summary>The member's declaration, as read.</summary>
    public SourceOrigin Member { get; }

    /// <summary>Where a finding goes when nothing inside the member made the value.</summary>
    public SourceOrigin Fallback { get; }

    /// <summary>The variants evaluated (all, or those before one that failed), for the cross-resource rules.</summary>
    public IReadOnlyList<MemberVariant> Variants { get; }

    /// <summary>The member's own findings, grouped across environments.</summary>
    public IReadOnlyList<MemberReport> Reports { get; }

    /// <summary>The same result in the next compilation; null when an edit touched what it was read from.</summary>
    public MemberResult? MovedTo(TreeVersions versions) =>
        Regions.MovedTo(versions) is { } moved ? new MemberResult(moved, Member, Fallback, Variants, Reports) : null;

    /// <summary>Places findings on the variant's documents in the compilation the regions are now in.</summary>
    public FindingLocations LocationsOf(MemberVariant variant) => new(Regions, Member, Fallback, variant.Documents);
}

/// <summary>One environment variant's documents and the resources among them.</summary>
internal sealed record MemberVariant(string? Environment, IReadOnlyList<DocNode> Documents, IReadOnlyList<DocMapping> Resources);

/// <summary>One finding of the member, found in <paramref name="Variant"/> (an index), for these environments.</summary>
internal sealed record MemberReport(RuleFinding Finding, int Variant, IReadOnlyList<string> Environments);
