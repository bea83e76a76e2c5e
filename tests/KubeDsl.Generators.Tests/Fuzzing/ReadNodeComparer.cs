namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>Structural equality of read trees (records compare their lists by reference).</summary>
public sealed class ReadNodeComparer : IEqualityComparer<ReadNode>
{
    public bool Equals(ReadNode? x, ReadNode? y) => (x, y) switch
    {
        (ReadScalar a, ReadScalar b) => a == b,
        (ReadSeq a, ReadSeq b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equals(p.First, p.Second)),
        (ReadMap a, ReadMap b) => a.Entries.Count == b.Entries.Count && a.Entries.Zip(b.Entries).All(p => Equals(p.First.Key, p.Second.Key) && Equals(p.First.Value, p.Second.Value)),
        _ => false,
    };

    public int GetHashCode(ReadNode obj) => obj.GetType().GetHashCode();
}
