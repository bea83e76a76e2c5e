namespace KubeDsl.Cli.Validation;

/// <summary>What a validation run found: the findings, the counts for the summary, and files it could not read.</summary>
internal sealed class ValidationReport
{
    public List<Finding> Findings { get; } = [];

    /// <summary>Files and folders that could not be read (exit code 2).</summary>
    public List<string> InputErrors { get; } = [];

    public int Files { get; set; }

    public int Resources { get; set; }

    /// <summary>Resources of kinds no rule or schema judges, by kind.</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public int Count(Level level) => Findings.Count(f => f.Level == level);

    public void Skip(string kind) => Skipped[kind] = Skipped.GetValueOrDefault(kind) + 1;

    /// <summary>0 without error findings, 1 with any, 2 when an input could not be read.</summary>
    public int ExitCode => InputErrors.Count > 0 ? 2 : Count(Level.Error) > 0 ? 1 : 0;

    /// <summary>The summary line: <c>3 files, 5 resources (1 skipped: Service), 1 error, 2 warnings, 0 notes</c>.</summary>
    public string Summary()
    {
        var skipped = Skipped.Values.Sum();
        var kinds = skipped == 0 ? string.Empty : $" ({skipped} skipped, no rules for: {string.Join(", ", Skipped.Select(k => k.Value == 1 ? k.Key : $"{k.Key} x{k.Value}"))})";
        return $"{Plural(Files, "file")}, {Plural(Resources, "resource")}{kinds}: {Plural(Count(Level.Error), "error")}, {Plural(Count(Level.Warning), "warning")}, {Plural(Count(Level.Note), "note")}";
    }

    private static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
}
