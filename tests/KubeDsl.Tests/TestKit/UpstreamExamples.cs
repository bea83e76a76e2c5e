using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

/// <summary>The Spark operator's example manifests vendored under tests/fixtures/upstream/spark-operator/examples.</summary>
internal static class UpstreamExamples
{
    // spark-pi-prometheus.yaml is a template: its image is "{IMAGE_REGISTRY}/{IMAGE_REPOSITORY}/docker.io/apache/spark:...".
    // A plain YAML scalar cannot start with '{' (that opens a flow mapping), so the file does not parse as it is.
    // The registry placeholder is replaced to make it YAML; the repository placeholder is replaced too, only so the
    // image reads like a real reference. The CRD types image as a free string, so neither choice affects validation.
    public const string Registry = "registry.example.com";
    public const string Repository = "spark";

    public static string Folder => Fixtures.Path("upstream", "spark-operator", "examples");

    public static IReadOnlyList<string> Files =>
        Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> FileNames => new(Files);

    /// <summary>The raw file, byte for byte as vendored.</summary>
    public static string Raw(string file) => File.ReadAllText(Path.Combine(Folder, file));

    /// <summary>The file as YAML that parses: placeholders of the prometheus template filled in.</summary>
    public static string Read(string file)
    {
        var text = Raw(file);
        return file == "spark-pi-prometheus.yaml"
            ? text.Replace("{IMAGE_REGISTRY}", Registry, StringComparison.Ordinal).Replace("{IMAGE_REPOSITORY}", Repository, StringComparison.Ordinal)
            : text;
    }

    /// <summary>
    /// The file with <paramref name="find"/> replaced by <paramref name="replace"/>; fails unless <paramref name="find"/>
    /// occurs exactly once, so a mutation cannot silently miss or hit twice.
    /// </summary>
    public static string Mutate(string file, string find, string replace)
    {
        var text = Read(file);
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{find}' not found in {file}");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"'{find}' occurs more than once in {file}");
        return string.Concat(text.AsSpan(0, first), replace, text.AsSpan(first + find.Length));
    }
}
