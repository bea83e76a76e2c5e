using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers;

/// <summary>
/// Maps a finding on a document node to C# locations. The primary location is the closest place inside the
/// [Manifest] member that produced the value: the node's own expression, else where it was assigned
/// (<c>Driver = Common.Driver</c>), else the same for its parents, up to the member itself. When the value was
/// written elsewhere (a shared default, a helper), that place is added as an additional location.
/// </summary>
internal sealed class FindingLocations
{
    private readonly Compilation compilation;
    private readonly SyntaxTree memberTree;
    private readonly TextSpan memberSpan;
    private readonly Location fallback;
    private readonly IEnumerable<DocNode> documents;
    private Dictionary<DocNode, (DocNode? Parent, DocEntry? Entry)>? parents;

    public FindingLocations(Compilation compilation, SyntaxNode member, Location fallback, IEnumerable<DocNode> documents)
    {
        this.compilation = compilation;
        memberTree = member.SyntaxTree;
        memberSpan = member.Span;
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
        var own = ToLocation(finding.KeyOrigin ?? finding.At.Origin);
        if (own is not null && IsInMember(own))
        {
            return (own, []);
        }

        for (var node = finding.At; Parents.TryGetValue(node, out var up);)
        {
            var candidate = ToLocation(up.Entry?.ValueOrigin);
            if (candidate is not null && IsInMember(candidate))
            {
                return (candidate, Extra(own, candidate));
            }

            if (up.Parent is null)
            {
                break;
            }

            candidate = ToLocation(up.Parent.Origin);
            if (candidate is not null && IsInMember(candidate))
            {
                return (candidate, Extra(own, candidate));
            }

            node = up.Parent;
        }

        return (fallback, Extra(own, fallback));
    }

    private static IEnumerable<Location> Extra(Location? own, Location primary) =>
        own is not null && own != primary ? [own] : [];

    private bool IsInMember(Location location) => location.SourceTree == memberTree && memberSpan.Contains(location.SourceSpan);

    private Location? ToLocation(SourceOrigin? origin)
    {
        if (origin is null)
        {
            return null;
        }

        var tree = origin.FilePath == memberTree.FilePath ? memberTree : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == origin.FilePath);
        return tree is null ? null : Location.Create(tree, new TextSpan(origin.Start, origin.Length));
    }

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
