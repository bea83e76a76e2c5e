using System.Text.Json;
using KubeDsl.TestKit;
using NJsonSchema;

namespace KubeDsl.Cli.Tests;

/// <summary>The JSON and SARIF reports: their shape, and the SARIF log against the SARIF 2.1.0 schema.</summary>
public sealed class ReportFormatTests : IDisposable
{
    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Json_lists_each_finding_and_the_summary()
    {
        cli.Write("etl.yaml", ValidateTests.Spark);
        var result = cli.Run("validate", "--format", "json", "etl.yaml");
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "KD2001");
        Assert.Equal(("etl.yaml", 20, 13, "error"), (finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("severity").GetString()));
        Assert.Equal("https://github.com/kubedsl/kubedsl/blob/main/docs/rules/KD2001.md", finding.GetProperty("helpUri").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Sarif_validates_against_the_SARIF_2_1_0_schema_and_carries_rule_metadata()
    {
        cli.Write("jobs/etl.yaml", ValidateTests.Spark);
        cli.Write("jobs/bad.yaml", "a: [1\n");
        var result = cli.Run("validate", "--format", "sarif", "jobs");

        var schema = await JsonSchema.FromFileAsync(Fixtures.Path("sarif", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(result.Stdout);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));

        using var log = JsonDocument.Parse(result.Stdout);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var kd2001 = rules.Single(r => r.GetProperty("id").GetString() == "KD2001");
        Assert.Equal("https://github.com/kubedsl/kubedsl/blob/main/docs/rules/KD2001.md", kd2001.GetProperty("helpUri").GetString());
        Assert.Equal("error", kd2001.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        var memory = results.Single(r => r.GetProperty("ruleId").GetString() == "KD2001");
        Assert.Equal("KD2001", rules[memory.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var location = memory.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("jobs/etl.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal((20, 13), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "KD7001");
    }
}
