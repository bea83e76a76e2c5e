using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>One sample manifest: the C# member, the file the build writes, and the upstream example it mirrors.</summary>
public sealed record SampleManifest(string Project, string File, string SourceMember, Func<object> Value, string? UpstreamExample)
{
    public string ManifestPath => Path.Combine(Fixtures.RepoRoot, "samples", Project, "manifests", File);

    public override string ToString() => Project + "/" + File;
}

/// <summary>Every sample manifest; a test checks this list matches the files on disk.</summary>
public static class SampleCatalog
{
    public static readonly IReadOnlyList<SampleManifest> All =
    [
        new("Spark", "spark-pi.yaml", "Samples.Spark.SparkPi.Application", () => global::Samples.Spark.SparkPi.Application, "spark-pi.yaml"),
    ];

    public static IEnumerable<object[]> Cases => All.Select(s => new object[] { s });
}
