using KubeDsl.TestKit;
using Xunit.Sdk;

namespace KubeDsl.Tests.TestKit;

/// <summary>Golden-file comparison with accept mode off (even when the whole run has KUBEDSL_ACCEPT=1).</summary>
[Collection(AcceptSwitchCollection.Name)]
public sealed class GoldenTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kubedsl-golden-" + Guid.NewGuid().ToString("N"));
    private readonly AcceptSwitch acceptOff = AcceptSwitch.Set(null);

    public GoldenTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        acceptOff.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Matching_text_passes_and_removes_a_stale_received_file()
    {
        var golden = Write("a.yaml", "a: 1\n");
        File.WriteAllText(Path.Combine(folder, "a.received.yaml"), "old");

        Golden.AssertMatches(golden, "a: 1\n");

        Assert.False(File.Exists(Path.Combine(folder, "a.received.yaml")));
    }

    [Fact]
    public void Mismatch_shows_a_numbered_diff_and_leaves_the_received_file()
    {
        var golden = Write("a.yaml", "a: 1\nb: 2\nc: 3\n");

        var failure = Assert.Throws<XunitException>(() => Golden.AssertMatches(golden, "a: 1\nb: 20\nc: 3\nd: 4\n"));

        var lines = failure.Message.Split('\n');
        Assert.Contains("@@ -1,3 +1,4 @@", lines);
        Assert.Contains("     1     1 | a: 1", lines);
        Assert.Contains("-    2       | b: 2", lines);
        Assert.Contains("+          2 | b: 20", lines);
        Assert.Contains("     3     3 | c: 3", lines);
        Assert.Contains("+          4 | d: 4", lines);
        Assert.Contains("KUBEDSL_ACCEPT=1 dotnet test", failure.Message);
        Assert.Contains(golden, failure.Message);
        Assert.Equal("a: 1\nb: 20\nc: 3\nd: 4\n", File.ReadAllText(Path.Combine(folder, "a.received.yaml")));
    }

    [Fact]
    public void The_diff_keeps_three_lines_of_context_around_each_change()
    {
        var expected = string.Concat(Enumerable.Range(1, 30).Select(i => $"line{i}\n"));
        var actual = expected.Replace("line5\n", "LINE5\n", StringComparison.Ordinal).Replace("line25\n", "LINE25\n", StringComparison.Ordinal);

        var diff = Golden.Diff(expected, actual).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "@@ -2,7 +2,7 @@",
                "     2     2 | line2", "     3     3 | line3", "     4     4 | line4",
                "-    5       | line5", "+          5 | LINE5",
                "     6     6 | line6", "     7     7 | line7", "     8     8 | line8",
                "@@ -22,7 +22,7 @@",
                "    22    22 | line22", "    23    23 | line23", "    24    24 | line24",
                "-   25       | line25", "+         25 | LINE25",
                "    26    26 | line26", "    27    27 | line27", "    28    28 | line28",
            ],
            diff);
    }

    [Fact]
    public void Nothing_is_normalised_and_invisible_differences_are_shown()
    {
        var crlf = Write("crlf.yaml", "a: 1\r\nb: 2\r\n");
        var crlfFailure = Assert.Throws<XunitException>(() => Golden.AssertMatches(crlf, "a: 1\nb: 2\n"));
        Assert.Contains("-    1       | a: 1[CRLF]", crlfFailure.Message);
        Assert.Contains("+          1 | a: 1", crlfFailure.Message);

        var noNewline = Write("end.yaml", "a: 1\n");
        var endFailure = Assert.Throws<XunitException>(() => Golden.AssertMatches(noNewline, "a: 1"));
        Assert.Contains("+          1 | a: 1[no newline at end]", endFailure.Message);

        var bom = Path.Combine(folder, "bom.yaml");
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. "a: 1\n"u8.ToArray()]);
        var bomFailure = Assert.Throws<XunitException>(() => Golden.AssertMatches(bom, "a: 1\n"));
        Assert.Contains("-    1       | [BOM]a: 1", bomFailure.Message);
    }

    [Fact]
    public void Missing_golden_file_fails_with_how_to_accept()
    {
        var golden = Path.Combine(folder, "new.yaml");

        var failure = Assert.Throws<XunitException>(() => Golden.AssertMatches(golden, "x: 1\n"));

        Assert.Contains("does not exist", failure.Message);
        Assert.Contains("KUBEDSL_ACCEPT=1 dotnet test", failure.Message);
        Assert.False(File.Exists(golden));
        Assert.Equal("x: 1\n", File.ReadAllText(Path.Combine(folder, "new.received.yaml")));
    }

    [Fact]
    public void Received_file_sits_next_to_the_golden_file()
    {
        Assert.Equal(Path.Combine("dir", "SparkPi.g.cs.received.txt"), Golden.ReceivedPath(Path.Combine("dir", "SparkPi.g.cs.txt")));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>Accept mode: sets KUBEDSL_ACCEPT for the duration of each test and restores it.</summary>
[Collection(AcceptSwitchCollection.Name)]
public sealed class GoldenAcceptTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kubedsl-golden-" + Guid.NewGuid().ToString("N"));
    private readonly AcceptSwitch acceptOff = AcceptSwitch.Set(null);

    public void Dispose()
    {
        acceptOff.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Accept_mode_writes_the_golden_file_creating_folders()
    {
        var golden = Path.Combine(folder, "sub", "b.yaml");

        using (AcceptSwitch.Set("1"))
        {
            Golden.AssertMatches(golden, "y: 2\n");
        }

        Assert.Equal("y: 2\n"u8.ToArray(), File.ReadAllBytes(golden));
        Golden.AssertMatches(golden, "y: 2\n");
    }

    [Fact]
    public void Accept_mode_overwrites_a_differing_golden_file_and_removes_the_received_file()
    {
        Directory.CreateDirectory(folder);
        var golden = Path.Combine(folder, "c.yaml");
        File.WriteAllText(golden, "old: 1\r\n");
        Assert.Throws<XunitException>(() => Golden.AssertMatches(golden, "new: 1\n"));
        Assert.True(File.Exists(Path.Combine(folder, "c.received.yaml")));

        using (AcceptSwitch.Set("1"))
        {
            Golden.AssertMatches(golden, "new: 1\n");
        }

        Assert.Equal("new: 1\n", File.ReadAllText(golden));
        Assert.False(File.Exists(Path.Combine(folder, "c.received.yaml")));
    }

    [Fact]
    public void Only_the_value_1_switches_accept_mode_on()
    {
        var golden = Path.Combine(folder, "d.yaml");

        using (AcceptSwitch.Set("true"))
        {
            Assert.False(Golden.Accepting);
            Assert.Throws<XunitException>(() => Golden.AssertMatches(golden, "z: 1\n"));
        }

        Assert.False(File.Exists(golden));
    }

    [Fact]
    public void The_switch_restores_the_previous_value()
    {
        using (AcceptSwitch.Set("previous"))
        {
            using (AcceptSwitch.Set("1"))
            {
                Assert.True(Golden.Accepting);
            }

            Assert.Equal("previous", Environment.GetEnvironmentVariable(Golden.AcceptVariable));
        }

        Assert.Null(Environment.GetEnvironmentVariable(Golden.AcceptVariable));
    }
}

/// <summary>
/// Tests that read or set KUBEDSL_ACCEPT. The variable is process-wide, so this collection runs on its own, after
/// the parallel ones: no other test can see accept mode switched on by mistake.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AcceptSwitchCollection
{
    public const string Name = "KUBEDSL_ACCEPT switch";
}

/// <summary>Sets (or with null, unsets) KUBEDSL_ACCEPT until disposed, then puts back whatever was there.</summary>
internal sealed class AcceptSwitch : IDisposable
{
    private readonly string? previous = Environment.GetEnvironmentVariable(Golden.AcceptVariable);

    private AcceptSwitch(string? value) => Environment.SetEnvironmentVariable(Golden.AcceptVariable, value);

    public static AcceptSwitch Set(string? value) => new(value);

    public void Dispose() => Environment.SetEnvironmentVariable(Golden.AcceptVariable, previous);
}
