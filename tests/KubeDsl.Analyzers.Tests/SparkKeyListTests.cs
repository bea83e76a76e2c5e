using KubeDsl.Rules.Spark;
using KubeDsl.TestKit;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The curated spark.kubernetes.* key list is the vendored key table's, key for key and version for version.</summary>
public class SparkKeyListTests
{
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
}
