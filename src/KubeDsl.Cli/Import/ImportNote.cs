namespace KubeDsl.Cli.Import;

/// <summary>How much an <see cref="ImportNote"/> matters.</summary>
internal enum ImportLevel
{
    /// <summary>The written C# means the same; the note says what changed in form.</summary>
    Note,

    /// <summary>Imported, but something is not as typed or as placed as in the YAML (an untyped resource, a comment).</summary>
    Warning,

    /// <summary>Left out of the import.</summary>
    Error,
}

/// <summary>Something the importer says about a place in an imported file.</summary>
/// <param name="File">The file as the report names it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What happened there.</param>
internal sealed record ImportNote(string File, int Line, int Column, string Message)
{
    public ImportLevel Level { get; init; } = ImportLevel.Note;

    public override string ToString() => $"{File}:{Line}:{Column}: {Level.ToString().ToLowerInvariant()}: {Message}";
}
