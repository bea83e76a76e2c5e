using System.Text.Json.Nodes;
using static KubeDsl.Analyzers.Tests.Parity.ParityCheck;

namespace KubeDsl.Analyzers.Tests.Parity;

/// <summary>
/// The Spark operator's webhook validator tests (kubeflow/spark-operator v2.5.2,
/// internal/webhook/sparkapplication_validator_test.go and scheduledsparkapplication_validator_test.go), case by
/// case on the same resources written as JSON, with the verdict each case expects. Cases that need cluster state
/// (resource quotas, the previous spec of an update, other object types) are listed in docs/spark-validator.md.
/// </summary>
public class SparkWebhookValidatorParityTests
{
    private const string SparkTest = "sparkapplication_validator_test.go ";
    private const string ScheduledTest = "scheduledsparkapplication_validator_test.go ";

    // newSparkApplication() of the upstream test.
    private static JsonObject App(string name = "test-app") => new()
    {
        ["apiVersion"] = "sparkoperator.k8s.io/v1beta2",
        ["kind"] = "SparkApplication",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["spec"] = Template(),
    };

    private static JsonObject Template() => new()
    {
        ["type"] = "Scala",
        ["sparkVersion"] = "3.5.0",
        ["mode"] = "cluster",
        ["mainApplicationFile"] = "local:///app.py",
        ["driver"] = new JsonObject { ["cores"] = 1, ["memory"] = "1g" },
        ["executor"] = new JsonObject { ["cores"] = 1, ["memory"] = "1g", ["instances"] = 1 },
    };

    // newScheduledSparkApplication() of the upstream test.
    private static JsonObject Scheduled(string name = "test-app") => new()
    {
        ["apiVersion"] = "sparkoperator.k8s.io/v1beta2",
        ["kind"] = "ScheduledSparkApplication",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["spec"] = new JsonObject { ["schedule"] = "@every 1h", ["template"] = Template() },
    };

    private static JsonObject Conf(params (string Key, string Value)[] pairs)
    {
        var conf = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            conf[key] = value;
        }

        return conf;
    }

    // sparkConfSecurityVectors: the keys the webhook denies (the common.SparkKubernetes... constants of pkg/common/spark.go).
    private static readonly (string Name, string Key, string Value)[] SecurityVectors =
    [
        ("driver service account override", "spark.kubernetes.authenticate.driver.serviceAccountName", "cluster-admin"),
        ("executor service account override", "spark.kubernetes.authenticate.executor.serviceAccountName", "cluster-admin"),
        ("submission OAuth token file path", "spark.kubernetes.authenticate.oauthTokenFile", "/var/run/secrets/attacker/token"),
        ("submission OAuth token injection", "spark.kubernetes.authenticate.oauthToken", "stolen-token"),
        ("driver OAuth token file path", "spark.kubernetes.authenticate.driver.oauthTokenFile", "/var/run/secrets/attacker/token"),
        ("driver OAuth token injection", "spark.kubernetes.authenticate.driver.oauthToken", "stolen-token"),
        ("executor OAuth token file path", "spark.kubernetes.authenticate.executor.oauthTokenFile", "/var/run/secrets/attacker/token"),
        ("executor OAuth token injection", "spark.kubernetes.authenticate.executor.oauthToken", "stolen-token"),
        ("namespace override", "spark.kubernetes.namespace", "kube-system"),
        ("spark.master redirect", "spark.master", "k8s://https://attacker-cluster:443"),
        ("spark.kubernetes.driver.master redirect", "spark.kubernetes.driver.master", "k8s://https://attacker-cluster:443"),
        ("container image override", "spark.kubernetes.container.image", "attacker/malicious-image:latest"),
        ("driver container image override", "spark.kubernetes.driver.container.image", "attacker/malicious-image:latest"),
        ("executor container image override", "spark.kubernetes.executor.container.image", "attacker/malicious-image:latest"),
    ];

    // TestSparkApplicationValidatorValidateName and its scheduled twin.
    private static readonly (string Name, string AppName, bool WantError)[] Names =
    [
        ("valid simple name", "test-app", false),
        ("valid name with numbers", "test-app-123", false),
        ("valid single letter", "a", false),
        ("valid name ending with number", "my-app-1", false),
        ("valid name with multiple hyphens", "my-test-app-123", false),
        ("valid 63 char name", new string('a', 63), false),
        ("valid name with hyphens in middle", "a-b-c-d-e", false),
        ("name starting with number", "123test-app", true),
        ("name with uppercase", "Test-App", true),
        ("name with uppercase at start", "TestApp", true),
        ("name with uppercase in middle", "test-App", true),
        ("name starting with hyphen", "-test-app", true),
        ("name ending with hyphen", "test-app-", true),
        ("name with consecutive hyphens", "test--app", false),
        ("empty name", "", true),
        ("name too long", new string('a', 64), true),
        ("name with special characters", "test@app", true),
        ("name with underscore", "test_app", true),
        ("name with spaces", "test app", true),
    ];

    private static readonly (string Name, string Key, string Value)[] BenignKeys =
    [
        ("executor memory tuning", "spark.executor.memory", "4g"),
        ("shuffle partitions tuning", "spark.sql.shuffle.partitions", "200"),
        ("namespace matching app namespace", "spark.kubernetes.namespace", "default"),
        ("arbitrary user-defined key", "spark.myapp.customSetting", "42"),
    ];

    public static IEnumerable<ParityCase> All()
    {
        yield return new(SparkTest + "TestSparkApplicationValidatorValidateCreate_NodeSelectorConflict", "application and driver node selectors",
            () => [With(App(), a => { a.Spec()["nodeSelector"] = new JsonObject { ["role"] = "shared" }; a.Spec()["driver"]!["nodeSelector"] = new JsonObject { ["role"] = "driver" }; })],
            Upstream.Rejects, "KD2004");
        yield return new(SparkTest + "TestSparkApplicationValidatorValidateCreate_Success", "newSparkApplication()", () => [App()], Upstream.Accepts, null);
        yield return new(SparkTest + "TestSparkApplicationValidatorValidateCreate_DriverIngressDuplicatePort", "two ingress options on port 4040",
            () => [With(App(), a => a.Spec()["driverIngressOptions"] = new JsonArray(
                new JsonObject { ["servicePort"] = 4040, ["ingressURLFormat"] = "http://spark-a" },
                new JsonObject { ["servicePort"] = 4040, ["ingressURLFormat"] = "http://spark-b" }))],
            Upstream.Rejects, "KD2005");
        yield return new(SparkTest + "TestSparkApplicationValidatorValidateCreate_PodTemplateRequiresSpark3", "sparkVersion 2.4.0 with a driver template",
            () => [With(App(), a => { a.Spec()["sparkVersion"] = "2.4.0"; a.Spec()["driver"]!["template"] = new JsonObject(); })],
            Upstream.Rejects, "KD2006");
        yield return new(SparkTest + "TestSparkApplicationValidatorValidateUpdate_SpecChangedTriggersValidation", "the new spec's node selectors",
            () => [With(App(), a => { a.Spec()["nodeSelector"] = new JsonObject { ["role"] = "shared" }; a.Spec()["driver"]!["nodeSelector"] = new JsonObject { ["role"] = "driver" }; })],
            Upstream.Rejects, "KD2004");
        foreach (var (name, key, value) in SecurityVectors)
        {
            yield return new(SparkTest + "TestSparkApplicationValidatorSparkConf_SecurityVectorsRejected", name,
                () => [With(App(), a => a.Spec()["sparkConf"] = Conf((key, value)))], Upstream.Rejects, "KD2003");
            yield return new(ScheduledTest + "TestScheduledSparkApplicationValidatorSparkConf_SecurityVectorsRejected", name,
                () => [With(Scheduled(), a => a.Spec()["template"]!["sparkConf"] = Conf((key, value)))], Upstream.Rejects, "KD2003");
        }

        yield return new(SparkTest + "TestSparkApplicationValidatorSparkConf_UpdateRejected", "spark.master on update",
            () => [With(App(), a => a.Spec()["sparkConf"] = Conf(("spark.master", "k8s://https://attacker-cluster:443")))], Upstream.Rejects, "KD2003");
        yield return new(SparkTest + "TestSparkApplicationValidatorSparkConf_TypedError", "the denied key is named",
            () => [With(App(), a => a.Spec()["sparkConf"] = Conf(("spark.master", "k8s://https://attacker-cluster:443")))], Upstream.Rejects, "KD2003");
        yield return new(ScheduledTest + "TestScheduledSparkApplicationValidatorSparkConf_UpdateRejected", "spark.master on update",
            () => [With(Scheduled(), a => a.Spec()["template"]!["sparkConf"] = Conf(("spark.master", "k8s://https://attacker-cluster:443")))], Upstream.Rejects, "KD2003");
        foreach (var (name, key, value) in BenignKeys)
        {
            yield return new(SparkTest + "TestSparkApplicationValidatorSparkConf_BenignKeysPass", name,
                () => [With(App(), a => a.Spec()["sparkConf"] = Conf((key, value)))], Upstream.Accepts, null);
        }

        foreach (var (name, appName, wantError) in Names)
        {
            yield return new(SparkTest + "TestSparkApplicationValidatorValidateName", name,
                () => [App(appName)], wantError ? Upstream.Rejects : Upstream.Accepts, wantError ? "KD1001" : null);

            // Each run of a ScheduledSparkApplication is a SparkApplication named "<name>-<19-digit timestamp>",
            // which must fit in 63 characters: KD1002 refuses what the webhook lets through and the runs then fail.
            var runTooLong = !wantError && appName.Length > 43;
            yield return new(ScheduledTest + "TestScheduledSparkApplicationValidatorValidateName", name,
                () => [Scheduled(appName)], wantError ? Upstream.Rejects : Upstream.Accepts, wantError ? "KD1001" : runTooLong ? "KD1002" : null,
                runTooLong ? "KD1002: the runs' names ('<name>-<timestamp>') would be longer than 63 characters, so each run fails although the webhook accepts the schedule" : null);
        }

        yield return new(ScheduledTest + "TestScheduledSparkApplicationValidatorValidateCreate", "accepts ScheduledSparkApplication instances",
            () => [Scheduled()], Upstream.Accepts, null);
        yield return new(ScheduledTest + "TestScheduledSparkApplicationValidatorValidateUpdate", "accepts ScheduledSparkApplication instances",
            () => [Scheduled()], Upstream.Accepts, null);
    }

    public static TheoryData<ParityCase> Cases { get; } = new(All());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gets_the_verdict_the_row_states(ParityCase row) => ParityCheck.Verify(row);

    [Fact]
    public void Agreement_is_what_the_docs_table_says() => ParityCheck.AssertPageAgrees(All().ToList(), "spark-validator.md");
}
