using KubeDsl.Documents;

namespace KubeDsl.Rules.References;

/// <summary>What an inventory file should not hold (KD5006): the values of a Secret, where only its keys matter.</summary>
internal static class InventorySecrets
{
    /// <summary>The first non-empty value of a v1 Secret's data or stringData: what the inventory should not hold.</summary>
    public static (string Secret, string Key, SourceOrigin Origin)? Value(DocMapping resource)
    {
        if (Doc.Text(resource["kind"]) != "Secret" || Doc.Text(resource["apiVersion"]) != "v1")
        {
            return null;
        }

        foreach (var field in new[] { "data", "stringData" })
        {
            foreach (var entry in (resource[field] as DocMapping)?.Entries ?? [])
            {
                if (Doc.Text(entry.Value) is { Length: > 0 } && entry.Value.Origin is { Length: > 0 } origin)
                {
                    return (Doc.Text(Doc.At(resource, "metadata", "name")) ?? "(unnamed)", entry.Key, origin);
                }
            }
        }

        return null;
    }
}
