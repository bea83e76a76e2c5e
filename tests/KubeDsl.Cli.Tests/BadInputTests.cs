using System.Diagnostics;
using System.Text;

namespace KubeDsl.Cli.Tests;

/// <summary>Input that is not a manifest is a finding or an error naming the file: never a crash, never a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("not: yaml: at all\n", "bad.yaml:1:10: error KD7001: The file is not valid YAML (")]
    [InlineData("", "bad.yaml:1:1: error KD7003: The file is empty; kubectl applies only mappings with apiVersion and kind")]
    [InlineData("# only a comment\n---\n", "bad.yaml:1:1: error KD7003: The file holds only comments or empty documents;")]
    [InlineData("just a scalar\n", "bad.yaml:1:1: error KD7003: This document is the scalar 'just a scalar';")]
    [InlineData("- a\n- b\n", "bad.yaml:1:1: error KD7003: This document is a list;")]
    [InlineData("metadata: {name: x}\n", "bad.yaml:1:1: error KD7003: This mapping has no apiVersion and kind;")]
    [InlineData("a: 1\na: 2\n", "bad.yaml:2:1: error KD7001: The file is not valid YAML (key 'a' appears twice in this mapping (first on line 1))")]
    public void Text_that_is_no_resource_is_a_finding(string text, string expected)
    {
        cli.Write("bad.yaml", text);
        var result = cli.Run("validate", "bad.yaml");
        Assert.Contains(result.Findings, f => f.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_binary_file_is_a_finding()
    {
        cli.WriteBytes("image.yaml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        Assert.Equal(["image.yaml:1:1: error KD7002: The file cannot be read as YAML text: it holds a NUL byte at offset 8, so it is binary, not YAML"], cli.Run("validate", "image.yaml").Findings);
    }

    [Fact]
    public void Invalid_utf8_is_a_finding()
    {
        cli.WriteBytes("latin1.yaml", Encoding.Latin1.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\u00e9}\n"));
        var finding = Assert.Single(cli.Run("validate", "latin1.yaml").Findings);
        Assert.StartsWith("latin1.yaml:1:1: error KD7002: The file cannot be read as YAML text: it is not valid UTF-8", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_a_finding_not_a_stack_overflow()
    {
        cli.Write("deep.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var finding = Assert.Single(cli.Run("validate", "deep.yaml").Findings);
        Assert.Contains("KD7001: The file is not valid YAML (nesting is deeper than 200 levels)", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_a_finding_not_a_hang()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        cli.Write("bomb.yaml", bomb.ToString());
        var watch = Stopwatch.StartNew();
        var finding = Assert.Single(cli.Run("validate", "bomb.yaml").Findings);
        Assert.Contains("KD7001: The file is not valid YAML (the file expands to more than 1000000 values", finding, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_50_MB_file_is_read_in_bounded_time()
    {
        // One ConfigMap with a 50 MB value: large but valid.
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: " + new string('x', 50 * 1024 * 1024) + "\n";
        cli.Write("big.yaml", text);
        var watch = Stopwatch.StartNew();
        var result = cli.Run("validate", "big.yaml");
        Assert.Equal("1 file, 1 resource: 0 errors, 0 warnings, 0 notes", result.Summary);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_file_above_the_size_limit_is_a_finding()
    {
        using (var stream = File.Create(Path.Combine(cli.Folder, "huge.yaml")))
        {
            stream.SetLength(Validation.TextDecoding.MaxBytes + 1);
        }

        var finding = Assert.Single(cli.Run("validate", "huge.yaml").Findings);
        Assert.Contains("KD7002: The file cannot be read as YAML text: it is 64 MiB, more than the 64 MiB a manifest may have", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_loop_is_walked_once_and_a_looping_file_link_is_an_error_naming_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating links needs privileges there; the walk is the same code.
        }

        cli.Write("tree/pod.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
        Directory.CreateSymbolicLink(Path.Combine(cli.Folder, "tree", "loop"), Path.Combine(cli.Folder, "tree"));
        File.CreateSymbolicLink(Path.Combine(cli.Folder, "self.yaml"), Path.Combine(cli.Folder, "self.yaml"));

        var watch = Stopwatch.StartNew();
        var tree = cli.Run("validate", "tree");
        Assert.Equal("1 file, 1 resource: 0 errors, 0 warnings, 0 notes", tree.Summary);
        Assert.Equal(0, tree.ExitCode);

        var self = cli.Run("validate", "self.yaml");
        Assert.Equal(2, self.ExitCode);
        Assert.StartsWith("kubedsl validate: self.yaml: ", self.Stderr, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }
}
