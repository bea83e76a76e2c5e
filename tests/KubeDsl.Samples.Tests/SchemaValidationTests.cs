using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>Every generated operator resource validates against the vendored CRD schema, and the validator can fail.</summary>
public class SchemaValidationTests
{
    private static readonly Dictionary<string, CrdSchemaValidator> ByKind = new[]
    {
        "sparkoperator.k8s.io_sparkapplications.yaml",
        "sparkoperator.k8s.io_scheduledsparkapplications.yaml",
    }.Select(f => CrdSchemaValidator.Load(Fixtures.Path("upstream", "spark-operator", "crds", f))).ToDictionary(v => v.Kind);

    [Theory]
    [MemberData(nameof(SampleCatalog.Cases), MemberType = typeof(SampleCatalog))]
    public void Sample_validates_against_the_CRD(SampleManifest sample)
    {
        var checkedAny = false;
        foreach (var document in YamlTreeCompare.Documents(File.ReadAllText(sample.ManifestPath)))
        {
            var kind = ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)document)["kind"]).Value!;
            if (ByKind.TryGetValue(kind, out var validator))
            {
                var errors = validator.Validate(document);
                Assert.True(errors.Count == 0, sample + ":\n" + string.Join("\n", errors));
                checkedAny = true;
            }
        }

        Assert.True(checkedAny, sample + " holds no operator resource to validate");
    }

    [Theory]
    [InlineData("    cores: 1\n", "    cores: \"1\"\n", ".spec.driver.cores: expected a integer")]
    [InlineData("  type: Scala\n", "  type: Kotlin\n", ".spec.type: 'Kotlin' is not one of")]
    [InlineData("  sparkVersion: 4.0.4\n", "  sparkVersion: 4.0.4\n  sparkVersoin: x\n", ".spec.sparkVersoin: unknown field")]
    [InlineData("  sparkVersion: 4.0.4\n", "", ".spec.sparkVersion: required field is missing")]
    [InlineData("    instances: 1\n", "    instances: 0\n", ".spec.executor.instances: 0 is below the minimum 1")]
    [InlineData("apiVersion: sparkoperator.k8s.io/v1beta2\n", "apiVersion: sparkoperator.k8s.io/v1\n", "apiVersion: expected")]
    public void Validator_reports_broken_documents(string find, string replace, string expected)
    {
        var yaml = File.ReadAllText(SampleCatalog.All[0].ManifestPath);
        Assert.Contains(find, yaml);
        var document = YamlTreeCompare.Documents(yaml.Replace(find, replace, StringComparison.Ordinal))[0];
        var errors = ByKind["SparkApplication"].Validate(document);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
