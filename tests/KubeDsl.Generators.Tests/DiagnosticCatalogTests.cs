using System.Reflection;
using KubeDsl.Evaluation;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests;

/// <summary>Every diagnostic has a docs page and every page a diagnostic; ids are unique.</summary>
public class DiagnosticCatalogTests
{
    // Reported by the MSBuild task, which has no Roslyn descriptors.
    private static readonly string[] BuildTaskIds = ["KD0008", "KD0009", "KD0011", "KD0012"];

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Ids_are_unique_and_link_to_their_page()
    {
        var descriptors = Descriptors().ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLinkUri));
    }

    [Fact]
    public void Every_id_has_a_page_and_every_page_an_id()
    {
        var pages = Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "docs", "rules"), "KD*.md").Select(p => Path.GetFileNameWithoutExtension(p)!).Order().ToList();
        var ids = Descriptors().Select(d => d.Id).Concat(BuildTaskIds).Concat(KubeDsl.Rules.RuleCatalog.Descriptors.Select(d => d.Id)).Concat(KubeDsl.Rules.InputRules.All.Select(d => d.Id)).Order().ToList();
        Assert.Equal(ids, pages);
    }

    [Fact]
    public void Rule_ids_are_unique_follow_the_area_prefixes_and_their_pages_name_id_and_severity()
    {
        var rules = KubeDsl.Rules.RuleCatalog.Descriptors;
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(rules, r => Descriptors().Any(d => d.Id == r.Id));
        foreach (var rule in rules)
        {
            var expectedCategory = rule.Id[2] switch { '1' => "KubeDsl.Kubernetes", '2' => "KubeDsl.Spark", '3' => "KubeDsl.Flink", '4' => "KubeDsl.Airflow", '6' => "KubeDsl.Security", _ => "KubeDsl.References" };
            Assert.Equal(expectedCategory, rule.Category);
            var page = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "rules", rule.Id + ".md"));
            Assert.StartsWith("# " + rule.Id + ": " + rule.Title + "\n", page, StringComparison.Ordinal);
            // Advice a project turns on says so after its severity.
            Assert.Contains("**Severity:** " + rule.Severity.ToString().ToLowerInvariant() + (rule.EnabledByDefault ? string.Empty : ", off by default") + " · **Category:** " + rule.Category, page, StringComparison.Ordinal);
            Assert.Contains("## Example", page, StringComparison.Ordinal);
            Assert.Contains("## Fix", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_rule_table_lists_every_rule_with_its_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(Fixtures.RepoRoot, "README.md"))
            .Where(l => l.StartsWith("| KD", StringComparison.Ordinal) && l[4] != '0')
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => cells[1] + " " + cells[2])
            .ToList();
        // Advice that is off until a project turns it on shows "off".
        var expected = KubeDsl.Rules.RuleCatalog.Descriptors.Select(r => r.Id + " " + (r.EnabledByDefault ? r.Severity.ToString().ToLowerInvariant() : "off")).ToList();
        Assert.Equal(expected, rows);
    }
}
