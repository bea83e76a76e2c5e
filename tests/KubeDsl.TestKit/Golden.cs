using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// Snapshot testing with committed golden files. The golden file must hold exactly the bytes of the actual text
/// (UTF-8 without BOM; nothing is normalised: line endings, a final newline and a BOM all count). On a mismatch
/// the test fails with a numbered line diff and the actual text is written next to the golden file as
/// <c>name.received.ext</c> (ignored by git). Run <c>KUBEDSL_ACCEPT=1 dotnet test</c> to write the actual text as
/// the golden file instead.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that switches to accepting: <c>KUBEDSL_ACCEPT=1</c>.</summary>
    public const string AcceptVariable = "KUBEDSL_ACCEPT";

    private const int ContextLines = 3;
    private const int MaxDiffLines = 400;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether <c>KUBEDSL_ACCEPT=1</c> is set now.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Where a mismatching output is written: <c>dir/name.received.ext</c> for <c>dir/name.ext</c>.</summary>
    public static string ReceivedPath(string goldenPath) =>
        Path.ChangeExtension(goldenPath, ".received" + Path.GetExtension(goldenPath));

    /// <summary>
    /// Passes when the file at <paramref name="goldenPath"/> holds exactly <paramref name="actual"/>; otherwise fails
    /// with a diff and writes the received file. When accepting, writes <paramref name="actual"/> to the golden path
    /// (creating folders) and passes.
    /// </summary>
    public static void AssertMatches(string goldenPath, string actual)
    {
        ArgumentNullException.ThrowIfNull(goldenPath);
        ArgumentNullException.ThrowIfNull(actual);
        var received = ReceivedPath(goldenPath);
        var actualBytes = Utf8.GetBytes(actual);
        var goldenBytes = File.Exists(goldenPath) ? File.ReadAllBytes(goldenPath) : null;

        if (goldenBytes is not null && goldenBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(received);
            return;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(goldenPath))!);
            File.WriteAllBytes(goldenPath, actualBytes);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(received))!);
        File.WriteAllBytes(received, actualBytes);
        if (goldenBytes is null)
        {
            throw new XunitException(
                $"Golden file {goldenPath} does not exist. The output is in {received}; review it, then accept it with:\n" +
                $"  {AcceptVariable}=1 dotnet test");
        }

        // Decoding without a BOM check keeps a BOM visible as a character, so the diff can show it.
        var expected = Utf8.GetString(goldenBytes);
        throw new XunitException(
            $"Output differs from golden file {goldenPath}.\n" +
            $"The output is in {received}; if the change is intended, accept it with: {AcceptVariable}=1 dotnet test\n" +
            "--- golden\n+++ actual\n" +
            Diff(expected, actual));
    }

    /// <summary>
    /// A unified-style line diff of two texts: hunks headed <c>@@ -a,b +c,d @@</c>, three lines of context, and each
    /// line as <c>sign golden-line actual-line | text</c>. On changed lines, a CRLF or CR ending is shown as
    /// <c>[CRLF]</c>/<c>[CR]</c>, a missing final newline as <c>[no newline at end]</c>, and a BOM as <c>[BOM]</c>.
    /// </summary>
    public static string Diff(string expected, string actual)
    {
        var result = Differ.Instance.CreateDiffs(expected, actual, ignoreWhiteSpace: false, ignoreCase: false, new LineEndingsPreservingChunker());
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;

        // Line-by-line script: (kind, index in old, index in new).
        var script = new List<(char Kind, int Old, int New)>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                script.Add((' ', a++, b++));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                script.Add(('-', a++, -1));
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                script.Add(('+', -1, b++));
            }
        }

        while (a < oldLines.Count)
        {
            script.Add((' ', a++, b++));
        }

        var text = new StringBuilder();
        var lines = 0;
        var i0 = 0;
        while (i0 < script.Count)
        {
            if (script[i0].Kind == ' ')
            {
                i0++;
                continue;
            }

            // A hunk: from context before the first change to context after the last change that is close enough.
            var start = Math.Max(0, i0 - ContextLines);
            var end = i0;
            while (true)
            {
                var next = end + 1;
                while (next < script.Count && script[next].Kind == ' ')
                {
                    next++;
                }

                if (next < script.Count && next - end - 1 <= 2 * ContextLines)
                {
                    end = next;
                }
                else
                {
                    break;
                }
            }

            var stop = Math.Min(script.Count - 1, end + ContextLines);
            var hunk = script.GetRange(start, stop - start + 1);
            var oldStart = hunk.Where(s => s.Old >= 0).Select(s => s.Old + 1).DefaultIfEmpty(OldPosition(script, start)).First();
            var newStart = hunk.Where(s => s.New >= 0).Select(s => s.New + 1).DefaultIfEmpty(NewPosition(script, start)).First();
            text.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{hunk.Count(s => s.Old >= 0)} +{newStart},{hunk.Count(s => s.New >= 0)} @@\n");
            foreach (var (kind, oldIndex, newIndex) in hunk)
            {
                if (++lines > MaxDiffLines)
                {
                    text.Append("... (diff cut short)\n");
                    return text.ToString();
                }

                var line = oldIndex >= 0 ? oldLines[oldIndex] : newLines[newIndex];
                text.Append(kind)
                    .Append(Number(oldIndex)).Append(' ').Append(Number(newIndex)).Append(" | ")
                    .Append(Show(line, visibleEnding: kind != ' ')).Append('\n');
            }

            i0 = stop + 1;
        }

        return text.Length > 0 ? text.ToString() : "(the texts differ, but no line differs; compare their bytes)\n";
    }

    private static int OldPosition(List<(char Kind, int Old, int New)> script, int at) =>
        script.Take(at).Count(s => s.Old >= 0);

    private static int NewPosition(List<(char Kind, int Old, int New)> script, int at) =>
        script.Take(at).Count(s => s.New >= 0);

    private static string Number(int index) =>
        index < 0 ? "     " : (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5);

    private static string Show(string line, bool visibleEnding)
    {
        var body = line.TrimEnd('\r', '\n');
        var ending = line[body.Length..];
        body = body.Replace("\uFEFF", "[BOM]", StringComparison.Ordinal);
        if (!visibleEnding)
        {
            return body;
        }

        return body + ending switch
        {
            "\r\n" => "[CRLF]",
            "\r" => "[CR]",
            "\n" => string.Empty,
            _ => "[no newline at end]",
        };
    }
}
