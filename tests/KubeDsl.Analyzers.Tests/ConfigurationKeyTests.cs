using System.Reflection;
using KubeDsl.Flink;
using KubeDsl.Rules.Flink;
using KubeDsl.Rules.Spark;
using KubeDsl.Spark;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// The public key constants (<see cref="SparkConf"/>, <see cref="FlinkOptions"/>) name keys the rules know, and a
/// value under one is judged as under the literal key.
/// </summary>
public class ConfigurationKeyTests
{
    private static List<(string Name, string Key)> Keys(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToList();

    [Fact]
    public void Every_SparkConf_constant_is_a_key_of_the_vendored_Spark_table()
    {
        var keys = Keys(typeof(SparkConf));
        Assert.True(keys.Count >= 40);
        Assert.DoesNotContain(keys, k => !SparkKeys.IsKnown(k.Key, out _));
        Assert.Equal(keys.Count, keys.Select(k => k.Key).Distinct().Count());
    }

    [Fact]
    public void No_FlinkOptions_constant_is_a_deprecated_or_operator_owned_key()
    {
        var keys = Keys(typeof(FlinkOptions));
        Assert.True(keys.Count >= 30);
        Assert.DoesNotContain(keys, k => FlinkDeploymentRule.DeprecatedKeys.ContainsKey(k.Key) || FlinkDeploymentRule.ForbiddenKeys.Contains(k.Key));
        Assert.Equal(keys.Count, keys.Select(k => k.Key).Distinct().Count());
    }

    [Fact]
    public Task A_Spark_memory_set_through_a_constant_key_is_judged_at_its_value() => Verify.Analyzer(
        SparkRuleTests.App("""
            SparkConf = new Dictionary<string, string>
            {
                [SparkConf.ExecutorPySparkMemory] = {|#0:"2Gi"|},
                [SparkConf.DynamicAllocationShuffleTrackingEnabled] = "true",
            },
            """),
        Verify.Diagnostic("KD2001", 0, "sparkConf spark.executor.pyspark.memory '2Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '2g'"));
}
