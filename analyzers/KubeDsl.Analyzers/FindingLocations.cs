using System.Collections.Generic;
using System.Linq;
using KubeDsl.Analyzers.Caching;
using KubeDsl.Documents;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Analyzers;

/// <summary>
/// Maps a finding on a document node to C# locations. The primary location is the closest place inside the
/// [Manifest] member that produced the value: the node's own expression, else where it was assigned
/// (<c>Driver = Common.Driver</c>), else the same for its parents, up to the member itself. When the value was
/// written elsewhere (a shared default, a helper), that place is added as an additional location. It works on the
/// origins recorded at evaluation and asks the member's <see cref="SourceRegions"/> where they are now, so the same
/// documents place findings right in a later compilation.
/// </summary>
internal sealed class FindingLocations
{
    private readonly SourceRegions regions;
    private readonly SourceOrigin member;
    private readonly SourceOrigin fallback;
    private readonly IEnumerable<DocNode> documents;
    private Dictionary<DocNode, (DocNode? Parent, DocEntry? Entry)>? parents;

    public FindingLocations(SourceRegions regions, SourceOrigin member, SourceOrigin fallback, IEnumerable<DocNode> documents)
    {
        this.regions = regions;
        this.member = member;
        this.fallback = fallback;
        this.documents = documents;
    }

    // Each node's parent, indexed on the first finding: most members have none, and indexing every node of every
    // definition was a sixth of the analyzer's time.
    private Dictionary<DocNode, (DocNode? Parent, DocEntry? Entry)> Parents
    {
        get
        {
            if (parents is null)
            {
                parents = new Dictionary<DocNode, (DocNode? Parent, DocEntry? Entry)>(DocNodeIdentity.Instance);
                foreach (var document in documents)
                {
                    Index(document, null, null);
                }
            }

            return parents;
        }
    }

    public (Location Primary, IEnumerable<Location> Additional) For(RuleFinding finding)
    {
        var own = finding.KeyOrigin ?? finding.At.Origin;
        if (own is not null && IsInMember(own))
        {
            return (Locate(own), []);
        }

        for (var node = finding.At; Parents.TryGetValue(node, out var up);)
        {
            var candidate = up.Entry?.ValueOrigin;
            if (candidate is not null && IsInMember(candidate))
            {
                return (Locate(candidate), Extra(own, candidate));
            }

            if (up.Parent is null)
            {
                break;
            }

            candidate = up.Parent.Origin;
            if (candidate is not null && IsInMember(candidate))
            {
                return (Locate(candidate), Extra(own, candidate));
            }

            node = up.Parent;
        }

        return (Locate(fallback), Extra(own, fallback));
    }

    private IEnumerable<Location> Extra(SourceOrigin? own, SourceOrigin primary) =>
        own is not null && own != primary && regions.Locate(own) is { } extra ? [extra] : [];

    private bool IsInMember(SourceOrigin origin) =>
        origin.FilePath == member.FilePath && member.Start <= origin.Start && origin.Start + origin.Length <= member.Start + member.Length;

    // The member's declaration is one of its regions, so what lies inside it is always found.
    private Location Locate(SourceOrigin origin) => regions.Locate(origin) ?? Location.None;

    private void Index(DocNode node, DocNode? parent, DocEntry? entry)
    {
        if (!parents!.ContainsKey(node))
        {
            parents[node] = (parent, entry);
        }

        switch (node)
        {
            case DocMapping mapping:
                foreach (var child in mapping.Entries)
                {
                    Index(child.Value, mapping, child);
                }

                break;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Index(item, sequence, null);
                }

                break;
        }
    }
}
