namespace KubeDsl.Cli.Tests;

/// <summary>Severity from the command line and .editorconfig, and comments that silence a line.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Latest = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: tool
        spec:
          containers:
          - name: tool
            image: tool:latest

        """;

    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Severity_on_the_command_line_changes_or_silences_an_id()
    {
        cli.Write("pod.yaml", Latest);
        Assert.Contains("pod.yaml:8:12: warning KD1003:", cli.Run("validate", "pod.yaml").Stdout, StringComparison.Ordinal);
        Assert.Empty(cli.Run("validate", "--severity", "KD1003=none", "pod.yaml").Findings);
        var raised = cli.Run("validate", "--severity=KD1003=error", "pod.yaml");
        Assert.Contains("pod.yaml:8:12: error KD1003:", raised.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, raised.ExitCode);
    }

    [Fact]
    public void Editorconfig_files_up_the_tree_set_severities_and_the_closest_wins()
    {
        cli.Write("apps/team/pod.yaml", Latest);
        cli.Write("apps/team/other.yml", Latest);
        cli.Write(".editorconfig", "root = true\n\n[*.{yaml,yml}]\ndotnet_diagnostic.KD1003.severity = error\n");
        cli.Write("apps/team/.editorconfig", "[other.yml]\ndotnet_diagnostic.KD1003.severity = none\n");
        var result = cli.Run("validate", "apps");
        Assert.Equal(["apps/team/pod.yaml:8:12: error KD1003: Image 'tool:latest' uses the moving tag 'latest'; pin a version tag (or a digest) so every deploy runs the same image"], result.Findings);

        // The command line wins over .editorconfig.
        Assert.Contains(cli.Run("validate", "--severity", "KD1003=warning", "apps").Findings, f => f.Contains("warning KD1003", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disable_comment_silences_the_ids_it_names_on_the_next_line()
    {
        cli.Write("pod.yaml", Latest.Replace("    image: tool:latest", "    # kubedsl-disable-next-line KD1003\n    image: tool:latest", StringComparison.Ordinal));
        Assert.Empty(cli.Run("validate", "pod.yaml").Findings);
        cli.Write("pod.yaml", Latest.Replace("    image: tool:latest", "    # kubedsl-disable-next-line KD1004\n    image: tool:latest", StringComparison.Ordinal));
        Assert.Single(cli.Run("validate", "pod.yaml").Findings);
    }

    [Theory]
    [InlineData("*.yaml", "a/b/c.yaml", true)]
    [InlineData("*.yaml", "c.yml", false)]
    [InlineData("*.{yaml,yml}", "a/c.yml", true)]
    [InlineData("apps/*.yaml", "apps/x.yaml", true)]
    [InlineData("apps/*.yaml", "apps/sub/x.yaml", false)]
    [InlineData("apps/**.yaml", "apps/sub/x.yaml", true)]
    [InlineData("file[0-9].yaml", "file3.yaml", true)]
    [InlineData("v{1..3}.yaml", "v2.yaml", true)]
    [InlineData("v{1..3}.yaml", "v4.yaml", false)]
    public void Section_globs_follow_editorconfig(string glob, string path, bool matches) =>
        Assert.Equal(matches, Validation.EditorConfig.Glob(glob).IsMatch(path));

    private const string HostNetwork = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: tool
          namespace: jobs
        spec:
          hostNetwork: true
          containers:
          - name: tool
            image: tool:1.2

        """;

    [Fact]
    public void The_Pod_Security_level_comes_from_the_option_or_the_namespace_label()
    {
        cli.Write("pod.yaml", HostNetwork);

        Assert.Contains(cli.Run("validate", "pod.yaml").Findings, f => f.Contains("warning KD6001:", StringComparison.Ordinal));
        Assert.DoesNotContain(cli.Run("validate", "--pod-security", "none", "pod.yaml").Findings, f => f.Contains(" KD6", StringComparison.Ordinal));
        Assert.Contains(cli.Run("validate", "--pod-security", "restricted", "pod.yaml").Findings, f => f.Contains("warning KD6022:", StringComparison.Ordinal));
        Assert.Equal(2, cli.Run("validate", "--pod-security", "strict", "pod.yaml").ExitCode);

        cli.Write("namespace.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: jobs\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n");
        var enforced = cli.Run("validate", "pod.yaml", "namespace.yaml");
        Assert.Contains(enforced.Findings, f => f.Contains("error KD6001:", StringComparison.Ordinal));
        Assert.Equal(1, enforced.ExitCode);
    }
}
