using KubeDsl.CodeFixes;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// docs/managed-elsewhere.md: every rule that judges by what the project does not define is a warning, is silenced
/// by an assembly attribute and by an inventory file, and has a code fix that writes the attribute. One fixture per
/// rule, each checked four ways.
/// </summary>
public class ManagedElsewhereTests
{
    /// <summary>A rule of the convention: its fixture (one finding at #0), the attribute, the inventory YAML that declares the object, and the message.</summary>
    public sealed record Case(string Id, string Source, string Attribute, string Inventory, string Message)
    {
        public string Plain => Source.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);

        public override string ToString() => Id;
    }

    private const string Pod = """
        public static class Jobs
        {
            [Manifest("pod.yaml")]
            public static V1Pod Worker => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "jobs" },
                Spec = new V1PodSpec
                {
                    Containers = [new V1Container { Name = "main", Image = "busybox:1.36", EnvFrom = [new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = {|#0:"api"|} } }] }],
                },
            };
        }
        """;

    private const string PodInOtherNamespace = """
        public static class Jobs
        {
            [Manifest("account.yaml")]
            public static V1ServiceAccount Runner => new() { Metadata = new V1ObjectMeta { Name = "runner", NamespaceProperty = "platform" } };

            [Manifest("pod.yaml")]
            public static V1Pod Worker => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "jobs" },
                Spec = new V1PodSpec { ServiceAccountName = {|#0:"runner"|}, Containers = [new V1Container { Name = "main", Image = "busybox:1.36" }] },
            };
        }
        """;

    private const string Driver = """
        public static class Jobs
        {
            [Manifest("account.yaml")]
            public static V1ServiceAccount Spark => new() { Metadata = new V1ObjectMeta { Name = "spark", NamespaceProperty = "etl" } };

            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { ServiceAccount = {|#0:"spark"|} },
                    Executor = new ExecutorSpec(),
                },
            };
        }
        """;

    private const string Snapshot = """
        public static class Jobs
        {
            [Manifest("snapshot.yaml")]
            public static FlinkStateSnapshot Savepoint => new()
            {
                Metadata = new V1ObjectMeta { Name = "example-savepoint" },
                Spec = new FlinkStateSnapshotSpec { JobReference = new JobReference { Kind = JobKind.FlinkDeployment, Name = {|#0:"example-deployment"|} }, Savepoint = new SavepointSpec() },
            };
        }
        """;

    private const string SessionJob = """
        public static class Jobs
        {
            [Manifest("job.yaml")]
            public static FlinkSessionJob Job => new()
            {
                Metadata = new V1ObjectMeta { Name = "report" },
                Spec = new FlinkSessionJobSpec { DeploymentName = {|#0:"shared-session"|}, Job = new JobSpec { JarURI = "https://repo.example.com/r.jar", Parallelism = 1, UpgradeMode = UpgradeMode.LastState } },
            };
        }
        """;

    private const string SessionCluster = """
        apiVersion: flink.apache.org/v1beta1
        kind: FlinkDeployment
        metadata: {name: shared-session}
        spec:
          flinkVersion: v1_20
          serviceAccount: flink
          flinkConfiguration:
            execution.checkpointing.dir: s3://bucket/checkpoints
        """;

    private static readonly Case[] All =
    [
        new Case("KD5001", Pod, "[assembly: ExternalSecret(\"api\")]",
            "apiVersion: v1\nkind: Secret\nmetadata: {name: api, namespace: jobs}\n",
            "Secret 'api' (used by container 'main''s envFrom) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"api\")]"),
        new Case("KD5003", PodInOtherNamespace, "[assembly: ExternalServiceAccount(\"runner\", Namespace = \"jobs\")]",
            "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: runner, namespace: jobs}\n",
            "ServiceAccount 'runner' (used by the pod) must be in namespace 'jobs', but it is declared in: platform; define it there too, or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\", Namespace = \"jobs\")]"),
        new Case("KD5004", Driver, "[assembly: ExternalServiceAccount(\"spark\")]",
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: spark-driver, namespace: etl}
            rules:
            - apiGroups: [""]
              resources: [pods, services, configmaps]
              verbs: ["*"]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: spark-driver, namespace: etl}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark-driver}
            subjects: [{kind: ServiceAccount, name: spark, namespace: etl}]
            """,
            "The driver's service account 'spark' cannot run a Spark driver: no RoleBinding or ClusterRoleBinding in these definitions binds it to a role (when its bindings are managed elsewhere, list them in an inventory file or declare the account with [assembly: ExternalServiceAccount(\"spark\")])"),
        new Case("KD3030", Snapshot, "[assembly: ExternalFlinkDeployment(\"example-deployment\")]",
            "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: example-deployment}\nspec: {flinkVersion: v1_20, serviceAccount: flink}\n",
            "FlinkDeployment 'example-deployment' (the target of snapshot 'example-savepoint') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalFlinkDeployment(\"example-deployment\")]"),
        new Case("KD3030", SessionJob, "[assembly: ExternalFlinkDeployment(\"shared-session\")]", SessionCluster,
            "FlinkDeployment 'shared-session' (the target of session job 'report') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalFlinkDeployment(\"shared-session\")]"),
    ];

    public static TheoryData<Case> Cases { get; } = new(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_a_warning_at_the_reference(Case c)
    {
        Assert.Equal(RuleSeverity.Warning, RuleCatalog.Descriptors.Single(d => d.Id == c.Id).Severity);
        return Verify.Analyzer(c.Source, Verify.Diagnostic(c.Id, 0, c.Message).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_silenced_by_the_attribute(Case c) => Verify.Analyzer(c.Attribute + "\n" + c.Plain);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_silenced_by_an_inventory_file(Case c) => Verify.AnalyzerWithFiles([("/platform/cluster.yaml", c.Inventory, true)], c.Plain);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Code_fix_writes_the_attribute(Case c)
    {
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, DeclareExternalCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Verify.Usings + c.Source,
            FixedCode = Verify.Usings + "\n" + c.Attribute.Replace("[assembly: ", "[assembly: KubeDsl.", StringComparison.Ordinal) + "\n" + c.Plain,
            // Reported when the compilation ends (the rule needs every definition); the IDE still offers the fix.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(c.Id, 0, c.Message));
        await test.RunAsync();
    }

    [Fact]
    public void Every_rule_of_the_convention_has_a_case_and_its_page_links_the_convention()
    {
        string[] convention = ["KD3030", "KD5001", "KD5003", "KD5004"];
        Assert.Equal(convention, All.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal));
        foreach (var id in convention)
        {
            var page = File.ReadAllText(Path.Combine(KubeDsl.TestKit.Fixtures.RepoRoot, "docs", "rules", id + ".md"));
            Assert.Contains("managed-elsewhere.md", page, StringComparison.Ordinal);
        }
    }

    // A session job is judged on its cluster's configuration merged with its own (DefaultValidator.validateSessionJobWithCluster).
    private const string Cluster = """
        [assembly: ExternalServiceAccount("flink")]
        [assembly: FlinkOperatorDefault("jobmanager.memory.process.size", "1600m")]
        [assembly: FlinkOperatorDefault("taskmanager.memory.process.size", "1728m")]
        public static class Clusters
        {
            [Manifest("session.yaml")]
            public static FlinkDeployment Session => new()
            {
                Metadata = new V1ObjectMeta { Name = "shared-session" },
                Spec = new FlinkDeploymentSpec { Image = "flink:1.20", FlinkVersion = FlinkVersion.V1_20, ServiceAccount = "flink", FlinkConfiguration = new Dictionary<string, string> { CONF } },
            };
        }
        """;

    private static string SessionJobWith(string clusterConf, bool markUpgradeMode = false) =>
        Cluster.Replace("CONF", clusterConf, StringComparison.Ordinal) + "\n"
        + SessionJob.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("\"shared-session\"|}", "\"shared-session\"", StringComparison.Ordinal)
            .Replace("UpgradeMode = UpgradeMode.LastState", markUpgradeMode ? "UpgradeMode = {|#0:UpgradeMode.LastState|}" : "UpgradeMode = UpgradeMode.LastState", StringComparison.Ordinal);

    [Fact]
    public Task Session_job_takes_the_checkpoint_directory_of_its_cluster() => Verify.Analyzer(
        SessionJobWith("[\"execution.checkpointing.dir\"] = \"s3://bucket/checkpoints\""));

    [Fact]
    public Task Session_job_without_a_checkpoint_directory_in_either_is_reported() => Verify.Analyzer(
        SessionJobWith("[\"taskmanager.numberOfTaskSlots\"] = \"2\"", markUpgradeMode: true),
        Verify.Diagnostic("KD3005", 0, "The Flink operator rejects this: upgrade mode last-state needs a checkpoint directory; set execution.checkpointing.dir in flinkConfiguration"));

    [Fact]
    public Task Session_job_periodic_savepoints_need_a_savepoint_directory_in_the_merged_configuration() => Verify.Analyzer(
        Cluster.Replace("CONF", "[\"execution.checkpointing.dir\"] = \"s3://bucket/checkpoints\"", StringComparison.Ordinal) + "\n"
        + SessionJob.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("\"shared-session\"|}", "\"shared-session\"", StringComparison.Ordinal)
            .Replace("Job = new JobSpec", "FlinkConfiguration = new Dictionary<string, string> { [\"kubernetes.operator.periodic.savepoint.interval\"] = {|#0:\"1h\"|} }, Job = new JobSpec", StringComparison.Ordinal),
        Verify.Diagnostic("KD3013", 0, "The Flink operator rejects this: kubernetes.operator.periodic.savepoint.interval needs a savepoint directory (execution.checkpointing.savepoint-dir)"));

    [Fact]
    public Task Session_job_of_a_cluster_in_the_inventory_takes_its_configuration() => Verify.AnalyzerWithFiles(
        [("/platform/cluster.yaml", SessionCluster, true)],
        SessionJob.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal));

    [Fact]
    public Task Session_job_of_a_cluster_managed_elsewhere_is_not_judged_on_a_configuration_it_cannot_see() => Verify.Analyzer(
        "[assembly: ExternalFlinkDeployment(\"shared-session\")]\n" + SessionJob.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal));
}
