using System.Text.Json.Nodes;
using KubeDsl.Rules;
using KubeDsl.Yaml;

namespace KubeDsl.Analyzers.Tests.Parity;

/// <summary>What the operator's own test expects of one case.</summary>
public enum Upstream
{
    Accepts,
    Rejects,
}

/// <summary>
/// One case of an operator's validator test, ported: the upstream test method (and the case inside it), the
/// resources it builds (JSON, which is YAML), what upstream expects, the KubeDsl rule that reports it (null when
/// KubeDsl accepts it too), and, where KubeDsl judges otherwise, why.
/// </summary>
public sealed record ParityCase(string Method, string Case, Func<JsonObject[]> Resources, Upstream Verdict, string? Rule, string? Difference = null)
{
    /// <summary>The operator's configuration the case sets (its FlinkConfigManager, the operator defaults).</summary>
    public IReadOnlyDictionary<string, string>? OperatorConfiguration { get; init; }

    public override string ToString() => Method + ": " + Case;
}

/// <summary>Runs every rule, per resource and across resources, on the cases' resources, as `kubedsl validate` does.</summary>
internal static class ParityCheck
{
    public static List<RuleFinding> Findings(ParityCase row)
    {
        var settings = row.OperatorConfiguration is { } conf ? new RuleSettings(RuleSettings.DefaultFlinkOperatorVersion, conf) : RuleSettings.Default;
        var resources = new List<KubeDsl.Documents.DocMapping>();
        foreach (var resource in row.Resources())
        {
            var read = YamlResources.Read(resource.ToJsonString());
            Assert.Null(read.Error);
            resources.AddRange(read.Resources);
        }

        return KubeDsl.TestKit.RuleTrees.Findings(resources, settings).Select(f => f.Finding).ToList();
    }

    public static bool IsError(RuleFinding finding) => (finding.Severity ?? finding.Descriptor.Severity) == RuleSeverity.Error;

    /// <summary>
    /// Checks the row: KubeDsl reports exactly what the row says (the rule, or no error), and the row's claim of
    /// agreement holds: it agrees when upstream rejects and KubeDsl reports the rule as an error, or upstream
    /// accepts and KubeDsl reports no error.
    /// </summary>
    public static void Verify(ParityCase row)
    {
        var findings = ParityCheck.Findings(row);
        var errors = findings.Where(IsError).Select(f => f.Descriptor.Id + ": " + f.Message).ToList();
        if (row.Rule is { } id)
        {
            Assert.True(findings.Any(f => f.Descriptor.Id == id), $"{row}: expected {id}, got: {string.Join("; ", findings.Select(f => f.Descriptor.Id + ": " + f.Message))}");
        }
        else
        {
            Assert.True(errors.Count == 0, $"{row}: expected no error, got: {string.Join("; ", errors)}");
        }

        var agrees = row.Verdict == Upstream.Rejects
            ? row.Rule is { } rule && findings.Any(f => f.Descriptor.Id == rule && IsError(f))
            : errors.Count == 0;
        Assert.True(agrees == (row.Difference is null), $"{row}: agreement is {agrees}, but the row says {(row.Difference is null ? "it agrees" : "it differs: " + row.Difference)}");
    }

    /// <summary>
    /// The docs page of the validator says how many ported cases agree and names every case that does not (the
    /// case's own words), as the rows do.
    /// </summary>
    public static void AssertPageAgrees(IReadOnlyList<ParityCase> rows, string page)
    {
        var agree = rows.Count(r => r.Difference is null);
        var text = File.ReadAllText(Path.Combine(KubeDsl.TestKit.Fixtures.RepoRoot, "docs", page));
        Assert.True(text.Contains($"{agree} of {rows.Count} ported cases agree", StringComparison.Ordinal), $"docs/{page} should say {agree} of {rows.Count} ported cases agree");
        foreach (var row in rows.Where(r => r.Difference is not null))
        {
            Assert.Contains(row.Case, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The resource after <paramref name="change"/>, for cases written as one change to a base resource.</summary>
    public static JsonObject With(JsonObject resource, Action<JsonObject> change)
    {
        change(resource);
        return resource;
    }

    /// <summary>A deep copy, so each case mutates its own resource.</summary>
    public static JsonObject Copy(JsonObject node) => (JsonObject)JsonNode.Parse(node.ToJsonString())!;

    public static JsonObject Spec(this JsonObject resource) => resource["spec"]!.AsObject();
}
