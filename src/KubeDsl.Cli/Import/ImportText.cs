using System.Globalization;

namespace KubeDsl.Cli.Import;

/// <summary>The report of <c>kubedsl import</c> for people: what each file became, every note, a summary line.</summary>
internal static class ImportText
{
    public static void Write(ImportReport report, string output, TextWriter text)
    {
        foreach (var file in report.Files)
        {
            var member = file.Resources.Count == 1 ? "Resource" : "Resources";
            var what = string.Join(", ", file.Resources.Select(r => (r.Typed ? r.TypeName : r.Kind + " (untyped)") + (r.Name is null ? "" : " " + r.Name)));
            text.WriteLine($"{file.RelativePath}: {file.ClassName}.{member}: {what}");
        }

        foreach (var note in report.Notes.OrderBy(n => n.File, StringComparer.Ordinal).ThenBy(n => n.Line).ThenBy(n => n.Column))
        {
            text.WriteLine(note.ToString());
        }

        var resources = report.Files.SelectMany(f => f.Resources).ToList();
        var untyped = resources.Count(r => !r.Typed);
        var leftOut = report.Notes.Where(n => n.Level == ImportLevel.Error).Select(n => n.File).Distinct().Count(f => report.Files.All(i => i.RelativePath != f));
        text.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {Count(report.Files.Count, "file")} into {output} ({Count(resources.Count, "resource")}: {resources.Count - untyped} typed, {untyped} untyped; " +
            $"{Count(report.Shared.Count, "shared value")} in Defaults); {Count(leftOut, "file")} left out, " +
            $"{Count(report.Notes.Count(n => n.Level == ImportLevel.Warning), "warning")}, {Count(report.Notes.Count(n => n.Level == ImportLevel.Note), "note")}."));
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
