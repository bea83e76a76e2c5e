using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using KubeDsl.Cli.Validation;
using KubeDsl.Rules;

namespace KubeDsl.Cli.Reports;

/// <summary>
/// A SARIF 2.1.0 log (OASIS, docs.oasis-open.org/sarif/sarif/v2.1.0) with one run: every rule the command knows,
/// with its title, default level and docs page, and one result per finding. Paths under the current folder are
/// relative to the <c>%SRCROOT%</c> base, which code scanning services resolve against the checkout.
/// </summary>
internal static class SarifReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string RootBase = "%SRCROOT%";

    public static void Write(ValidationReport report, Stream stream, string currentFolder)
    {
        var rules = InputRules.Everything;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kubedsl");
        json.WriteString("informationUri", "https://github.com/kubedsl/kubedsl/blob/main/docs/cli.md");
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Name(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.Severity switch { RuleSeverity.Error => "error", RuleSeverity.Warning => "warning", _ => "note" });
            if (!rule.EnabledByDefault)
            {
                // Advice a project turns on: reported here only because --severity or .editorconfig asked for it.
                json.WriteBoolean("enabled", false);
            }

            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBase);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(currentFolder) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Descriptor.Id);
            json.WriteNumber("ruleIndex", index[finding.Descriptor.Id]);
            json.WriteString("level", JsonReport.Word(finding.Level));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            WriteUri(json, finding.Path, currentFolder);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUri(Utf8JsonWriter json, string path, string currentFolder)
    {
        if (path == InputFiles.StdinName)
        {
            json.WriteString("uri", "stdin");
            return;
        }

        var full = Path.GetFullPath(path, currentFolder);
        var relative = Path.GetRelativePath(currentFolder, full);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            json.WriteString("uri", string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", RootBase);
        }
        else
        {
            json.WriteString("uri", new Uri(full).AbsoluteUri);
        }
    }

    // SARIF names rules in PascalCase ("InvalidResourceName"); the title says the same in words.
    private static string Name(string title) =>
        string.Concat(title.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Version()
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
