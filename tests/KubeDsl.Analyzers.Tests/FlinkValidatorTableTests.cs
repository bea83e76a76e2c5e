using KubeDsl.Rules;
using KubeDsl.TestKit;

namespace KubeDsl.Analyzers.Tests;

/// <summary>docs/flink-validator.md lists every upstream validator rule once, with a KubeDsl id that exists or a reason.</summary>
public class FlinkValidatorTableTests
{
    private static readonly string[] UpstreamRules =
    [
        "V01", "V02", "V03", "V04", "V05", "V06a", "V06b", "V07", "V08", "V09", "V10", "V11a", "V11b", "V11c", "V11d",
        "V12a", "V12b", "V13", "V14", "V14r", "V15a", "V15b", "V16", "V17", "V18a", "V18b", "V18c", "V18d", "V19", "V20",
        "V21", "V22", "S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "P01", "P02", "P03", "D01", "D02", "D03",
    ];

    [Fact]
    public void Table_maps_every_upstream_rule_to_a_rule_or_a_reason()
    {
        var rows = File.ReadLines(Path.Combine(Fixtures.RepoRoot, "docs", "flink-validator.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| upstream", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            // The rule table; the page's later tables (the ported test cases) name upstream test methods instead.
            .Where(c => System.Text.RegularExpressions.Regex.IsMatch(c[1], "^[VSPD][0-9]{2}[a-z]*$"))
            .ToDictionary(c => c[1], c => c[3]);
        Assert.Equal(UpstreamRules.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));

        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();
        foreach (var (rule, covered) in rows)
        {
            var named = System.Text.RegularExpressions.Regex.Matches(covered, "KD[0-9]{4}").Select(m => m.Value).ToList();
            Assert.True(named.Count > 0 || covered.StartsWith("not", StringComparison.Ordinal), rule + ": " + covered);
            Assert.All(named, id => Assert.Contains(id, ids));
        }
    }
}
