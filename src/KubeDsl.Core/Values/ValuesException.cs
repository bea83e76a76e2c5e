using System;

namespace KubeDsl.Values;

/// <summary>A values file that does not parse or does not fit the type it is read as, at the offending node.</summary>
internal sealed class ValuesException : Exception
{
    public ValuesException(string path, string problem, ValuesMark start, ValuesMark end)
        : base(path + "(" + start.Line + "," + start.Column + "): " + problem)
    {
        Path = path;
        Problem = problem;
        Start = start;
        End = end;
    }

    /// <summary>The values file as the definition names it ("values/tables.yaml").</summary>
    public string Path { get; }

    /// <summary>What is wrong and how to fix it, without the position.</summary>
    public string Problem { get; }

    public ValuesMark Start { get; }

    public ValuesMark End { get; }
}
