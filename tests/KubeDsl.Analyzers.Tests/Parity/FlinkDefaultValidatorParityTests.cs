using System.Text.Json.Nodes;
using static KubeDsl.Analyzers.Tests.Parity.ParityCheck;

namespace KubeDsl.Analyzers.Tests.Parity;

/// <summary>
/// The Flink operator's DefaultValidatorTest (apache/flink-kubernetes-operator release-1.15.0,
/// flink-kubernetes-operator/src/test/.../validation/DefaultValidatorTest.java), case by case on the resources of
/// its TestUtils (written as JSON), with the verdict each case expects. Cases that compare with the last deployed
/// spec or status are listed in docs/flink-validator.md.
/// </summary>
public class FlinkDefaultValidatorParityTests
{
    private const string Namespace = "flink-operator-test";

    // BaseTestUtils.getTestFlinkDeploymentSpec(v1_17) and buildSessionCluster().
    private static JsonObject Session() => new()
    {
        ["apiVersion"] = "flink.apache.org/v1beta1",
        ["kind"] = "FlinkDeployment",
        ["metadata"] = new JsonObject { ["name"] = "test-cluster", ["namespace"] = Namespace },
        ["spec"] = new JsonObject
        {
            ["image"] = "flink:latest",
            ["imagePullPolicy"] = "IfNotPresent",
            ["serviceAccount"] = "flink-operator",
            ["flinkVersion"] = "v1_17",
            ["flinkConfiguration"] = new JsonObject
            {
                ["taskmanager.numberOfTaskSlots"] = "2",
                ["high-availability.type"] = "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory",
                ["high-availability.storageDir"] = "test",
                ["execution.checkpointing.savepoint-dir"] = "test-savepoint-dir",
                ["execution.checkpointing.dir"] = "file:///test/test-checkpoint-dir",
            },
            ["jobManager"] = new JsonObject { ["resource"] = Resource(), ["replicas"] = 1 },
            ["taskManager"] = new JsonObject { ["resource"] = Resource() },
        },
    };

    private static JsonObject Resource() => new() { ["cpu"] = 1.0, ["memory"] = "2048m", ["ephemeralStorage"] = "2G" };

    // buildApplicationCluster(): the session cluster with a job.
    private static JsonObject App() => With(Session(), d => d.Spec()["job"] = new JsonObject
    {
        ["jarURI"] = "local:///tmp/sample.jar",
        ["parallelism"] = 1,
        ["upgradeMode"] = "stateless",
        ["state"] = "running",
    });

    // buildSessionJob().
    private static JsonObject SessionJob() => new()
    {
        ["apiVersion"] = "flink.apache.org/v1beta1",
        ["kind"] = "FlinkSessionJob",
        ["metadata"] = new JsonObject { ["name"] = "test-session-job", ["namespace"] = Namespace },
        ["spec"] = new JsonObject
        {
            ["deploymentName"] = "test-cluster",
            ["job"] = new JsonObject { ["jarURI"] = "https://example.com/sample.jar", ["parallelism"] = 1, ["upgradeMode"] = "stateless", ["state"] = "running" },
            ["flinkConfiguration"] = new JsonObject { ["kubernetes.operator.user.artifacts.http.header"] = "header" },
        },
    };

    // buildFlinkStateSnapshotSavepoint(false, JobReference.fromFlinkResource(buildApplicationCluster())); the test
    // hands the deployment to the validator as the target, so here the snapshot is in the deployment's namespace.
    private static JsonObject Snapshot(string target = "test-cluster") => new()
    {
        ["apiVersion"] = "flink.apache.org/v1beta1",
        ["kind"] = "FlinkStateSnapshot",
        ["metadata"] = new JsonObject { ["name"] = "test-savepoint", ["namespace"] = Namespace },
        ["spec"] = new JsonObject
        {
            ["jobReference"] = new JsonObject { ["kind"] = "FlinkDeployment", ["name"] = target },
            ["savepoint"] = new JsonObject { ["path"] = "test-path", ["alreadyExists"] = false },
        },
    };

    private static JsonObject Conf(JsonObject d) => d.Spec()["flinkConfiguration"]!.AsObject();

    private static JsonObject Job(JsonObject d) => d.Spec()["job"]!.AsObject();

    private static JsonObject Map(params (string Key, string Value)[] pairs)
    {
        var map = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }

    // getDefaultTestAutoScalerFlinkConfigurationMap().
    private static JsonObject Autoscaler(params (string Key, string? Value)[] changes)
    {
        var conf = Map(
            ("job.autoscaler.enabled", "true"),
            ("job.autoscaler.scale-up.max-factor", "100000.0"),
            ("job.autoscaler.scale-down.max-factor", "0.6"),
            ("job.autoscaler.scaling.effectiveness.detection.enabled", "0.1"),
            ("job.autoscaler.utilization.target", "0.7"),
            ("job.autoscaler.utilization.max", "1.0"),
            ("job.autoscaler.utilization.min", "0.3"));
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                conf.Remove(key);
            }
            else
            {
                conf[key] = value;
            }
        }

        return conf;
    }

    private const string Test = "DefaultValidatorTest.";

    private static ParityCase Deployment(string method, string name, Action<JsonObject> change, Upstream verdict, string? rule, string? difference = null) =>
        new(Test + method, name, () => [With(App(), change)], verdict, rule, difference);

    private static ParityCase Valid(string name, Action<JsonObject> change) => Deployment("testValidationWithoutDefaultConfig", name, change, Upstream.Accepts, null);

    private static ParityCase Invalid(string name, Action<JsonObject> change, string rule) => Deployment("testValidationWithoutDefaultConfig", name, change, Upstream.Rejects, rule);

    // testSessionJobAutoScalerConfiguration: the options on the session cluster, the job judged with it.
    private static ParityCase SessionAutoscaler(string method, string name, Upstream verdict, params (string Key, string? Value)[] changes) =>
        new(Test + method, name, () => [With(Session(), s => s.Spec()["flinkConfiguration"] = Autoscaler(changes)), SessionJob()], verdict, verdict == Upstream.Rejects ? "KD3020" : null);

    private static ParityCase DeploymentAutoscaler(string method, string name, Upstream verdict, params (string Key, string? Value)[] changes) =>
        Deployment(method, name, d => d.Spec()["flinkConfiguration"] = Autoscaler(changes), verdict, verdict == Upstream.Rejects ? "KD3020" : null);

    private static ParityCase Jar(string method, string jar, Upstream verdict, IReadOnlyDictionary<string, string>? operatorConfiguration = null, Action<JsonObject>? change = null) =>
        new(Test + method, jar, () => [With(SessionJob(), j => { Job(j)["jarURI"] = jar; change?.Invoke(j); })], verdict, verdict == Upstream.Rejects ? "KD3010" : null)
        {
            OperatorConfiguration = operatorConfiguration,
        };

    public static IEnumerable<ParityCase> All()
    {
        // testValidationWithoutDefaultConfig
        yield return Valid("the application cluster", _ => { });
        yield return Valid("name session-cluster", d => d["metadata"]!["name"] = "session-cluster");
        yield return Invalid("name session-cluster-1.13", d => d["metadata"]!["name"] = "session-cluster-1.13", "KD1001");
        yield return Valid("job suspended", d => Job(d)["state"] = "suspended");
        yield return Valid("job running", d => Job(d)["state"] = "running");
        yield return Invalid("parallelism 0", d => Job(d)["parallelism"] = 0, "KD3006");
        yield return Invalid("taskManager replicas 0", d => d.Spec()["taskManager"] = new JsonObject { ["replicas"] = 0 }, "KD3006");
        yield return Valid("replicas 1 and parallelism 0", d => { d.Spec()["taskManager"]!["replicas"] = 1; Job(d)["parallelism"] = 0; });
        yield return Invalid("savepoint upgrade without a savepoint directory", d => { Conf(d).Remove("execution.checkpointing.savepoint-dir"); Job(d)["upgradeMode"] = "savepoint"; }, "KD3005");
        yield return Invalid("savepoint upgrade without a checkpoint directory", d => { Conf(d).Remove("execution.checkpointing.dir"); Job(d)["upgradeMode"] = "savepoint"; }, "KD3005");
        yield return Invalid("last-state upgrade without a checkpoint directory", d => { Conf(d).Remove("execution.checkpointing.dir"); Job(d)["upgradeMode"] = "last-state"; }, "KD3005");
        yield return Valid("stateless upgrade without a checkpoint directory", d => { Conf(d).Remove("execution.checkpointing.dir"); Job(d)["upgradeMode"] = "stateless"; });
        yield return Invalid("savepointTriggerNonce without a savepoint directory", d => { d.Spec()["flinkConfiguration"] = new JsonObject(); Job(d)["savepointTriggerNonce"] = 123456789; }, "KD3005");
        yield return Invalid("periodic savepoints without a savepoint directory", d => d.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.periodic.savepoint.interval", "1m")), "KD3013");
        yield return Invalid("max checkpoint age without a savepoint directory", d => d.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age", "1m")), "KD3013");
        yield return Valid("an unknown configuration key", d => d.Spec()["flinkConfiguration"] = Map(("random", "config")));
        yield return Invalid("kubernetes.namespace", d => d.Spec()["flinkConfiguration"] = Map(("kubernetes.namespace", "myns")), "KD3003");
        yield return Invalid("high-availability.cluster-id", d => Conf(d)["high-availability.cluster-id"] = "my-cluster-id", "KD3003");
        yield return Invalid("health check without deployment recovery", d => d.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.cluster.health-check.enabled", "true"), ("kubernetes.operator.jm-deployment-recovery.enabled", "false")), "KD3013");
        yield return Valid("log4j-console.properties", d => d.Spec()["logConfiguration"] = Map(("log4j-console.properties", "rootLogger.level = INFO")));
        yield return Invalid("ingress without a template", d => d.Spec()["ingress"] = new JsonObject(), "KD3008");
        yield return Invalid("ingress template example.com:port", d => d.Spec()["ingress"] = Map(("template", "example.com:port")), "KD3008");
        yield return Valid("ingress template example.com/{{namespace}}/{{name}}", d => d.Spec()["ingress"] = Map(("template", "example.com/{{namespace}}/{{name}}")));
        yield return Invalid("an unknown log configuration file", d => d.Spec()["logConfiguration"] = Map(("random", "config")), "KD3004");
        yield return Invalid("standby JobManagers without high availability", d => { d.Spec()["flinkConfiguration"] = new JsonObject(); d.Spec()["jobManager"]!["replicas"] = 2; }, "KD3006");
        yield return Invalid("rollback without high availability", d => d.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.deployment.rollback.enabled", "true")), "KD3013");
        yield return Invalid("jobManager replicas 0", d => d.Spec()["jobManager"]!["replicas"] = 0, "KD3006");
        yield return Valid("TaskManager memory 1G", d => d.Spec()["taskManager"]!["resource"]!["memory"] = "1G");
        yield return Deployment("testValidationWithoutDefaultConfig", "TaskManager memory 100", d => d.Spec()["taskManager"]!["resource"]!["memory"] = "100", Upstream.Accepts, "KD3016",
            "KD3016: 100 bytes parse, so the validator accepts them, but Flink cannot fit its fixed parts (metaspace, overhead) into them and the TaskManager fails when it starts (deploy-time rule D03)");
        yield return Valid("JobManager memory 1Gi", d => d.Spec()["jobManager"]!["resource"]!["memory"] = "1Gi");
        yield return Valid("TaskManager memory 1Gi", d => d.Spec()["taskManager"]!["resource"]!["memory"] = "1Gi");
        yield return Invalid("TaskManager memory invalid", d => d.Spec()["taskManager"]!["resource"]!["memory"] = "invalid", "KD3016");
        yield return Invalid("JobManager memory invalid", d => d.Spec()["jobManager"]!["resource"]!["memory"] = "invalid", "KD3016");
        yield return Invalid("TaskManager memory unset", d => d.Spec()["taskManager"]!["resource"]!.AsObject().Remove("memory"), "KD3021");
        yield return Invalid("JobManager memory unset", d => d.Spec()["jobManager"]!["resource"]!.AsObject().Remove("memory"), "KD3021");
        yield return Invalid("TaskManager memory unset, task heap only", d => { d.Spec()["taskManager"]!["resource"]!.AsObject().Remove("memory"); d.Spec()["flinkConfiguration"] = Map(("taskmanager.memory.task.heap.size", "1024m")); }, "KD3021");
        yield return Valid("JobManager memory unset, JVM heap set", d => { d.Spec()["jobManager"]!["resource"]!.AsObject().Remove("memory"); d.Spec()["flinkConfiguration"] = Map(("jobmanager.memory.heap.size", "2048m")); });
        yield return Valid("TaskManager memory unset, total Flink memory set", d => { d.Spec()["taskManager"]!["resource"]!.AsObject().Remove("memory"); d.Spec()["flinkConfiguration"] = Map(("taskmanager.memory.flink.size", "2048m")); });
        yield return Valid("TaskManager memory unset, task heap and managed memory set", d => { d.Spec()["taskManager"]!["resource"]!.AsObject().Remove("memory"); d.Spec()["flinkConfiguration"] = Map(("taskmanager.memory.task.heap.size", "1024m"), ("taskmanager.memory.managed.size", "1024m")); });
        yield return Valid("savepoint upgrade with a savepoint directory (the spec of the restore case)", d => { Conf(d)["execution.checkpointing.savepoint-dir"] = "file:///flink-data/savepoints"; Job(d)["upgradeMode"] = "savepoint"; });
        yield return Invalid("flinkVersion unset", d => d.Spec().Remove("flinkVersion"), "KD3001");
        yield return Invalid("flinkVersion v1_14", d => d.Spec()["flinkVersion"] = "v1_14", "KD3002");
        yield return Valid("flinkVersion v1_15", d => d.Spec()["flinkVersion"] = "v1_15");
        yield return Invalid("serviceAccount unset", d => d.Spec().Remove("serviceAccount"), "KD3007");
        yield return Valid("serviceAccount flink", d => d.Spec()["serviceAccount"] = "flink");
        yield return Valid("last-state upgrade with kubernetes high availability", d => { Job(d)["upgradeMode"] = "last-state"; Conf(d)["high-availability.type"] = "kubernetes"; });
        yield return Invalid("JobManager ephemeral storage abc", d => d.Spec()["jobManager"]!["resource"]!["ephemeralStorage"] = "abc", "KD1009");
        yield return Invalid("TaskManager ephemeral storage abc", d => d.Spec()["taskManager"]!["resource"]!["ephemeralStorage"] = "abc", "KD1009");

        // testValidationWithDefaultConfig: the operator's defaults give high availability and the checkpoint directory.
        yield return new ParityCase(Test + "testValidationWithDefaultConfig", "last-state upgrade, directories from the operator defaults",
            () => [With(App(), d => { d.Spec()["flinkConfiguration"] = new JsonObject(); Job(d)["upgradeMode"] = "last-state"; })], Upstream.Accepts, null)
        {
            OperatorConfiguration = new Dictionary<string, string>
            {
                ["high-availability.type"] = "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory",
                ["execution.checkpointing.dir"] = "cpdir",
            },
        };

        // testJarUriSchemeValidation, testJarUriHostValidation, testSessionJobJarUriValidationUsesOperatorConfig
        yield return Jar("testJarUriSchemeValidation", "https://example.com/path/to/job.jar", Upstream.Accepts);
        yield return new ParityCase(Test + "testJarUriSchemeValidation", "no jarURI", () => [With(SessionJob(), j => Job(j).Remove("jarURI"))], Upstream.Accepts, null);
        foreach (var jar in new[] { "http://example.com/job.jar", "file:///var/run/secrets/kubernetes.io/serviceaccount/token", "s3://my-bucket/job.jar", "local:///tmp/sample.jar", "/no/scheme/job.jar", "ht tp://bad uri" })
        {
            yield return Jar("testJarUriSchemeValidation", jar, Upstream.Rejects);
        }

        var s3 = new Dictionary<string, string> { ["kubernetes.operator.user.artifacts.allowed-schemes"] = "https;s3" };
        yield return Jar("testJarUriSchemeValidation", "S3://my-bucket/job.jar", Upstream.Accepts, s3);
        foreach (var jar in new[] { "https://169.254.169.254/latest/meta-data/iam/security-credentials/", "https://127.0.0.1/job.jar", "https://localhost/job.jar", "https://10.0.0.1/job.jar", "https://192.168.1.1/job.jar" })
        {
            yield return Jar("testJarUriHostValidation", jar, Upstream.Rejects);
        }

        yield return Jar("testJarUriHostValidation", "https://127.0.0.1/job.jar", Upstream.Accepts, new Dictionary<string, string> { ["kubernetes.operator.user.artifacts.disallow-restricted-hosts"] = "false" });
        yield return Jar("testSessionJobJarUriValidationUsesOperatorConfig", "s3://my-bucket/job.jar", Upstream.Accepts, s3);
        yield return Jar("testSessionJobJarUriValidationUsesOperatorConfig", "file:///etc/passwd", Upstream.Rejects, s3);
        yield return Jar("testSessionJobJarUriValidationUsesOperatorConfig", "file:///etc/passwd (allow-list in the session job's configuration)", Upstream.Rejects, s3,
            j => { Job(j)["jarURI"] = "file:///etc/passwd"; j.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.user.artifacts.allowed-schemes", "https;file")); });
        yield return Jar("testSessionJobJarUriValidationUsesOperatorConfig", "https://169.254.169.254/job.jar", Upstream.Rejects);

        // testSessionJobWithSession
        const string sessions = Test + "testSessionJobWithSession";
        yield return new(sessions, "the session job and its cluster", () => [Session(), SessionJob()], Upstream.Accepts, null);
        yield return new(sessions, "the session job without its cluster", () => [SessionJob()], Upstream.Accepts, null);
        yield return new(sessions, "deploymentName not-match", () => [Session(), With(SessionJob(), j => j.Spec()["deploymentName"] = "not-match")], Upstream.Rejects, "KD3030",
            "KD3030 (a warning): the operator finds a session job's cluster by deploymentName, so only this unit test hands it a cluster of another name; KubeDsl reports that no cluster 'not-match' is declared");
        yield return new(sessions, "a cluster with a job", () => [With(Session(), s => s.Spec()["job"] = new JsonObject()), SessionJob()], Upstream.Rejects, "KD3019");
        yield return new(sessions, "last-state upgrade, the cluster's checkpoint directory", () => [Session(), With(SessionJob(), j => Job(j)["upgradeMode"] = "last-state")], Upstream.Accepts, null);
        yield return new(sessions, "jar HTTP headers", () => [Session(), With(SessionJob(), j => j.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.user.artifacts.http.header", "headerKey1:headerValue1,headerKey2:headerValue2")))], Upstream.Accepts, null);
        yield return new(sessions, "periodic savepoints, the cluster's savepoint directory", () => [Session(), With(SessionJob(), j => j.Spec()["flinkConfiguration"] = Map(("kubernetes.operator.periodic.savepoint.interval", "1m")))], Upstream.Accepts, null);
        yield return new(sessions, "savepoint upgrade, the directories in the job's configuration", () => [With(Session(), s => s.Spec()["flinkConfiguration"] = new JsonObject()),
            With(SessionJob(), j => { Job(j)["upgradeMode"] = "savepoint"; Conf(j)["execution.checkpointing.savepoint-dir"] = "test-savepoint-dir"; Conf(j)["execution.checkpointing.dir"] = "test-checkpoint-dir"; })], Upstream.Accepts, null);

        // The autoscaler tests: on an application cluster, and on a session job's cluster.
        yield return DeploymentAutoscaler("testAutoScalerDeployment", "the test's options", Upstream.Accepts);
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidNegativeScaleDownFactor", "scale-down.max-factor -0.1", Upstream.Rejects, ("job.autoscaler.scale-down.max-factor", "-0.1"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidNegativeScaleUpFactor", "scale-up.max-factor -0.1", Upstream.Rejects, ("job.autoscaler.scale-up.max-factor", "-0.1"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidNegativeUtilization", "utilization.target -0.6", Upstream.Rejects, ("job.autoscaler.utilization.target", "-0.6"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidNegativeUtilizationBoundary", "utilization.max -0.6", Upstream.Rejects, ("job.autoscaler.utilization.max", "-0.6"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidNegativeUtilizationBoundary", "utilization.min -0.6", Upstream.Rejects, ("job.autoscaler.utilization.min", "-0.6"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidExcludedPeriods", "excluded period 12:00-10:00", Upstream.Rejects, ("job.autoscaler.excluded.periods", "12:00-10:00"));
        yield return DeploymentAutoscaler("testAutoScalerDeploymentWithInvalidScalingCoefficientMin", "coefficient-min 1.2", Upstream.Rejects, ("job.autoscaler.observed-scalability.coefficient-min", "1.2"));
        var outOfRange = new (string, string?)[] { ("job.autoscaler.scale-down.max-factor", "-1.6"), ("job.autoscaler.scale-up.max-factor", "-1.6"), ("job.autoscaler.utilization.target", "-1.6"), ("job.autoscaler.utilization.max", "-1.6"), ("job.autoscaler.utilization.min", "-1.6") };
        yield return DeploymentAutoscaler("testNonEnabledAutoScalerDeploymentJob", "options out of range, autoscaler not enabled", Upstream.Accepts, [("job.autoscaler.enabled", null), .. outOfRange]);
        yield return DeploymentAutoscaler("testDisabledEnabledAutoScalerDeploymentJob", "options out of range, autoscaler disabled", Upstream.Accepts, [("job.autoscaler.enabled", "false"), .. outOfRange]);
        yield return SessionAutoscaler("testValidateSessionJob", "the test's options", Upstream.Accepts);
        yield return SessionAutoscaler("testValidateSessionJobWithInvalidNegativeScaleDownFactor", "scale-down.max-factor -0.1", Upstream.Rejects, ("job.autoscaler.scale-down.max-factor", "-0.1"));
        yield return SessionAutoscaler("testValidateSessionJobWithInvalidNegativeScaleUpFactor", "scale-up.max-factor -0.1", Upstream.Rejects, ("job.autoscaler.scale-up.max-factor", "-0.1"));
        yield return SessionAutoscaler("testValidateSessionJobWithInvalidNegativeUtilization", "utilization.target -0.6", Upstream.Rejects, ("job.autoscaler.utilization.target", "-0.6"));
        foreach (var method in new[] { "testValidateSessionJobWithInvalidNegativeUtilizationBoundary", "testValidateSessionJobWithInvalidUtilizationBoundary" })
        {
            yield return SessionAutoscaler(method, "utilization.max -0.6", Upstream.Rejects, ("job.autoscaler.utilization.max", "-0.6"));
            yield return SessionAutoscaler(method, "utilization.min -0.6", Upstream.Rejects, ("job.autoscaler.utilization.min", "-0.6"));
        }

        yield return SessionAutoscaler("testValidateSessionJobWithInvalidExcludedPeriods", "excluded period 12:00-10:00", Upstream.Rejects, ("job.autoscaler.excluded.periods", "12:00-10:00"));
        yield return SessionAutoscaler("testNonEnabledAutoScalerSessionJob", "options out of range, autoscaler disabled", Upstream.Accepts, [("job.autoscaler.enabled", "false"), .. outOfRange]);
        const string utilization = "testAutoScalerUtilizationConfiguration";
        yield return DeploymentAutoscaler(utilization, "deployment: max 0.4 below target 0.5", Upstream.Rejects, ("job.autoscaler.utilization.min", "0.3"), ("job.autoscaler.utilization.target", "0.5"), ("job.autoscaler.utilization.max", "0.4"));
        yield return DeploymentAutoscaler(utilization, "deployment: min 0.8 above target 0.7", Upstream.Rejects, ("job.autoscaler.utilization.min", "0.8"));
        yield return DeploymentAutoscaler(utilization, "deployment: target 1.5", Upstream.Rejects, ("job.autoscaler.utilization.target", "1.5"));
        yield return DeploymentAutoscaler(utilization, "deployment: 0.2, 0.5, 0.6", Upstream.Accepts, ("job.autoscaler.utilization.min", "0.2"), ("job.autoscaler.utilization.target", "0.5"), ("job.autoscaler.utilization.max", "0.6"));
        yield return SessionAutoscaler(utilization, "session job: max 0.4 below target 0.5", Upstream.Rejects, ("job.autoscaler.utilization.min", "0.3"), ("job.autoscaler.utilization.target", "0.5"), ("job.autoscaler.utilization.max", "0.4"));
        yield return SessionAutoscaler(utilization, "session job: max 0.6 below target 0.7", Upstream.Rejects, ("job.autoscaler.utilization.max", "0.6"));
        yield return SessionAutoscaler(utilization, "session job: target 1.5", Upstream.Rejects, ("job.autoscaler.utilization.target", "1.5"));
        yield return SessionAutoscaler(utilization, "session job: 0.2, 0.5, 0.6", Upstream.Accepts, ("job.autoscaler.utilization.min", "0.2"), ("job.autoscaler.utilization.target", "0.5"), ("job.autoscaler.utilization.max", "0.6"));

        // testFlinkStateSnapshotValidator
        const string snapshots = Test + "testFlinkStateSnapshotValidator";
        yield return new(snapshots, "a savepoint of the deployment", () => [App(), Snapshot()], Upstream.Accepts, null);
        yield return new(snapshots, "both checkpoint and savepoint", () => [App(), With(Snapshot(), s => s.Spec()["checkpoint"] = new JsonObject())], Upstream.Rejects, "KD3011");
        yield return new(snapshots, "no jobReference", () => [App(), With(Snapshot(), s => s.Spec().Remove("jobReference"))], Upstream.Rejects, "KD3011");
        yield return new(snapshots, "no jobReference, the savepoint exists", () => [App(), With(Snapshot(), s => { s.Spec().Remove("jobReference"); s.Spec()["savepoint"]!["alreadyExists"] = true; })], Upstream.Accepts, null);
        yield return new(snapshots, "target does-not-exist", () => [With(Snapshot("does-not-exist"), s => s["metadata"]!["namespace"] = "test")], Upstream.Rejects, "KD3030",
            "KD3030 (a warning): the target may be defined in another repository; declare it as managed elsewhere (docs/managed-elsewhere.md). The operator reports it when the snapshot is applied");
    }

    public static TheoryData<ParityCase> Cases { get; } = new(All());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gets_the_verdict_the_row_states(ParityCase row) => ParityCheck.Verify(row);

    [Fact]
    public void Agreement_is_what_the_docs_table_says() => ParityCheck.AssertPageAgrees(All().ToList(), "flink-validator.md");
}
