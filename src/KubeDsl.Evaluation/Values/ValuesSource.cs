using System;
using System.Collections.Generic;
using KubeDsl.Values;

namespace KubeDsl.Evaluation;

/// <summary>A values file as the compiler sees it: the path definitions name it by, its full path, its text.</summary>
internal sealed record ValuesFileText(string Path, string FullPath, string Text);

/// <summary>
/// The values files an evaluation may read. The generator gives each member only the files it asked for, so an
/// edit of one file re-evaluates only its readers; <see cref="KnownPaths"/> tells a file that exists but was not
/// given (<see cref="ValuesNeededException"/>, evaluate again with it) from one that does not exist (KD0013).
/// </summary>
internal sealed class ValuesSource
{
    private readonly Dictionary<string, ValuesFileText> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValuesNode> parsed = new(StringComparer.Ordinal);
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly List<string> read = new();

    public ValuesSource(IEnumerable<ValuesFileText> given, IEnumerable<string> knownPaths)
    {
        foreach (var file in given)
        {
            files[file.Path] = file;
            known.Add(file.Path);
        }

        foreach (var path in knownPaths)
        {
            known.Add(path);
        }
    }

    /// <summary>Every values file of the project is given.</summary>
    public static ValuesSource All(IReadOnlyList<ValuesFileText> files) => new(files, Array.Empty<string>());

    /// <summary>Paths of every values file of the project, given or not.</summary>
    public IEnumerable<string> KnownPaths => known;

    /// <summary>The paths read so far, in the order first read.</summary>
    public IReadOnlyList<string> Read => read;

    /// <summary>How many reads there were; a static whose evaluation changed it is not cached for the compilation.</summary>
    public int ReadCount { get; private set; }

    /// <summary>The file's parsed root, or null when the project has no such values file.</summary>
    public (ValuesFileText File, ValuesNode Root)? Get(string path)
    {
        ReadCount++;
        if (!files.TryGetValue(path, out var file))
        {
            if (known.Contains(path))
            {
                throw new ValuesNeededException(path);
            }

            return null;
        }

        if (!read.Contains(path))
        {
            read.Add(path);
        }

        if (!parsed.TryGetValue(path, out var root))
        {
            try
            {
                root = ValuesReader.Parse(file.Text, path);
            }
            catch (ValuesException failure)
            {
                throw new ValuesFileException(file, failure);
            }

            parsed[path] = root;
        }

        return (file, root);
    }
}

/// <summary>
/// The evaluation reached a values file it was not given. Not a diagnostic: the generator evaluates the member
/// again with the file (<see cref="Path"/>).
/// </summary>
internal sealed class ValuesNeededException : Exception
{
    public ValuesNeededException(string path)
        : base("The values file '" + path + "' is needed.")
    {
        Path = path;
    }

    public string Path { get; }
}

/// <summary>A values file that does not parse, with the file, so the error can point into it.</summary>
internal sealed class ValuesFileException : Exception
{
    public ValuesFileException(ValuesFileText file, ValuesException failure)
        : base(failure.Message, failure)
    {
        File = file;
        Failure = failure;
    }

    public ValuesFileText File { get; }

    public ValuesException Failure { get; }
}
