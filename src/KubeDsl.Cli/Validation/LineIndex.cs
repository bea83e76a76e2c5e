namespace KubeDsl.Cli.Validation;

/// <summary>Turns character offsets of a text into 1-based lines and columns.</summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // \r\n, \n and a lone \r each end a line, as YAML reads them.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int Offset(int line, int column) => starts[Math.Clamp(line - 1, 0, starts.Count - 1)] + column - 1;

    public (int Line, int Column) At(int offset)
    {
        var index = starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }
}
