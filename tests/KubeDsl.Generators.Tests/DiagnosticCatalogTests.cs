using System.Reflection;
using KubeDsl.Evaluation;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests;

/// <summary>Every diagnostic has a docs page and every page a diagnostic; ids are unique.</summary>
public class DiagnosticCatalogTests
{
    // Reported by the MSBuild task, which has no Roslyn descriptors.
    private static readonly string[] BuildTaskIds = ["KD0008", "KD0009", "KD0011", "KD0012", "KD0014"];

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
    public void Retired_ids_have_pages_naming_their_replacements()
    {
        foreach (var (id, _, replacedBy) in KubeDsl.Rules.InputRules.Retired)
        {
            var page = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "rules", id + ".md"));
            Assert.Contains("**Retired**", page, StringComparison.Ordinal);
            foreach (var replacement in replacedBy.Split(", "))
            {
                Assert.Contains("[" + replacement + "](" + replacement + ".md)", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_id_has_a_page_and_every_page_an_id()
    {
        var pages = Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "docs", "rules"), "KD*.md").Select(p => Path.GetFileNameWithoutExtension(p)!).Order().ToList();
        var ids = Descriptors().Select(d => d.Id).Concat(BuildTaskIds).Concat(KubeDsl.Rules.RuleCatalog.Descriptors.Select(d => d.Id)).Concat(KubeDsl.Rules.InputRules.All.Select(d => d.Id)).Concat(KubeDsl.Rules.InputRules.Retired.Select(r => r.Id)).Concat(KubeDsl.CustomResources.CrdImportRules.All.Select(d => d.Id)).Order().ToList();
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
            .Order(StringComparer.Ordinal)
            .ToList();
        // Advice that is off until a project turns it on shows "off". The CRD import's ids have a table of their own.
        var expected = KubeDsl.Rules.RuleCatalog.Descriptors.Concat(KubeDsl.CustomResources.CrdImportRules.All)
            .Select(r => r.Id + " " + (r.EnabledByDefault ? r.Severity.ToString().ToLowerInvariant() : "off")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    /// <summary>
    /// The analyzers' and the command line's release files list every rule id they report, in the format of Roslyn's
    /// release tracking (AnalyzerReleases.Unshipped.md). Their descriptors are made from the catalogue at run time,
    /// where the release-tracking analyzer cannot see them, so this test keeps the files true instead:
    /// <c>KUBEDSL_ACCEPT=1 dotnet test</c> rewrites them after a rule is added.
    /// </summary>
    [Theory]
    [InlineData("analyzers/KubeDsl.Analyzers/AnalyzerReleases.Unshipped.md", "RuleCatalog")]
    [InlineData("src/KubeDsl.Cli/AnalyzerReleases.Unshipped.md", "InputRules")]
    public void Release_files_list_every_rule(string file, string catalogue)
    {
        var rules = catalogue == "RuleCatalog" ? KubeDsl.Rules.RuleCatalog.Descriptors : KubeDsl.Rules.InputRules.All;
        var text = new System.Text.StringBuilder()
            .Append("; Unshipped analyzer release\n")
            .Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n")
            .Append("; Kept equal to ").Append(catalogue).Append(" by DiagnosticCatalogTests.Release_files_list_every_rule.\n\n")
            .Append("### New Rules\n\n")
            .Append("Rule ID | Category | Severity | Notes\n")
            .Append("--------|----------|----------|-------\n");
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var severity = rule.EnabledByDefault ? rule.Severity.ToString() : "Disabled";
            text.Append(rule.Id).Append(" | ").Append(rule.Category).Append(" | ").Append(severity).Append(" | ").Append(rule.Title.Replace("|", "/", StringComparison.Ordinal)).Append('\n');
        }

        if (catalogue == "InputRules")
        {
            text.Append("\n### Removed Rules\n\n")
                .Append("Rule ID | Category | Severity | Notes\n")
                .Append("--------|----------|----------|-------\n");
            foreach (var (id, title, replacedBy) in KubeDsl.Rules.InputRules.Retired)
            {
                text.Append(id).Append(" | ").Append(KubeDsl.Rules.InputRules.Category).Append(" | Error | ").Append(title).Append(", replaced by ").Append(replacedBy).Append('\n');
            }
        }

        Golden.AssertMatches(Path.Combine(Fixtures.RepoRoot, file), text.ToString());
    }
}
