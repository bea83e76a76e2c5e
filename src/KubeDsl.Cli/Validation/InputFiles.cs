namespace KubeDsl.Cli.Validation;

/// <summary>One file to read: the name to show, and where its bytes come from (a path, or standard input).</summary>
internal sealed record InputFile(string DisplayPath, string? FullPath);

/// <summary>
/// Expands the command line's paths: a file as given, a folder to its *.yaml and *.yml files (recursively, in
/// ordinal order so output is stable), <c>-</c> to standard input. A folder reached twice through symbolic links
/// (a loop) is entered once; a path that does not exist is an error.
/// </summary>
internal static class InputFiles
{
    /// <summary>The name standard input is shown under.</summary>
    public const string StdinName = "<stdin>";

    public static List<InputFile> Expand(IEnumerable<string> paths, List<string> errors)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new InputFile(StdinName, null));
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files, new HashSet<string>(StringComparer.Ordinal), seen, errors);
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                // A dangling or looping link is kept: reading it fails with an error naming it.
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(new InputFile(path, Path.GetFullPath(path)));
                }
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files;
    }

    private static void Walk(string folder, List<InputFile> files, HashSet<string> visited, HashSet<string> seen, List<string> errors)
    {
        string real;
        try
        {
            real = RealPath(folder);
        }
        catch (IOException e)
        {
            errors.Add($"{folder}: {e.Message}");
            return;
        }

        if (!visited.Add(real))
        {
            return; // Reached again through a link: a loop, or two links to one folder.
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{folder}: {e.Message}");
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                Walk(entry, files, visited, seen, errors);
            }
            else if ((entry.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                     && seen.Add(Path.GetFullPath(entry)))
            {
                files.Add(new InputFile(entry, Path.GetFullPath(entry)));
            }
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(Path.GetFullPath(folder));
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        return Path.GetFullPath(target.FullName);
    }
}
