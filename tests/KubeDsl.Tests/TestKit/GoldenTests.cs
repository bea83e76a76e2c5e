using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

public sealed class GoldenTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kubedsl-golden-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Mismatch_shows_a_numbered_diff_and_leaves_the_received_file()
    {
        Directory.CreateDirectory(folder);
        var golden = Path.Combine(folder, "a.yaml");
        File.WriteAllText(golden, "a: 1\nb: 2\nc: 3\n");

        var failure = Assert.ThrowsAny<Exception>(() => Golden.AssertMatches(golden, "a: 1\nb: 20\nc: 3\n"));

        var lines = failure.Message.Split('\n');
        Assert.Contains(lines, l => l.StartsWith('-') && l.EndsWith(" b: 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.EndsWith(" b: 20", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(' ') && l.EndsWith(" a: 1", StringComparison.Ordinal));
        Assert.Equal("a: 1\nb: 20\nc: 3\n", File.ReadAllText(Path.Combine(folder, "a.received.yaml")));
    }

    [Fact]
    public void Missing_golden_file_fails_with_how_to_accept()
    {
        Directory.CreateDirectory(folder);
        var failure = Assert.ThrowsAny<Exception>(() => Golden.AssertMatches(Path.Combine(folder, "new.yaml"), "x: 1\n"));
        Assert.Contains("KUBEDSL_ACCEPT=1", failure.Message);
    }

    [Fact]
    public void Accept_mode_writes_the_golden_file()
    {
        var golden = Path.Combine(folder, "sub", "b.yaml");
        var previous = Environment.GetEnvironmentVariable("KUBEDSL_ACCEPT");
        Environment.SetEnvironmentVariable("KUBEDSL_ACCEPT", "1");
        try
        {
            Golden.AssertMatches(golden, "y: 2\n");
        }
        finally
        {
            Environment.SetEnvironmentVariable("KUBEDSL_ACCEPT", previous);
        }

        Assert.Equal("y: 2\n", File.ReadAllText(golden));
    }
}
