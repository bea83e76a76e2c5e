using System.Diagnostics;
using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>The samples reproduce the upstream examples, and the build, the runtime and the committed files agree.</summary>
public class SampleTests
{
    [Theory]
    [MemberData(nameof(SampleCatalog.UpstreamCases), MemberType = typeof(SampleCatalog))]
    public void Generated_manifest_is_semantically_equal_to_the_upstream_example(SampleManifest sample)
    {
        Assert.NotNull(sample.UpstreamExample);
        // Upstream's Prometheus example leaves its registry as a placeholder (not valid YAML); the sample names a
        // concrete image, so the comparison puts that image in.
        var upstream = File.ReadAllText(sample.UpstreamPath)
            .Replace("{IMAGE_REGISTRY}/{IMAGE_REPOSITORY}/docker.io/apache/spark:4.0.4-gcs-prometheus", global::Samples.Spark.Monitoring.PrometheusImage, StringComparison.Ordinal);
        var generated = File.ReadAllText(sample.ManifestPath);

        // Compared as the operators read it: quantities by amount, Flink configuration flattened to text.
        var differences = SemanticYaml.Diff(upstream, generated, SemanticOptions.OperatorView);
        var paths = differences.Select(d => d.Where).ToList();
        Assert.All(sample.UpstreamDefects, d => Assert.Contains(d, paths));
        var unexplained = differences.Where(d => !sample.UpstreamDefects.Contains(d.Where)).ToList();
        Assert.True(unexplained.Count == 0, sample + " differs from the upstream example:\n" + SemanticYaml.Describe(unexplained));
    }

    [Theory]
    [MemberData(nameof(SampleCatalog.Cases), MemberType = typeof(SampleCatalog))]
    public void Runtime_serializer_output_equals_the_build_output_byte_for_byte(SampleManifest sample)
    {
        var files = KubeDslYaml.SerializeFiles(sample.Value(), sample.AttributePath ?? sample.File, sample.SourceMember);
        var runtime = Assert.Single(files, f => f.Key == sample.MemberFile).Value;
        var built = File.ReadAllText(sample.ManifestPath);
        Assert.Equal(built, runtime);
        if (sample.AttributePath is null && sample.IsYaml)
        {
            Assert.Equal(built, KubeDslYaml.SerializeManifest(sample.Value(), sample.SourceMember));
        }
    }

    [Fact]
    public void Catalog_lists_every_generated_manifest()
    {
        var onDisk = Directory.EnumerateFiles(Path.Combine(Fixtures.RepoRoot, "samples"), "*", SearchOption.AllDirectories)
            .Where(f => f.Contains(Path.DirectorySeparatorChar + "manifests" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            // The build's own record of the project that writes the folder (.kubedsl-project) is not a manifest.
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => Path.GetFullPath(f))
            .OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(onDisk, SampleCatalog.All.Select(s => Path.GetFullPath(s.ManifestPath)).OrderBy(f => f, StringComparer.Ordinal));
    }

    /// <summary>
    /// The build that ran before these tests rewrote samples/*/manifests; if the committed files differ from what the
    /// definitions produce, git sees the change. Outside a git checkout there is nothing to compare with.
    /// </summary>
    [Fact]
    public void Committed_manifests_match_the_definitions()
    {
        // A clone has a .git folder; a git worktree has a .git file pointing at the main checkout.
        var git = Path.Combine(Fixtures.RepoRoot, ".git");
        if (!Directory.Exists(git) && !File.Exists(git))
        {
            Assert.Fail("Not a git checkout, so committed manifests cannot be compared: run the tests from a clone.");
        }

        var status = Git("status --porcelain --untracked-files=all -- samples");
        var drift = status.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("/manifests/", StringComparison.Ordinal)).ToList();
        Assert.True(drift.Count == 0, "Generated manifests differ from the committed ones; rebuild and commit them:\n" + string.Join("\n", drift) + "\n" + Git("diff -- samples"));
    }

    private static string Git(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = Fixtures.RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
