using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>
/// Compares document nodes by reference. Nodes are records with value equality, but a finding is about one node
/// object of one tree: two equal scalars at different places are different places.
/// </summary>
internal sealed class DocNodeIdentity : IEqualityComparer<DocNode>
{
    public static readonly DocNodeIdentity Instance = new();

    private DocNodeIdentity()
    {
    }

    public bool Equals(DocNode? x, DocNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(DocNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
