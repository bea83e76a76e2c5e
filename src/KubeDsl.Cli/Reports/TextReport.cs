using KubeDsl.Cli.Validation;

namespace KubeDsl.Cli.Reports;

/// <summary>One line per finding, <c>path:line:col: error KD2001: message</c> as compilers print them, then the summary.</summary>
internal static class TextReport
{
    public static void Write(ValidationReport report, TextWriter writer, bool color)
    {
        foreach (var finding in report.Findings)
        {
            var (word, code) = finding.Level switch
            {
                Level.Error => ("error", "31"),
                Level.Warning => ("warning", "33"),
                _ => ("info", "36"),
            };
            var level = color ? $"\u001b[{code}m{word}\u001b[0m" : word;
            writer.WriteLine($"{finding.Path}:{finding.Line}:{finding.Column}: {level} {finding.Descriptor.Id}: {finding.Message}");
        }

        writer.WriteLine(report.Summary());
    }
}
