namespace KubeDsl.Cli.Import;

/// <summary>One resource as C#.</summary>
internal sealed class ImportedResource(string kind, string? name, string typeName, Code code)
{
    public string Kind { get; } = kind;

    public string? Name { get; } = name;

    /// <summary>The C# type of the value (<c>SparkApplication</c>, or the untyped dictionary).</summary>
    public string TypeName { get; } = typeName;

    public Code Code { get; set; } = code;

    /// <summary>False when no model fits and the resource is a dictionary.</summary>
    public bool Typed { get; init; } = true;
}

/// <summary>One YAML file as a class.</summary>
internal sealed class ImportedFile(string relativePath, IReadOnlyList<string> headComment)
{
    /// <summary>The file's path relative to the import root, with forward slashes: the <c>[Manifest]</c> path.</summary>
    public string RelativePath { get; } = relativePath;

    public IReadOnlyList<string> HeadComment { get; } = headComment;

    public string ClassName { get; set; } = "";

    public List<ImportedResource> Resources { get; } = [];

    /// <summary>Comments no key or item took (at the end of a mapping, beside <c>apiVersion</c>), by line.</summary>
    public List<(int Line, string Text)> LooseComments { get; } = [];
}

/// <summary>What an import read, wrote and has to say.</summary>
internal sealed class ImportReport
{
    public List<ImportedFile> Files { get; } = [];

    public List<ImportNote> Notes { get; } = [];

    /// <summary>Paths that could not be read at all (exit code 2).</summary>
    public List<string> InputErrors { get; } = [];

    /// <summary>The values in <c>Defaults</c>, by name, with their definitions.</summary>
    public List<(string Name, Code Value)> Shared { get; set; } = [];

    public string Namespace { get; set; } = "";

    /// <summary>The files written.</summary>
    public List<string> Written { get; } = [];

    /// <summary>How many files the import read, kept or not.</summary>
    public int FilesRead { get; set; }

    public int ExitCode => InputErrors.Count > 0 ? 2 : Notes.Any(n => n.Level == ImportLevel.Error) ? 1 : 0;
}
