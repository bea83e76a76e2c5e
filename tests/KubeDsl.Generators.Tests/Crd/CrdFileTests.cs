using KubeDsl.CustomResources;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>Which CRDs a file gives, and findings for files that cannot be imported (KD8001, KD8004).</summary>
public sealed class CrdFileTests
{
    private const string Schema = "type: object\nproperties:\n  spec: {type: object, properties: {a: {type: string}}}";

    [Fact]
    public void A_file_of_several_documents_and_a_list_gives_each_crd()
    {
        var list = "apiVersion: v1\nkind: List\nitems:\n" + string.Join("\n", CrdText.Of("Beta", Schema).Split('\n').Select((l, i) => (i == 0 ? "  - " : "    ") + l));
        var text = CrdText.Of("Alpha", Schema) + "---\n" + list + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";

        var import = CrdText.Import(text);

        Assert.Empty(import.Problems);
        Assert.Equal(["Alpha", "AlphaSpec", "Beta", "BetaSpec"], import.Types.Select(t => t.Name));
    }

    private const string V1 = """
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec: {type: object, properties: {b: {type: string}}}

        """;

    private static string TwoVersions => CrdText.Of("Job", Schema, "v1beta1").Replace("storage: true", "storage: false", StringComparison.Ordinal)
        .Replace("    - name: v1beta1", V1 + "    - name: v1beta1", StringComparison.Ordinal);

    [Fact]
    public void The_storage_version_is_taken_unless_one_is_named()
    {
        Assert.Equal("b", Assert.Single(CrdText.Import(TwoVersions).Type("JobSpec").Properties).JsonName);
        Assert.Equal("v1", CrdText.Import(TwoVersions).Type("Job").Entity!.Version);
        var beta = CrdText.Import(TwoVersions, "v1beta1");
        Assert.Equal("a", Assert.Single(beta.Type("JobSpec").Properties).JsonName);
        Assert.Equal("v1beta1", beta.Type("Job").Entity!.Version);
    }

    [Fact]
    public void A_version_the_crd_does_not_have_is_KD8004_at_the_versions_list()
    {
        var import = CrdText.Import(TwoVersions, "v2");

        var problem = Assert.Single(import.Problems);
        Assert.Equal(("KD8004", Rules.RuleSeverity.Error, 12, 5), (problem.Id, problem.Severity, problem.Line, problem.Column));
        Assert.Equal("The CRD Job has no version v2; it has v1, v1beta1", problem.Message);
        Assert.Empty(import.Types);
    }

    [Fact]
    public void Invalid_yaml_is_KD8001_at_its_line_and_column_keeping_the_crds_before_it()
    {
        var text = CrdText.Of("Alpha", Schema) + "---\nkind: [unclosed\n";

        var import = CrdText.Import(text);

        var problem = Assert.Single(import.Problems);
        Assert.Equal(("KD8001", Rules.RuleSeverity.Error, "crds/test.yaml"), (problem.Id, problem.Severity, problem.Path));
        Assert.StartsWith("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, problem.Line);
        Assert.Contains(import.Types, t => t.Name == "Alpha");
    }

    [Fact]
    public void A_key_written_twice_is_KD8001_not_a_crash()
    {
        var import = CrdText.Import("kind: CustomResourceDefinition\nkind: List\n");

        var problem = Assert.Single(import.Problems);
        Assert.Equal(("KD8001", 2), (problem.Id, problem.Line));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\n", 1, "The file holds no CustomResourceDefinition")]
    [InlineData("", 1, "The file holds no CustomResourceDefinition")]
    [InlineData("apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\n", 1, "The CRD's apiVersion is apiextensions.k8s.io/v1beta1; only apiextensions.k8s.io/v1 CRDs are imported")]
    [InlineData("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: g\n  names: {kind: K}\n", 5, "The CRD needs spec.group, spec.names.kind and spec.names.plural")]
    [InlineData("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: g\n  names: {kind: K, plural: ks}\n", 4, "The CRD K has no spec.versions list")]
    [InlineData("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: g\n  names: {kind: K, plural: ks}\n  versions:\n    - name: v1\n      storage: true\n", 7, "The version v1 of K has no schema.openAPIV3Schema mapping")]
    public void A_file_that_is_not_a_usable_crd_is_KD8001_where_it_goes_wrong(string text, int line, string message)
    {
        var problem = Assert.Single(CrdText.Import(text).Problems);
        Assert.Equal(("KD8001", line, message), (problem.Id, problem.Line, problem.Message));
    }

    [Fact]
    public void Each_id_is_in_its_range_and_its_page_names_id_title_and_severity()
    {
        foreach (var rule in CrdImportRules.All)
        {
            Assert.InRange(int.Parse(rule.Id[2..], System.Globalization.CultureInfo.InvariantCulture), 8001, 8019);
            var page = File.ReadAllText(Path.Combine(TestKit.Fixtures.RepoRoot, "docs", "rules", rule.Id + ".md"));
            Assert.StartsWith("# " + rule.Id + ": " + rule.Title + "\n", page, StringComparison.Ordinal);
            Assert.Contains("**Severity:** " + rule.Severity.ToString().ToLowerInvariant() + " · **Category:** " + CrdImportRules.Category, page, StringComparison.Ordinal);
        }

        Assert.Equal(CrdImportRules.All.Count, CrdImportRules.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void The_import_is_equatable_so_a_build_step_can_cache_it()
    {
        var first = CrdImporter.Import(CrdText.Hazelcast, "Acme.Platform");
        var second = CrdImporter.Import(CrdText.Hazelcast, "Acme.Platform");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, CrdImporter.Import(CrdText.Hazelcast, "Acme.Other"));
    }
}
