using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Every generated operator resource validates against the vendored CRD schema (the validator's own rules are
/// tested in KubeDsl.Tests/TestKit).
/// </summary>
public class SchemaValidationTests
{
    [Theory]
    [MemberData(nameof(SampleCatalog.Cases), MemberType = typeof(SampleCatalog))]
    public void Sample_validates_against_the_CRD(SampleManifest sample)
    {
        var yaml = File.ReadAllText(sample.ManifestPath);
        var documents = YamlTree.ParseAll(yaml);
        Assert.Contains(documents, d => d is YamlMapping m && Crds.ForKind(m.ScalarText("kind")) is not null);
        var errors = Crds.ValidateAll(yaml);
        Assert.True(errors.Count == 0, sample + ":\n" + string.Join("\n", errors));
    }
}
