using KubeDsl.TestKit;

namespace KubeDsl.Cli.Tests;

/// <summary>
/// A fact that runs only when the real-world corpus is beside the repository (../shared/corpus, as in CI); without
/// it the test is skipped with a message saying where it looked. The corpus is read in place, never copied.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(CorpusTests.Folder))
        {
            Skip = $"The manifest corpus is not at {CorpusTests.Folder}; put the shared folder beside the repository to run this test.";
        }
    }
}

/// <summary>validate over the corpus and the upstream examples: no crash, and exactly the findings docs/corpus-findings.md judges.</summary>
public sealed class CorpusTests
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(Fixtures.RepoRoot, "..", "shared", "corpus"));

    [CorpusFact]
    public void The_corpus_validates_without_a_crash_or_an_unreadable_file()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["validate", "--severity", "KD2018=none", Folder], stdout, stderr, null, outputRedirected: true);
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        Assert.Equal(string.Empty, stderr.ToString());

        // Every line but the summary is a finding in the path:line:col: level id: message form.
        var lines = stdout.ToString().TrimEnd().Split('\n');
        Assert.All(lines[..^1], l => Assert.Matches(@"^.+:\d+:\d+: (error|warning|info) KD\d{4}: ", l));
        Assert.Matches(@"^\d+ files, \d+ resources", lines[^1]);
    }

    [Fact]
    public void Upstream_examples_give_only_the_findings_judged_real()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // The examples run against the operators' own service accounts and the TLS example's certificate
        // (made by the Helm charts and cert-manager; the charts' RBAC is not vendored, so KD5004 is off), and the
        // Flink examples target the operator's main branch.
        var inventory = Path.Combine(Path.GetTempPath(), "kubedsl-upstream-inventory-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(inventory, """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: spark-operator-spark, namespace: default}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: flink, namespace: default}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: basic-secure-cert, namespace: default}

            """);
        try
        {
            Program.Run(["validate", "--flink-operator-version", "main", "--severity", "KD2018=none,KD5004=none,KD6107=none,KD6201=none", "--inventory", inventory, Fixtures.Path("upstream", "spark-operator", "examples"), Fixtures.Path("upstream", "flink-operator", "examples")], stdout, stderr, null, outputRedirected: true);
        }
        finally
        {
            File.Delete(inventory);
        }

        var prefix = Fixtures.Path("upstream") + Path.DirectorySeparatorChar;
        var findings = stdout.ToString().TrimEnd().Split('\n')[..^1].Select(l => l.Replace(prefix, string.Empty, StringComparison.Ordinal).Replace('\\', '/')).Select(l => l[..l.IndexOf(": ", l.IndexOf(" KD", StringComparison.Ordinal), StringComparison.Ordinal)]).ToList();

        // docs/corpus-findings.md gives the reason each is real. The info advice upstream's examples get (executor and
        // TaskManager tokens, KD6107; sidecars without requests, KD6201) is left out: it is advice, not a defect.
        Assert.Equal(
        [
            "flink-operator/examples/autoscaling/autoscaling-dynamic.yaml:24:10: warning KD1003",
            "flink-operator/examples/autoscaling/autoscaling.yaml:24:10: warning KD1003",
            "flink-operator/examples/autoscaling/autoscaling.yaml:64:11: warning KD6004",
            "flink-operator/examples/basic-checkpoint-ha.yaml:55:9: warning KD6004",
            "flink-operator/examples/basic-reactive.yaml:55:9: warning KD6004",
            "flink-operator/examples/flink-beam-example/beam-example.yaml:24:10: warning KD1003",
            "flink-operator/examples/flink-python-example/python-example.yaml:24:10: warning KD1003",
            "flink-operator/examples/flink-sql-runner-example/sql-example.yaml:24:10: warning KD1003",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:32:28: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:34:23: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:35:30: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:39:28: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:41:23: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-deployment-only.yaml:42:30: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:28:28: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:30:23: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:31:30: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:35:23: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:36:30: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure-session-job-only.yaml:38:28: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure.yaml:31:28: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure.yaml:33:26: warning KD2014",
            "flink-operator/examples/flink-tls-example/basic-secure.yaml:34:21: warning KD2014",
            "flink-operator/examples/snapshot/job-from-savepoint.yaml:63:11: warning KD6004",
            "spark-operator/examples/spark-pi-pod-template.yaml:76:11: error KD1011",
            "spark-operator/examples/spark-pi-pod-template.yaml:82:11: error KD1011",
            "spark-operator/examples/spark-pi-pod-template.yaml:151:11: error KD1011",
            "spark-operator/examples/spark-pi-pod-template.yaml:157:11: error KD1011",
            "spark-operator/examples/spark-pi-prometheus.yaml:25:26: error KD7001",
        ], findings);
    }
}
