using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Caching;

/// <summary>
/// The spans of source one member's evaluation read (<see cref="SourceReads"/>), each with where it was when read
/// and where it is in the current compilation. Document origins are positions at evaluation time; a region that
/// holds one says where it is now, so a result kept across edits still reports at the right place.
/// </summary>
internal sealed class SourceRegions
{
    private readonly Region[] regions;

    private SourceRegions(Region[] regions) => this.regions = regions;

    /// <summary>The regions of freshly read spans, where they are now; spans inside another span are left out.</summary>
    public static SourceRegions Of(IReadOnlyList<SourceSpan> spans)
    {
        // Sorted by file, then start, longest first: a span inside the last one kept is covered by it.
        var sorted = new SourceSpan[spans.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = spans[i];
        }

        System.Array.Sort(sorted, ReadingOrder.Instance);
        var kept = new List<Region>();
        SyntaxTree? tree = null;
        var end = -1;
        foreach (var span in sorted)
        {
            if (span.Tree == tree && span.Span.End <= end)
            {
                continue;
            }

            kept.Add(new Region(span.Tree.FilePath, span.Span.Start, span.Span.Length, span.Tree, span.Span.Start));
            tree = span.Tree;
            end = span.Span.End;
        }

        return new SourceRegions(kept.ToArray());
    }

    /// <summary>Every region moved to the next compilation; null when an edit touched one of them.</summary>
    public SourceRegions? MovedTo(TreeVersions versions)
    {
        var moved = new Region[regions.Length];
        for (var i = 0; i < regions.Length; i++)
        {
            var region = regions[i];
            if (!versions.TryMove(region.Tree, new TextSpan(region.Start, region.Length), out var tree, out var start))
            {
                return null;
            }

            moved[i] = region with { Tree = tree, Start = start };
        }

        return new SourceRegions(moved);
    }

    /// <summary>Where an origin recorded at evaluation is now; null when no region holds it.</summary>
    public Location? Locate(SourceOrigin origin)
    {
        foreach (var region in regions)
        {
            if (region.Path == origin.FilePath && region.OriginalStart <= origin.Start && origin.Start + origin.Length <= region.OriginalStart + region.Length)
            {
                return Location.Create(region.Tree, new TextSpan(origin.Start - region.OriginalStart + region.Start, origin.Length));
            }
        }

        return null;
    }

    private sealed class ReadingOrder : IComparer<SourceSpan>
    {
        public static readonly ReadingOrder Instance = new();

        public int Compare(SourceSpan x, SourceSpan y)
        {
            var byFile = ReferenceEquals(x.Tree, y.Tree) ? 0 : string.CompareOrdinal(x.Tree.FilePath, y.Tree.FilePath);
            if (byFile != 0)
            {
                return byFile;
            }

            // Two trees with one path (not in a usable compilation) still sort apart, so neither covers the other.
            if (!ReferenceEquals(x.Tree, y.Tree))
            {
                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(x.Tree).CompareTo(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(y.Tree));
            }

            return x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length);
        }
    }

    private readonly record struct Region(string Path, int OriginalStart, int Length, SyntaxTree Tree, int Start);
}
