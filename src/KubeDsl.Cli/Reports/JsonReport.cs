using System.Text.Encodings.Web;
using System.Text.Json;
using KubeDsl.Cli.Validation;

namespace KubeDsl.Cli.Reports;

/// <summary>The findings and the summary as one JSON object, for scripts.</summary>
internal static class JsonReport
{
    public static void Write(ValidationReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteString("id", finding.Descriptor.Id);
            json.WriteString("severity", Word(finding.Level));
            json.WriteString("title", finding.Descriptor.Title);
            json.WriteString("message", finding.Message);
            json.WriteString("helpUri", finding.Descriptor.HelpLink);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files);
        json.WriteNumber("resources", report.Resources);
        json.WriteStartObject("skipped");
        foreach (var (kind, count) in report.Skipped)
        {
            json.WriteNumber(kind, count);
        }

        json.WriteEndObject();
        json.WriteNumber("errors", report.Count(Level.Error));
        json.WriteNumber("warnings", report.Count(Level.Warning));
        json.WriteNumber("notes", report.Count(Level.Note));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The severity word of a level, as SARIF spells it too.</summary>
    public static string Word(Level level) => level switch
    {
        Level.Error => "error",
        Level.Warning => "warning",
        _ => "note",
    };
}
