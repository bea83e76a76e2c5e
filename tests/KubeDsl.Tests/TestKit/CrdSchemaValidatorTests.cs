using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

public sealed class CrdSchemaValidatorTests
{
    private const string QuantityPattern =
        @"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$";

    // The driver's securityContext ends right before "executor:"; this text occurs once in spark-pi.yaml.
    private const string DriverSecurityTail =
        "      runAsNonRoot: true\n      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: RuntimeDefault\n  executor:";

    // The pod template example's four faults, which KubeDsl's own pod templates do not copy.
    private static readonly string[] PodTemplateExampleFaults =
    [
        "[4].spec.driver.template.spec.securityContext.capabilities: unknown field",
        "[4].spec.driver.template.spec.securityContext.allowPrivilegeEscalation: unknown field",
        "[4].spec.executor.template.spec.securityContext.capabilities: unknown field",
        "[4].spec.executor.template.spec.securityContext.allowPrivilegeEscalation: unknown field",
    ];

    [Fact]
    public void All_fourteen_upstream_examples_are_present()
    {
        Assert.Equal(14, UpstreamExamples.Files.Count);
    }

    [Theory]
    [MemberData(nameof(UpstreamExamples.FileNames), MemberType = typeof(UpstreamExamples))]
    public void Upstream_example_validates_against_its_CRD(string file)
    {
        var operatorDocuments = Crds.Kinds(UpstreamExamples.Read(file)).Count(Crds.IsOperatorKind);

        var errors = Crds.ValidateAll(UpstreamExamples.Read(file));

        Assert.True(operatorDocuments > 0, $"{file} holds no SparkApplication or ScheduledSparkApplication");
        if (file == "spark-pi-pod-template.yaml")
        {
            // Upstream's example puts container settings in the pods' securityContext, which has no such fields.
            errors = errors.Except(PodTemplateExampleFaults.Select(f => errors.First(e => e.StartsWith(f, StringComparison.Ordinal)))).ToList();
        }

        Assert.True(errors.Count == 0, $"{file}:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_prometheus_example_is_a_template_that_needs_its_registry_filled_in()
    {
        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlTree.ParseAll(UpstreamExamples.Raw("spark-pi-prometheus.yaml")));
    }

    [Fact]
    public void Pod_template_example_checks_the_SparkApplication_its_ConfigMaps_and_Secrets()
    {
        Assert.Equal(["ConfigMap", "Secret", "ConfigMap", "Secret", "SparkApplication"], Crds.Kinds(UpstreamExamples.Read("spark-pi-pod-template.yaml")));
        var errors = Crds.ValidateAll(UpstreamExamples.Read("spark-pi-pod-template.yaml"));
        Assert.Equal(PodTemplateExampleFaults, errors.Select(e => e[..(e.IndexOf("field", StringComparison.Ordinal) + "field".Length)]));

        var broken = UpstreamExamples.Mutate("spark-pi-pod-template.yaml", "    cores: 1\n    coreLimit: \"1\"", "    cores: \"1\"\n    coreLimit: \"1\"");
        var error = Assert.Single(Crds.ValidateAll(broken), e => !PodTemplateExampleFaults.Any(f => e.StartsWith(f, StringComparison.Ordinal)));
        Assert.StartsWith("[4].spec.driver.cores: expected integer, got \"1\" (string)", error);
    }

    [Theory]
    // Wrong types.
    [InlineData("spark-pi.yaml", "  arguments:\n  - \"5000\"\n", "  arguments: \"5000\"\n", "spec.arguments: expected array, got \"5000\" (string)")]
    [InlineData("spark-pi.yaml", "    labels:\n      version: 4.0.0\n    cores: 1", "    labels:\n      version: 4.0\n    cores: 1", "spec.driver.labels.version: expected string, got 4.0 (float)")]
    [InlineData("spark-pi.yaml", "serviceAccount: spark-operator-spark", "serviceAccount: yes", "spec.driver.serviceAccount: expected string, got yes (bool)")]
    [InlineData("spark-pi.yaml", DriverSecurityTail, "      runAsNonRoot: \"true\"" + "\n      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: RuntimeDefault\n  executor:", "spec.driver.securityContext.runAsNonRoot: expected boolean, got \"true\" (string)")]
    [InlineData("spark-pi.yaml", "    cores: 1\n    memory: 512m\n    serviceAccount", "    cores: 1.5\n    memory: 512m\n    serviceAccount", "spec.driver.cores: expected integer, got 1.5 (float)")]
    // Integers given as quoted strings.
    [InlineData("spark-pi.yaml", "    cores: 1\n    memory: 512m\n    serviceAccount", "    cores: \"1\"\n    memory: 512m\n    serviceAccount", "spec.driver.cores: expected integer, got \"1\" (string) (a quoted number is a string; leave out the quotes)")]
    [InlineData("spark-pi-scheduled.yaml", "      cores: 1\n      memory: 512m\n      serviceAccount", "      cores: '1'\n      memory: 512m\n      serviceAccount", "spec.template.driver.cores: expected integer, got \"1\" (string)")]
    // Unknown fields, which the API server would prune without a word.
    [InlineData("spark-pi.yaml", "  sparkVersion: 4.0.4\n", "  sparkVersion: 4.0.4\n  sparkVersoin: 4.0.4\n", "spec.sparkVersoin: unknown field")]
    [InlineData("spark-pi.yaml", DriverSecurityTail, "      runAsUsr: 185\n" + DriverSecurityTail, "spec.driver.securityContext.runAsUsr: unknown field")]
    [InlineData("spark-pi.yaml", "  name: spark-pi\n", "  name: spark-pi\n  lables:\n    app: pi\n", "metadata.lables: unknown field")]
    // Required fields.
    [InlineData("spark-pi.yaml", "  sparkVersion: 4.0.4\n", "", "spec.sparkVersion: required field is missing")]
    [InlineData("spark-pi-scheduled.yaml", "  schedule: \"@every 3m\"\n", "", "spec.schedule: required field is missing")]
    [InlineData("spark-pi.yaml", "  name: spark-pi\n", "", "metadata.name: required field is missing")]
    // Enums (case matters).
    [InlineData("spark-pi.yaml", "  type: Scala\n", "  type: Kotlin\n", "spec.type: \"Kotlin\" (string) is not one of the allowed values: Java, Python, Scala, R")]
    [InlineData("spark-pi.yaml", "  mode: cluster\n", "  mode: Cluster\n", "spec.mode: \"Cluster\" (string) is not one of the allowed values: cluster, client")]
    [InlineData("spark-pi-python.yaml", "  pythonVersion: \"3\"\n", "  pythonVersion: \"4\"\n", "spec.pythonVersion: \"4\" (string) is not one of the allowed values: 2, 3")]
    [InlineData("spark-pi-python.yaml", "  pythonVersion: \"3\"\n", "  pythonVersion: 3\n", "spec.pythonVersion: expected string, got 3 (int)")]
    // Bounds and integer formats.
    [InlineData("spark-pi.yaml", "    instances: 1\n", "    instances: 0\n", "spec.executor.instances: 0 is less than the minimum 1")]
    [InlineData("spark-pi-prometheus.yaml", "      port: 8090\n", "      port: 80\n", "spec.monitoring.prometheus.port: 80 is less than the minimum 1024")]
    [InlineData("spark-pi-prometheus.yaml", "      port: 8090\n", "      port: 50000\n", "spec.monitoring.prometheus.port: 50000 is greater than the maximum 49151")]
    [InlineData("spark-pi.yaml", "    cores: 1\n    memory: 512m\n    serviceAccount", "    cores: 3000000000\n    memory: 512m\n    serviceAccount", "spec.driver.cores: 3000000000 is out of range for format int32")]
    // Patterns (resource quantities) and int-or-string.
    [InlineData("spark-pi-emptydir.yaml", "        sizeLimit: 1Gi\n", "        sizeLimit: 1GB\n", "spec.volumes[0].emptyDir.sizeLimit: \"1GB\" (string) does not match the pattern " + QuantityPattern)]
    [InlineData("spark-pi-emptydir.yaml", "        sizeLimit: 1Gi\n", "        sizeLimit: \"1Gi\\n\"\n", "spec.volumes[0].emptyDir.sizeLimit: \"1Gi\\n\" (string) does not match the pattern")]
    [InlineData("spark-pi-emptydir.yaml", "        sizeLimit: 1Gi\n", "        sizeLimit: true\n", "spec.volumes[0].emptyDir.sizeLimit: expected an integer or a string, got true (bool)")]
    // null where the schema is not nullable.
    [InlineData("spark-pi.yaml", "    memory: 512m\n    serviceAccount", "    memory:\n    serviceAccount", "spec.driver.memory: null is not allowed here")]
    // apiVersion and kind.
    [InlineData("spark-pi.yaml", "apiVersion: sparkoperator.k8s.io/v1beta2\n", "apiVersion: sparkoperator.k8s.io/v1\n", "apiVersion: expected sparkoperator.k8s.io/v1beta2, got \"sparkoperator.k8s.io/v1\" (string)")]
    // ObjectMeta (name and label syntax are KD1001's and KD1005's).
    [InlineData("spark-pi.yaml", "  name: spark-pi\n", "  name: spark-pi\n  labels:\n    enabled: true\n", "metadata.labels.enabled: expected string, got true (bool)")]
    public void Broken_example_fails_with_the_exact_path(string file, string find, string replace, string expected)
    {
        var errors = Crds.ValidateAll(UpstreamExamples.Mutate(file, find, replace));

        var error = Assert.Single(errors);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void Errors_name_the_line()
    {
        var yaml = UpstreamExamples.Mutate("spark-pi.yaml", "  type: Scala\n", "  type: Kotlin\n");
        var line = yaml[..yaml.IndexOf("  type: Kotlin", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        Assert.EndsWith($"(line {line})", Assert.Single(Crds.ValidateAll(yaml)));
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var yaml = UpstreamExamples.Mutate("spark-pi.yaml", "  type: Scala\n", "  type: Kotlin\n  bogus: 1\n");
        yaml = yaml.Replace("    instances: 1\n", "    instances: 0\n", StringComparison.Ordinal);

        var errors = Crds.ValidateAll(yaml);

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("spec.type:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("spec.bogus: unknown field", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("spec.executor.instances:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    cores: 1.0\n")] // 1.0 reaches the API server as the JSON number 1
    [InlineData("    cores: 0x1\n")] // YAML 1.1 hex integer
    public void Integral_numbers_in_any_YAML_spelling_are_integers(string cores)
    {
        var yaml = UpstreamExamples.Mutate("spark-pi.yaml", "    cores: 1\n    memory: 512m\n    serviceAccount", cores + "    memory: 512m\n    serviceAccount");

        Assert.Empty(Crds.ValidateAll(yaml));
    }

    [Fact]
    public void Pod_templates_the_CRD_keeps_free_form_are_checked_as_PodTemplateSpecs()
    {
        // spec.driver.template is x-kubernetes-preserve-unknown-fields in the CRD; the operator reads it as a PodTemplateSpec.
        var yaml = UpstreamExamples.Mutate("spark-pi.yaml", "  driver:\n", "  driver:\n    template:\n      madeUp: {a: [1, 2]}\n      spec:\n        initContainers:\n        - name: fetch\n");

        Assert.StartsWith("spec.driver.template.madeUp: unknown field", Assert.Single(Crds.ValidateAll(yaml)));
    }

    [Fact]
    public void The_validator_follows_the_CRD_where_the_CRD_itself_is_loose()
    {
        // spec.driver.podName's pattern is unanchored and its "\\." (single-quoted in the CRD) means a backslash and
        // any character, so any text holding one lowercase letter or digit matches. Only text without any fails.
        const string anchor = "    serviceAccount: spark-operator-spark\n";
        Assert.Empty(Crds.ValidateAll(UpstreamExamples.Mutate("spark-pi.yaml", anchor, anchor + "    podName: Not_A_DNS_Name\n")));
        Assert.StartsWith(
            "spec.driver.podName: \"___\" (string) does not match the pattern",
            Assert.Single(Crds.ValidateAll(UpstreamExamples.Mutate("spark-pi.yaml", anchor, anchor + "    podName: ___\n"))));

        // The Go API defines mode "in-cluster-client" (the mode podName is for), but the CRD enum allows only two modes.
        Assert.StartsWith(
            "spec.mode: \"in-cluster-client\" (string) is not one of the allowed values: cluster, client",
            Assert.Single(Crds.ValidateAll(UpstreamExamples.Mutate("spark-pi.yaml", "  mode: cluster\n", "  mode: in-cluster-client\n"))));

        // ScheduledSparkApplication's concurrencyPolicy has no enum in the CRD (Allow/Forbid/Replace exist only in Go).
        Assert.Empty(Crds.ValidateAll(UpstreamExamples.Mutate("spark-pi-scheduled.yaml", "  concurrencyPolicy: Allow\n", "  concurrencyPolicy: Sometimes\n")));
    }

    [Fact]
    public void Documents_of_the_operator_group_with_an_unknown_kind_are_not_skipped()
    {
        var errors = Crds.ValidateAll("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApp\nmetadata:\n  name: x\n");

        Assert.StartsWith("kind: sparkoperator.k8s.io/v1beta2 has no kind 'SparkApp'; its kinds are SparkApplication, ScheduledSparkApplication, SparkConnect", Assert.Single(errors));
    }

    [Fact]
    public void Loaded_CRDs_describe_themselves()
    {
        var spark = KubeDsl.Schemas.KnownSchemas.Operator(Crds.SparkOperatorGroup, "SparkApplication", flinkMainBranch: false)!;
        var scheduled = KubeDsl.Schemas.KnownSchemas.Operator(Crds.SparkOperatorGroup, "ScheduledSparkApplication", flinkMainBranch: false)!;
        Assert.Equal("v1beta2", spark.StorageVersion);
        Assert.Equal("sparkoperator.k8s.io", spark.Group);
        Assert.Equal("SparkApplication", spark.Kind);
        Assert.Equal("ScheduledSparkApplication", scheduled.Kind);
        Assert.Equal(["v1beta2"], spark.ServedVersions);
    }
}
