using KubeDsl.Rules;

namespace KubeDsl.Cli.Tests;

/// <summary>
/// kubedsl validate gives YAML the findings the analyzers give C# for the least-privilege checks (KD6104-KD6108)
/// and the linters' rows (KD62xx), at the line and column of the offending value; advice that is off by default
/// stays silent until --severity turns it on.
/// </summary>
public sealed class SecurityValidateTests : IDisposable
{
    private const string Rbac = """
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: loader, namespace: etl}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: loader, namespace: etl}
        rules:
        - apiGroups: [""]
          resources: [secrets]
          verbs: [get, list]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: loader, namespace: etl}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: loader}
        subjects:
        - {kind: ServiceAccount, name: loader, namespace: etl}
        """;

    private const string Job = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: load, namespace: etl}
        spec:
          template:
            spec:
              serviceAccountName: loader
              restartPolicy: Never
              containers:
              - name: load
                image: loader:1.0
        """;

    private const string Scheduled = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: ScheduledSparkApplication
        metadata: {name: nightly, namespace: etl}
        spec:
          schedule: "0 2 * * *"
          template:
            type: Scala
            mode: cluster
            sparkVersion: 3.5.3
            image: spark:3.5.3
            mainClass: a.B
            mainApplicationFile: local:///a.jar
            driver: {serviceAccount: spark, cores: 1, memory: 1g}
            executor: {instances: 1, cores: 1, memory: 1g}
        """;

    private const string Account = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: spark, namespace: etl}\n";

    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    private static string Message(RuleDescriptor descriptor, params string[] arguments) => string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);

    [Fact]
    public void Secrets_listed_by_a_jobs_account_are_reported_at_the_verb()
    {
        cli.Write("rbac.yaml", Rbac);
        cli.Write("job.yaml", Job);
        var result = cli.Run("validate", "rbac.yaml", "job.yaml");
        Assert.Equal(
            ["rbac.yaml:11:16: warning KD6105: " + Message(RuleCatalog.SecretsListedByJob, "Role 'loader'", "list", "rules[0].verbs", "RoleBinding 'loader'", "loader", "the pods of Job 'load'")],
            result.Findings);

        // The account's role in the inventory: nothing to report there, but the job's secret meets it (KD6108).
        cli.Write("cluster/rbac.yaml", Rbac);
        cli.Write("job.yaml", Job.Replace("image: loader:1.0", "image: loader:1.0\n        env:\n        - name: PASSWORD\n          valueFrom: {secretKeyRef: {name: db, key: password}}", StringComparison.Ordinal));
        var inventory = cli.Run("validate", "--severity", "KD5001=none", "job.yaml", "--inventory", "cluster");
        Assert.Equal(
            ["job.yaml:14:44: warning KD6108: " + Message(RuleCatalog.SecretsReadableByAccount, "db", "container 'load''s env PASSWORD", "loader", "the pods of Job 'load'", "get and list", "etl", "Role 'loader'", "RoleBinding 'loader'")],
            inventory.Findings);
    }

    [Fact]
    public void Executor_tokens_are_advice()
    {
        cli.Write("app.yaml", Scheduled.Replace("schedule:", "concurrencyPolicy: Forbid\n  schedule:", StringComparison.Ordinal) + "\n---\n" + Account);
        var result = cli.Run("validate", "--severity", "KD5004=none,KD2018=none", "app.yaml");
        Assert.Equal(
            ["app.yaml:15:5: info KD6107: " + Message(RuleCatalog.UnusedAccountToken, "The executor pod", "sets no automountServiceAccountToken", "spark", "Spark executors never call the Kubernetes API (the driver does)", "spec.template.executor.template.spec")],
            result.Findings);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_schedule_without_a_concurrency_policy_and_the_advice_a_project_turns_on()
    {
        cli.Write("app.yaml", Scheduled + "\n---\n" + Account);
        var quiet = new[] { "--severity", "KD5004=none,KD2018=none,KD6107=none" };
        var result = cli.Run(["validate", .. quiet, "app.yaml"]);
        Assert.Equal(["app.yaml:4:1: warning KD6204: " + Message(RuleCatalog.ScheduleConcurrencyUnset, "nightly", "sets no concurrencyPolicy")], result.Findings);

        // Off by default: readOnlyRootFilesystem (KD6206) only when asked for; digests (KD6200) only with the option.
        Assert.DoesNotContain(result.Findings, f => f.Contains(" KD6206: ", StringComparison.Ordinal) || f.Contains(" KD6200: ", StringComparison.Ordinal));
        var asked = cli.Run(["validate", "--severity", "KD5004=none,KD2018=none,KD6107=none,KD6206=warning", "--require-image-digests", "app.yaml"]);
        Assert.Contains("app.yaml:10:12: warning KD6200: " + Message(RuleCatalog.ImageWithoutDigest, "spark:3.5.3"), asked.Findings);
        Assert.Equal(2, asked.Findings.Count(f => f.Contains(" warning KD6206: ", StringComparison.Ordinal)));
    }
}
