using KubeDsl.Rules.Spark;
using KubeDsl.TestKit;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The curated key lists are the vendored key table's, key for key and version for version.</summary>
public class SparkKeyListTests
{
    [Theory]
    [InlineData("spark.kubernetes.driver.node.selector.disktype", "3.3.0")]
    [InlineData("spark.kubernetes.driver.node.selector.topology.kubernetes.io/zone", "3.3.0")]
    [InlineData("spark.kubernetes.driver.node.selecter.disktype", null)]
    public void Pattern_keys_give_the_same_answer_when_asked_again(string key, string? since)
    {
        var known = since is not null;
        // The second answer comes from the per-key memo of pattern matches.
        var first = SparkKeys.IsKnown(key, out var firstSince);
        var second = SparkKeys.IsKnown(key, out var secondSince);

        Assert.Equal(known, first);
        Assert.Equal(known, second);
        Assert.Equal(since, firstSince);
        Assert.Equal(since, secondSince);
    }

    [Fact]
    public void Key_list_matches_the_vendored_table()
    {
        var table = File.ReadLines(Fixtures.Path("upstream", "spark", "config-keys.txt"))
            .Where(l => l.StartsWith("spark.kubernetes.", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[3]))
            .ToList();
        Assert.Equal(table, SparkKubernetesKeys.All);
    }

    [Fact]
    public void Core_key_lists_match_the_vendored_table_and_keep_the_docs_only_keys_apart()
    {
        var lines = File.ReadLines(Fixtures.Path("upstream", "spark", "config-keys.txt")).ToList();
        var docsOnlyFrom = lines.FindIndex(l => l.StartsWith("# ----- keys in other core config objects", StringComparison.Ordinal));
        Assert.True(docsOnlyFrom > 0);
        List<(string, string)> Rows(IEnumerable<string> section) => section
            .Where(l => l.StartsWith("spark.", StringComparison.Ordinal) && !l.StartsWith("spark.kubernetes.", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[3]))
            .ToList();
        Assert.Equal(Rows(lines.Take(docsOnlyFrom)), SparkCoreKeys.All);
        Assert.Equal(Rows(lines.Skip(docsOnlyFrom)), SparkCoreKeys.FromDocs);
    }
}
