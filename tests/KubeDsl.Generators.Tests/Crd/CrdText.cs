using KubeDsl.CustomResources;
using KubeDsl.TestKit;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>Small CRDs written in tests, and the vendored ones.</summary>
internal static class CrdText
{
    /// <summary>A v1 CRD of <paramref name="kind"/> whose openAPIV3Schema is <paramref name="schema"/> (YAML, unindented).</summary>
    public static string Of(string kind, string schema, string version = "v1")
    {
        var indented = string.Join("\n", schema.Replace("\r\n", "\n").TrimEnd().Split('\n').Select(l => "          " + l));
        return $"""
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: {kind.ToLowerInvariant()}s.example.com
            spec:
              group: example.com
              names:
                kind: {kind}
                plural: {kind.ToLowerInvariant()}s
              scope: Namespaced
              versions:
                - name: {version}
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
            {indented}

            """;
    }

    /// <summary>Imports one CRD text into namespace <c>Acme.Platform</c>.</summary>
    public static CrdImport Import(string text, string? version = null) =>
        CrdImporter.Import([new CrdFileText("crds/test.yaml", text)], "Acme.Platform", version);

    /// <summary>The record or enum named <paramref name="name"/>.</summary>
    public static CrdTypeDecl Type(this CrdImport import, string name) =>
        import.Types.SingleOrDefault(t => t.Name == name) ?? throw new Xunit.Sdk.XunitException($"no type {name}; there are {string.Join(", ", import.Types.Select(t => t.Name))}");

    /// <summary>The property with JSON name <paramref name="json"/>.</summary>
    public static CrdProperty Property(this CrdTypeDecl type, string json) =>
        type.Properties.SingleOrDefault(p => p.JsonName == json) ?? throw new Xunit.Sdk.XunitException($"no property {json} in {type.Name}");

    public static IEnumerable<CrdFileText> Vendored(string folder, string pattern = "*.yaml") =>
        Directory.GetFiles(Fixtures.Path("upstream", folder), pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new CrdFileText(Path.GetFileName(f), File.ReadAllText(f)));

    public static IEnumerable<CrdFileText> Hazelcast => Vendored(Path.Combine("hazelcast-operator", "crds"));

    public static IEnumerable<CrdFileText> Strimzi => Vendored("strimzi", "*-Crd-*.yaml");

    /// <summary>The Spark operator's CRDs (SparkApplication, ScheduledSparkApplication, SparkConnect).</summary>
    public static IEnumerable<CrdFileText> SparkOperator => Vendored(Path.Combine("spark-operator", "crds"));

    /// <summary>The Flink operator's CRDs of the main branch (not the release-1.15.0 copies beside them).</summary>
    public static IEnumerable<CrdFileText> FlinkOperator =>
        Directory.GetFiles(Fixtures.Path("upstream", "flink-operator", "crds"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(f => new CrdFileText(Path.GetFileName(f), File.ReadAllText(f)));
}
