using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace KubeDsl.TestKit;

/// <summary>
/// Snapshot testing with committed golden files. A mismatch fails with a line diff and leaves the new output next
/// to the golden file as <c>*.received.*</c>; <c>KUBEDSL_ACCEPT=1 dotnet test</c> writes new output as the golden file.
/// </summary>
public static class Golden
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        var accepting = Environment.GetEnvironmentVariable("KUBEDSL_ACCEPT") == "1";
        var received = Path.ChangeExtension(goldenPath, ".received" + Path.GetExtension(goldenPath));
        if (accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(goldenPath))
        {
            File.WriteAllText(received, actual);
            throw new Xunit.Sdk.XunitException($"Golden file {goldenPath} does not exist. Review {received}, then accept with: KUBEDSL_ACCEPT=1 dotnet test");
        }

        var expected = File.ReadAllText(goldenPath);
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        throw new Xunit.Sdk.XunitException($"Output differs from {goldenPath} (new output in {received}; accept with KUBEDSL_ACCEPT=1 dotnet test):\n{Diff(expected, actual)}");
    }

    /// <summary>A unified-style diff: changed lines with two lines of context, numbered by the golden file's lines.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    show[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                builder.AppendLine("   ...");
                skipped = false;
            }

            var prefix = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
            var number = lines[i].Position is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4) : "    ";
            builder.Append(prefix).Append(number).Append(' ').AppendLine(lines[i].Text);
        }

        return builder.ToString();
    }
}
