using KubeDsl.Documents;
using KubeDsl.Rules;
using KubeDsl.Yaml;

namespace KubeDsl.Cli.Tests;

/// <summary>kubedsl validate over YAML: positions, ids and messages, schemas, the summary and exit codes.</summary>
public sealed class ValidateTests : IDisposable
{
    internal const string Spark = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: etl
          namespace: data
        spec:
          type: Scala
          mode: cluster
          image: spark:3.5.3
          mainClass: org.example.Etl
          mainApplicationFile: local:///opt/etl.jar
          sparkVersion: 3.5.3
          driver:
            cores: 1
            memory: 512m
            serviceAccount: spark
          executor:
            instances: 2
            cores: 1
            memory: 1.5g

        """;

    internal const string ServiceAccount = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: spark
          namespace: data

        """;

    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_rule_finding_is_at_the_offending_scalar_with_the_analyzers_id_and_message()
    {
        cli.Write("etl.yaml", Spark);
        var result = cli.Run("validate", "etl.yaml");

        // The analyzer's message for the same document, from the same catalogue.
        var expected = RuleCatalog.Check(YamlResources.Read(Spark).Resources[0]).Single(f => f.Descriptor.Id == "KD2001").Message;
        Assert.Contains($"etl.yaml:20:13: error KD2001: {expected}", result.Findings);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_missing_value_is_reported_at_the_key_of_the_mapping_that_lacks_it()
    {
        cli.Write("flink.yaml", """
            apiVersion: flink.apache.org/v1beta1
            kind: FlinkDeployment
            metadata:
              name: orders
            spec:
              image: flink:1.20
              serviceAccount: flink
              jobManager:
                resource: {memory: 2048m, cpu: 1}
              taskManager:
                resource: {memory: 2048m, cpu: 1}

            """);
        var result = cli.Run("validate", "flink.yaml");
        Assert.Contains(result.Findings, f => f.StartsWith("flink.yaml:5:1: error KD3001: flinkVersion is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_errors_have_the_ids_of_the_schema_rules_and_name_the_schema_that_refused_the_value()
    {
        cli.Write("bad.yaml", """
            apiVersion: sparkoperator.k8s.io/v1beta2
            kind: SparkApplication
            metadata:
              name: bad
            spec:
              mode: sideways
              image: spark:3.5.3
              sparkVersion: 3.5.3
              mainApplicationFile: local:///x.jar
              driver:
                cores: "1"
                coresLimit: 1
                extra: yes
                template:
                  spec:
                    containers:
                    - name: main
                      imagePullPolicy: Sometimes
                      bogus: 1

            """);
        var findings = cli.Run("validate", "bad.yaml").Findings;
        Assert.Contains("bad.yaml:5:1: error KD1013: The Spark operator v2.5.2 CRD refuses spec.type: required field is missing", findings);
        Assert.Contains("bad.yaml:5:1: error KD1013: The Spark operator v2.5.2 CRD refuses spec.executor: required field is missing", findings);
        Assert.Contains(findings, f => f.StartsWith("bad.yaml:6:9: error KD1014: The Spark operator v2.5.2 CRD refuses spec.mode: \"sideways\" (string) is not one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("bad.yaml:11:12: error KD1012: The Spark operator v2.5.2 CRD refuses spec.driver.cores: expected integer, got \"1\" (string)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("bad.yaml:13:5: error KD1011: The Spark operator v2.5.2 CRD refuses spec.driver.extra: unknown field", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("bad.yaml:19:11: error KD1011: The Kubernetes v1.36 schema refuses spec.driver.template.spec.containers[0].bogus: unknown field", StringComparison.Ordinal));

        // The pull policy is KD1004's (a rule), so the schema's enum error at the same place is left out.
        Assert.Contains(findings, f => f.StartsWith("bad.yaml:18:28: error KD1004:", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.StartsWith("bad.yaml:18:28: error KD1014", StringComparison.Ordinal));
    }

    [Fact]
    public void Flink_resources_are_checked_against_the_release_the_options_name()
    {
        var yaml = File.ReadAllText(Cli.Upstream("flink-operator", "examples", "basic.yaml"));
        cli.Write("basic.yaml", yaml);
        var release = cli.Run("validate", "basic.yaml");
        Assert.Contains(release.Findings, f => f.Contains("KD3012", StringComparison.Ordinal));
        var main = cli.Run("validate", "--flink-operator-version", "main", "basic.yaml");
        Assert.DoesNotContain(main.Findings, f => f.Contains("KD3012", StringComparison.Ordinal) || f.Contains("KD1011", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snapshot_target_in_no_file_is_a_warning_and_the_inventory_declares_it()
    {
        cli.Write("snapshot.yaml", """
            apiVersion: flink.apache.org/v1beta1
            kind: FlinkStateSnapshot
            metadata: {name: example-savepoint, namespace: flink}
            spec:
              jobReference: {kind: FlinkDeployment, name: example-deployment}
              savepoint: {path: "s3://bucket/savepoints"}

            """);
        cli.Write("cluster/deployment.yaml", """
            apiVersion: flink.apache.org/v1beta1
            kind: FlinkDeployment
            metadata: {name: example-deployment, namespace: flink}
            spec: {flinkVersion: v1_20, serviceAccount: flink}

            """);
        var alone = cli.Run("validate", "snapshot.yaml");
        Assert.Equal(["snapshot.yaml:5:47: warning KD3030: FlinkDeployment 'example-deployment' (the target of snapshot 'example-savepoint') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalFlinkDeployment(\"example-deployment\")]"], alone.Findings);
        Assert.Equal(0, alone.ExitCode);
        Assert.Empty(cli.Run("validate", "snapshot.yaml", "--inventory", "cluster").Findings);
    }

    [Fact]
    public void Spark_web_UI_service_names_are_judged_by_the_operator_release_the_options_name()
    {
        // 57 characters: "<name>-ui-svc" is 64, which v2.0.x wrote in full and v2.1.0 and later shorten with a hash.
        cli.Write("long.yaml", """
            apiVersion: sparkoperator.k8s.io/v1beta2
            kind: SparkApplication
            metadata: {name: customer-orders-daily-aggregation-with-late-arrivals-v2-x, namespace: default}
            spec:
              type: Scala
              mode: cluster
              sparkVersion: 3.5.3
              image: spark:3.5.3
              mainClass: a.B
              mainApplicationFile: local:///a.jar
              driver: {cores: 1}
              executor: {instances: 1}

            """);
        Assert.DoesNotContain(cli.Run("validate", "long.yaml").Findings, f => f.Contains("KD1010", StringComparison.Ordinal));
        Assert.Contains(cli.Run("validate", "--spark-operator-version", "v2.0.2", "long.yaml").Findings, f => f.StartsWith("long.yaml:3:18: error KD1010: The Spark operator names the web UI service", StringComparison.Ordinal));
    }

    [Fact]
    public void Operator_defaults_from_the_command_line_count_as_the_deployments_configuration()
    {
        cli.Write("stream.yaml", """
            apiVersion: flink.apache.org/v1beta1
            kind: FlinkDeployment
            metadata: {name: stream, namespace: data}
            spec:
              image: flink:1.20
              flinkVersion: v1_20
              serviceAccount: flink
              jobManager: {resource: {memory: 2048m, cpu: 1}}
              taskManager: {resource: {memory: 2048m, cpu: 1}}
              job: {jarURI: local:///opt/flink/job.jar, parallelism: 2, upgradeMode: last-state}

            """);
        Assert.Contains(cli.Run("validate", "stream.yaml").Findings, f => f.StartsWith("stream.yaml:10:74: error KD3005:", StringComparison.Ordinal));
        var withDefault = cli.Run("validate", "--flink-operator-default", "execution.checkpointing.dir=s3://state/checkpoints", "stream.yaml");
        Assert.DoesNotContain(withDefault.Findings, f => f.Contains("KD3005", StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_document_files_lists_anchors_and_merge_keys_are_read_and_other_kinds_are_counted_as_skipped()
    {
        cli.Write("all.yaml", """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ServiceAccount
              metadata: &meta {name: spark, namespace: data}
            - apiVersion: cert-manager.io/v1
              kind: Issuer
              metadata: {name: ca, namespace: data}
            ---
            apiVersion: sparkoperator.k8s.io/v1beta2
            kind: SparkApplication
            metadata:
              name: etl
              namespace: data
            spec:
              type: Scala
              mode: cluster
              image: spark:3.5.3
              mainApplicationFile: local:///opt/etl.jar
              mainClass: org.example.Etl
              sparkVersion: 3.5.3
              driver: &pod
                cores: 1
                memory: 512m
                serviceAccount: spark
              executor:
                <<: *pod
                instances: 2
                memory: 2g

            """);
        // KD5004 (the account's RBAC) has its own tests; these documents carry no Role.
        var result = cli.Run("validate", "--severity", "KD5004=none,KD6107=none", "all.yaml");
        Assert.Empty(result.Findings);
        Assert.Equal("1 file, 3 resources (1 skipped, no rules for: Issuer): 0 errors, 0 warnings, 0 notes", result.Summary);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Cross_resource_rules_see_every_file_and_the_inventory()
    {
        cli.Write("jobs/etl.yaml", Spark.Replace("memory: 1.5g", "memory: 2g", StringComparison.Ordinal));
        // KD5004 (the account's RBAC) has its own tests; these documents carry no Role.
        var alone = cli.Run("validate", "--severity", "KD5004=none,KD6107=none", "jobs");
        Assert.Contains(alone.Findings, f => f.StartsWith("jobs/etl.yaml:16:21: warning KD5001: ServiceAccount 'spark'", StringComparison.Ordinal));
        Assert.Equal(0, alone.ExitCode);

        cli.Write("jobs/accounts.yaml", ServiceAccount);
        Assert.Empty(cli.Run("validate", "--severity", "KD5004=none,KD6107=none", "jobs").Findings);

        File.Delete(Path.Combine(cli.Folder, "jobs", "accounts.yaml"));
        cli.Write("cluster/accounts.yaml", ServiceAccount + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: s3, namespace: data}\nstringData:\n  key: hunter2\n");
        var withInventory = cli.Run("validate", "--severity", "KD5004=none,KD6107=none", "jobs", "--inventory", "cluster");
        Assert.Equal(["cluster/accounts.yaml:11:8: warning KD5006: " + string.Format(RuleCatalog.InventorySecretValue.MessageFormat, "s3", "key")], withInventory.Findings);
    }

    [Theory]
    [InlineData("example/etl:0.1.13", false)]
    [InlineData("example/spark-py:1.0.0", false)]
    [InlineData("apache/spark:3.4.1", true)]
    public void An_image_tag_is_read_as_a_Spark_version_only_when_it_can_be_one(string image, bool fires)
    {
        cli.Write("etl.yaml", Spark.Replace("image: spark:3.5.3", "image: " + image, StringComparison.Ordinal));
        Assert.Equal(fires, cli.Run("validate", "etl.yaml").Findings.Any(f => f.Contains("KD2012", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_null_metadata_field_is_an_absent_one()
    {
        cli.Write("etl.yaml", Spark.Replace("  namespace: data", "  namespace:", StringComparison.Ordinal));
        Assert.DoesNotContain(cli.Run("validate", "etl.yaml").Findings, f => f.Contains("KD1012", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_count_as_errors_when_asked()
    {
        cli.Write("etl.yaml", Spark.Replace("memory: 1.5g", "memory: 2g", StringComparison.Ordinal));
        Assert.Equal(0, cli.Run("validate", "etl.yaml").ExitCode);
        var strict = cli.Run("validate", "--warnings-as-errors", "etl.yaml");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.Findings, f => f.Contains(": error KD5001:", StringComparison.Ordinal));
    }

    [Fact]
    public void Usage_errors_and_missing_paths_exit_with_2()
    {
        var unknown = cli.Run("validate", "--frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown option '--frobnicate'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("validate", "--format", "xml").ExitCode);
        Assert.Equal(2, cli.Run("validate", "--severity", "KD1003=loud").ExitCode);
        Assert.Equal(2, cli.Run("frobnicate").ExitCode);
        var missing = cli.Run("validate", "nowhere.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere.yaml: no such file or folder", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("validate", "--help").ExitCode);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var result = cli.RunWithInput(Spark, "validate", "-");
        Assert.Contains(result.Findings, f => f.StartsWith("<stdin>:20:13: error KD2001:", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_goes_to_the_file_named()
    {
        cli.Write("etl.yaml", Spark);
        var result = cli.Run("validate", "etl.yaml", "--output", "report.txt");
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("etl.yaml:20:13: error KD2001:", File.ReadAllText(Path.Combine(cli.Folder, "report.txt")), StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Text_is_coloured_only_when_asked_or_on_a_terminal()
    {
        cli.Write("etl.yaml", Spark);
        Assert.DoesNotContain("\u001b[", cli.Run("validate", "etl.yaml").Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[31merror\u001b[0m KD2001", cli.Run("validate", "--color", "etl.yaml").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_the_command_reports_has_a_docs_page()
    {
        var missing = KubeDsl.Rules.InputRules.Everything.Where(d => !File.Exists(Path.Combine(TestKit.Fixtures.RepoRoot, "docs", "rules", d.Id + ".md"))).Select(d => d.Id).ToList();
        Assert.Empty(missing);
    }
}
