using KubeDsl.Documents;
using KubeDsl.Rules;
using KubeDsl.Yaml;

namespace KubeDsl.TestKit;

/// <summary>A rule finding as a test states it: the id, where in its resource (a path such as <c>spec.driver.memory</c>), and the message.</summary>
/// <param name="Resource">The resource the finding is on, as <c>Kind/name</c>.</param>
public sealed record RuleHit(string Id, string Resource, string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Id + " " + Resource + " " + Path + ": " + Message;
}

/// <summary>
/// Runs the rule catalogue on document trees read from YAML, without a compiler: what <c>kubedsl validate</c> does
/// after its schema checks (<see cref="YamlResources"/> for the trees, <see cref="RuleCatalog.Check"/> per
/// resource, then <see cref="RuleCatalog.CheckAcross"/> over all of them), so a rule test takes milliseconds.
/// </summary>
internal static class RuleTrees
{
    /// <summary>Every finding on the resources of <paramref name="yaml"/> (documents separated by <c>---</c>), in the order the rules report them.</summary>
    public static IReadOnlyList<RuleHit> Check(string yaml, RuleSettings? settings = null)
    {
        var read = YamlResources.Read(yaml, "test.yaml");
        if (read.Error is not null)
        {
            throw new ArgumentException($"the YAML does not read ({read.Line}:{read.Column}): {read.Error}", nameof(yaml));
        }

        return Findings(read.Resources, settings).Select(f => Hit(f.Resource, f.Finding)).ToList();
    }

    /// <summary>The findings on <paramref name="resources"/>, each with its resource: every rule per resource, then the rules across them.</summary>
    public static List<(DocMapping Resource, RuleFinding Finding)> Findings(IEnumerable<DocMapping> resources, RuleSettings? settings = null)
    {
        var contexts = new List<(ResourceContext Context, List<RuleFinding> Findings)>();
        foreach (var resource in resources)
        {
            var findings = RuleCatalog.Check(resource, settings);
            contexts.Add((new ResourceContext(resource, findings, settings), findings));
        }

        RuleCatalog.CheckAcross(contexts.Select(c => c.Context).ToList(), []);
        return contexts.SelectMany(c => c.Findings.Select(f => (c.Context.Resource, f))).ToList();
    }

    /// <summary>The findings of <paramref name="id"/> only.</summary>
    public static IReadOnlyList<RuleHit> Check(string id, string yaml, RuleSettings? settings = null) =>
        Check(yaml, settings).Where(h => h.Id == id).ToList();

    private static RuleHit Hit(DocMapping resource, RuleFinding finding) =>
        new(finding.Descriptor.Id, Doc.Text(resource["kind"]) + "/" + Doc.Text(Doc.At(resource, "metadata", "name")), PathOf(resource, finding.At) ?? "?", finding.Message);

    /// <summary>The path from <paramref name="root"/> to <paramref name="node"/> (the same object), or null when it is not in the tree.</summary>
    public static string? PathOf(DocNode root, DocNode node)
    {
        if (ReferenceEquals(root, node))
        {
            return "";
        }

        switch (root)
        {
            case DocMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (PathOf(entry.Value, node) is { } below)
                    {
                        var key = entry.Key.Contains('.', StringComparison.Ordinal) ? "[" + entry.Key + "]" : entry.Key;
                        return below.Length == 0 ? key : below.StartsWith('[') ? key + below : key + "." + below;
                    }
                }

                break;
            case DocSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (PathOf(sequence.Items[i], node) is { } below)
                    {
                        var index = "[" + i + "]";
                        return below.Length == 0 ? index : below.StartsWith('[') ? index + below : index + "." + below;
                    }
                }

                break;
        }

        return null;
    }
}
