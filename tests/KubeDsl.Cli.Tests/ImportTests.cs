namespace KubeDsl.Cli.Tests;

/// <summary><c>kubedsl import</c> in process: what C# it writes for each shape of YAML, and what it reports.</summary>
public sealed class ImportTests : IDisposable
{
    private const string SparkPi = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: spark-pi
          namespace: default
        spec:
          type: Scala
          mode: cluster
          image: spark:3.5.3
          imagePullPolicy: IfNotPresent
          mainClass: org.apache.spark.examples.SparkPi
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          sparkVersion: 3.5.3
          driver:
            cores: 1
            memory: 512m
            serviceAccount: spark-operator-spark
          executor:
            instances: 2
            cores: 1
            memory: 512m

        """;

    private readonly Cli cli = new();

    public void Dispose() => cli.Dispose();

    private string Read(string relative) => File.ReadAllText(Path.Combine(cli.Folder, relative));

    // Contains, with the whole text in the failure: the written code is what one needs to see.
    private static void Has(string expected, string text)
    {
        if (!text.Contains(expected, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Not found:\n{expected}\n--- in ---\n{text}");
        }
    }

    private static void HasNot(string unexpected, string text)
    {
        if (text.Contains(unexpected, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Found, but should not be:\n{unexpected}\n--- in ---\n{text}");
        }
    }

    [Fact]
    public void A_SparkApplication_becomes_a_typed_definition_with_its_manifest_path()
    {
        cli.Write("in/spark/spark-pi.yaml", SparkPi);

        var result = cli.Run("import", "in", "--out", "jobs", "--namespace", "Acme.Jobs");

        Assert.Equal(0, result.ExitCode);
        Has("spark/spark-pi.yaml: SparkPi.Resource: SparkApplication spark-pi", result.Stdout);
        var code = Read("jobs/spark/SparkPi.cs");
        Has("namespace Acme.Jobs;", code);
        Has("[Manifest(\"spark/spark-pi.yaml\")]", code);
        Has("public static SparkApplication Resource => new()", code);
        Has("Metadata = Meta.Of(\"spark-pi\", \"default\"),", code);
        Has("Type = SparkApplicationType.Scala,", code);
        Has("Mode = DeployMode.Cluster,", code);
        Has("ImagePullPolicy = ImagePullPolicy.IfNotPresent,", code);
        Has("Driver = new DriverSpec { Cores = 1, Memory = \"512m\", ServiceAccount = \"spark-operator-spark\" },", code);
        Has("using KubeDsl.Spark;", code);
        HasNot("using KubeDsl.Flink;", code);
        HasNot("Defaults.", code);
        Assert.False(File.Exists(Path.Combine(cli.Folder, "jobs", "Defaults.cs")));
    }

    [Fact]
    public void Kubernetes_kinds_use_the_k8s_models_and_env_helpers()
    {
        cli.Write("in/pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: etl
            spec:
              containers:
              - name: main
                image: acme/etl:1.2
                env:
                - name: MODE
                  value: batch
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: db
                      key: password
                resources:
                  limits:
                    cpu: 1
                    memory: 1Gi
            """);

        var result = cli.Run("import", "in/pod.yaml", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        var code = Read("jobs/Pod.cs");
        Has("namespace Jobs;", code);
        Has("public static V1Pod Resource => new()", code);
        Has("Env = [EnvVar.Of(\"MODE\", \"batch\"), EnvVar.FromSecret(\"DB_PASSWORD\", \"db\", \"password\")],", code);
        Has("Limits = new Dictionary<string, ResourceQuantity>\n", code);
        Has("[\"cpu\"] = \"1\",\n", code);
        Has("using k8s.Models;", code);
    }

    [Fact]
    public void A_kind_without_a_model_is_written_untyped_with_a_warning_at_its_line()
    {
        cli.Write("in/queue.yaml", """
            apiVersion: scheduling.volcano.sh/v1beta1
            kind: Queue
            metadata:
              name: batch
            spec:
              weight: 1
              reclaimable: true
              capability: {cpu: "8", ratio: 0.5}
              tags: [a, 2]
              empty: null
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        Has("queue.yaml:1:1: warning: KubeDsl has no model for scheduling.volcano.sh/v1beta1 Queue; it is written untyped (a dictionary)", result.Stdout);
        var code = Read("jobs/Queue.cs");
        Assert.StartsWith("// Imported by kubedsl import from queue.yaml.\n#nullable enable\n", code);
        Has("public static Dictionary<string, object?> Resource => new Dictionary<string, object?>", code);
        Has("[\"apiVersion\"] = \"scheduling.volcano.sh/v1beta1\",", code);
        Has("[\"weight\"] = 1,", code);
        Has("[\"reclaimable\"] = true,", code);
        Has("[\"capability\"] = new Dictionary<string, object?> { [\"cpu\"] = \"8\", [\"ratio\"] = 0.5 },", code);
        Has("[\"tags\"] = new List<object?> { \"a\", 2 },", code);
        Has("[\"empty\"] = null,", code);
    }

    [Fact]
    public void A_field_the_model_lacks_keeps_the_whole_resource_untyped_and_names_the_field()
    {
        cli.Write("in/app.yaml", SparkPi.Replace("  image: spark:3.5.3\n", "  image: spark:3.5.3\n  imageRegistry: registry.acme\n"));

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        Has("app.yaml:10:3: warning: spec.imageRegistry: SparkApplicationSpec has no property for the key 'imageRegistry'; the SparkApplication is written untyped so nothing is lost", result.Stdout);
        Has("[\"imageRegistry\"] = \"registry.acme\",", Read("jobs/App.cs"));
        Has("1 resource: 0 typed, 1 untyped", result.Stdout);
    }

    [Fact]
    public void An_enum_value_the_model_does_not_declare_is_untyped_with_the_allowed_values()
    {
        cli.Write("in/app.yaml", SparkPi.Replace("type: Scala", "type: Rust"));

        var result = cli.Run("import", "in", "--out", "jobs");

        Has("app.yaml:7:9: warning: spec.type: 'Rust' is not one of SparkApplicationType's values (Java, Scala, Python, R)", result.Stdout);
    }

    [Fact]
    public void Multi_document_files_and_lists_return_a_collection()
    {
        cli.Write("in/both.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: spark}\n---\n---\n" + SparkPi);
        cli.Write("in/list.yaml", """
            apiVersion: v1
            kind: List
            items:
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        Has("both.yaml: Both.Resources: V1ServiceAccount spark, SparkApplication spark-pi", result.Stdout);
        Has("public static List<object> Resources =>\n    [\n        new V1ServiceAccount { Metadata = Meta.Of(\"spark\") },\n        new SparkApplication\n", Read("jobs/Both.cs"));
        Has("list.yaml:1:1: note: the items of this List are written as one document each", result.Stdout);
        Has("new V1ConfigMap { Metadata = Meta.Of(\"b\") },", Read("jobs/ListManifest.cs"));
    }

    [Fact]
    public void Values_that_occur_three_times_are_named_once_in_Defaults()
    {
        cli.Write("in/a.yaml", SparkPi.Replace("spark-pi", "a"));
        cli.Write("in/b.yaml", SparkPi.Replace("spark-pi", "b"));
        cli.Write("in/c.yaml", SparkPi.Replace("spark-pi", "c").Replace("instances: 2", "instances: 3"));
        cli.Write("in/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: main, image: acme/two:1.0}]\n");
        cli.Write("in/pod2.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec:\n  containers: [{name: main, image: acme/two:1.0}]\n");

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        var defaults = Read("jobs/Defaults.cs");

        // The driver spec is shared whole, so its service account is not a default of its own.
        Has("public static readonly DriverSpec Driver = new() { Cores = 1, Memory = Defaults.Memory, ServiceAccount = \"spark-operator-spark\" };", defaults);
        Has("public const string Memory = \"512m\";", defaults);
        Has("public const string Image = \"spark:3.5.3\";", defaults);
        Has("/// <summary>Used by a.yaml, b.yaml, c.yaml.</summary>", defaults);
        HasNot("spark-operator-spark\";", defaults);

        // Two occurrences are not enough.
        HasNot("acme/two", defaults);
        Has("Image = \"acme/two:1.0\"", Read("jobs/Pod.cs"));

        var a = Read("jobs/A.cs");
        Has("Driver = Defaults.Driver,", a);
        Has("Image = Defaults.Image,", a);
        Has("SparkVersion = Defaults.SparkVersion,", a);
    }

    [Fact]
    public void Comments_go_with_the_keys_they_stand_above()
    {
        cli.Write("in/app.yaml", """
            # The nightly Pi job.
            # Owned by the data team.
            apiVersion: sparkoperator.k8s.io/v1beta2  # the operator's API
            kind: SparkApplication
            metadata:
              name: spark-pi
            spec:
              type: Scala
              mode: cluster
              # Pinned until the upgrade.

              image: spark:3.5.3
              mainApplicationFile: local:///app.jar # a <local> file
              sparkVersion: 3.5.3
              driver: {cores: 1}
              executor:
                instances: 1
                # memory: 4g
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        var code = Read("jobs/App.cs");
        Has("/// <summary>\n/// The nightly Pi job.\n/// Owned by the data team.\n/// </summary>\npublic static class App\n", code);
        Has("            // Pinned until the upgrade.\n\n            Image = \"spark:3.5.3\",\n", code);
        Has("            MainApplicationFile = \"local:///app.jar\", // a <local> file\n", code);
        Has("    // (line 3) the operator's API\n    // (line 18) memory: 4g\n}", code);
        Has("app.yaml:18:1: note: this comment stands above no key or list item; it is written after the member, with its line number", result.Stdout);
    }

    [Fact]
    public void Strings_are_written_so_they_read_back_the_same()
    {
        cli.Write("in/cm.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: text}
            data:
              quoted: "say \"hi\" \\ \t done"
              unicode: "grüße ✓"
              script: |
                #!/bin/sh
                echo "$HOME"
                  indented
              number: "5000"
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        var code = Read("jobs/Cm.cs");
        Has("[\"quoted\"] = \"say \\\"hi\\\" \\\\ \\t done\",", code);
        Has("[\"unicode\"] = \"grüße ✓\",", code);
        Has("[\"script\"] = \"\"\"\n            #!/bin/sh\n            echo \"$HOME\"\n              indented\n\n            \"\"\",", code);
        Has("[\"number\"] = \"5000\",", code);
    }

    [Fact]
    public void Files_that_hold_no_resource_are_left_out_with_exit_code_1()
    {
        cli.Write("in/good.yaml", SparkPi);
        cli.Write("in/broken.yaml", "a: [1, 2\n");
        cli.Write("in/scalar.yaml", "just text\n");
        cli.Write("in/nokind.yaml", "metadata: {name: x}\n");
        cli.WriteBytes("in/binary.yaml", [0x61, 0x00, 0x62]);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(1, result.ExitCode);
        Has("binary.yaml:1:1: error: the file cannot be read as text: it holds a NUL byte at offset 1, so it is binary, not YAML; left out", result.Stdout);
        Assert.Matches(@"broken.yaml:\d+:\d+: error: .+; left out", result.Stdout);
        Has("scalar.yaml:1:1: error: this document is a scalar, not a resource; left out", result.Stdout);
        Has("nokind.yaml:1:1: error: this document has no apiVersion or kind, so it is not a resource; left out", result.Stdout);
        Has("Imported 1 file into jobs (1 resource: 1 typed, 0 untyped; 0 shared values in Defaults); 4 files left out", result.Stdout);
        Assert.Equal(["Good.cs"], Directory.GetFiles(Path.Combine(cli.Folder, "jobs")).Select(Path.GetFileName));
    }

    [Fact]
    public void Usage_and_path_errors_exit_with_2()
    {
        Assert.Equal(2, cli.Run("import", "in").ExitCode);
        Has("--out DIR is required", cli.Run("import", "in").Stderr);
        Has("no such file or folder", cli.Run("import", "missing", "--out", "jobs").Stderr);
        Assert.Equal(2, cli.Run("import", "missing", "--out", "jobs").ExitCode);
        Has("--namespace takes a C# namespace", cli.Run("import", "x", "--out", "j", "--namespace", "1bad").Stderr);
        Has("not standard input", cli.Run("import", "-", "--out", "j").Stderr);
        Assert.Equal(0, cli.Run("import", "--help").ExitCode);
        Assert.Equal("kubedsl 0.1.0\n", cli.Run("--version").Stdout);
        Has("Usage: kubedsl import", cli.Run("import", "--help").Stdout);
    }

    [Fact]
    public void Existing_files_with_other_content_are_kept_unless_forced()
    {
        cli.Write("in/spark-pi.yaml", SparkPi);
        cli.Write("jobs/SparkPi.cs", "// mine\n");

        var refused = cli.Run("import", "in", "--out", "jobs");
        Assert.Equal(2, refused.ExitCode);
        Has("exists with other content; pass --force to overwrite", refused.Stderr);
        Assert.Equal("// mine\n", Read("jobs/SparkPi.cs"));

        Assert.Equal(0, cli.Run("import", "in", "--out", "jobs", "--force").ExitCode);
        Has("SparkApplication", Read("jobs/SparkPi.cs"));

        // The same content again is no clash.
        Assert.Equal(0, cli.Run("import", "in", "--out", "jobs").ExitCode);
    }

    [Fact]
    public void The_project_file_references_the_package_and_the_inventory()
    {
        cli.Write("in/spark-pi.yaml", SparkPi);
        cli.Write("cluster/accounts.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: spark-operator-spark, namespace: default}\n");

        var result = cli.Run("import", "in", "--out", "jobs", "--namespace", "Acme.Jobs", "--project", "--inventory", "cluster/accounts.yaml");

        Assert.Equal(0, result.ExitCode);
        var project = Read("jobs/Jobs.csproj");
        Has("<PackageReference Include=\"KubeDsl\" Version=\"0.1.0\" />", project);
        Has("<KubeDslInventory Include=\"../cluster/accounts.yaml\" />", project);
        Has("<RootNamespace>Acme.Jobs</RootNamespace>", project);
    }

    [Fact]
    public void Class_names_avoid_each_other_and_the_model_types()
    {
        cli.Write("in/dev/spark/ingest.yaml", SparkPi);
        cli.Write("in/prod/spark/ingest.yaml", SparkPi);
        cli.Write("in/spark-application.yaml", SparkPi);
        cli.Write("in/01-first.yaml", SparkPi);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        Has("dev/spark/ingest.yaml: Ingest.Resource", result.Stdout);
        Has("prod/spark/ingest.yaml: SparkIngest.Resource", result.Stdout);
        Has("spark-application.yaml: SparkApplicationManifest.Resource", result.Stdout);
        Has("01-first.yaml: _01First.Resource", result.Stdout);
        Assert.True(File.Exists(Path.Combine(cli.Folder, "jobs", "prod", "spark", "SparkIngest.cs")));
    }

    [Fact]
    public void A_Flink_pod_template_keeps_its_apiVersion_and_kind_and_nested_configuration_is_flattened()
    {
        cli.Write("in/flink.yaml", """
            apiVersion: flink.apache.org/v1beta1
            kind: FlinkDeployment
            metadata: {name: basic}
            spec:
              image: flink:1.20
              flinkVersion: v1_20
              serviceAccount: flink
              flinkConfiguration:
                taskmanager.numberOfTaskSlots: 2
                high-availability:
                  type: kubernetes
              podTemplate:
                apiVersion: v1
                kind: Pod
                spec:
                  containers: [{name: flink-main-container}]
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        var code = Read("jobs/Flink.cs");
        Has("PodTemplate = new FlinkPodTemplate", code);
        Has("ApiVersion = \"v1\",", code);
        Has("[\"taskmanager.numberOfTaskSlots\"] = \"2\",", code);
        Has("[\"high-availability.type\"] = \"kubernetes\",", code);
        Has("flink.yaml:9:36: note: spec.flinkConfiguration[taskmanager.numberOfTaskSlots]: 2 is written as the string \"2\"", result.Stdout);
        Has("flink.yaml:10:5: note: spec.flinkConfiguration[high-availability]: nested configuration is written as dotted keys", result.Stdout);
    }

    [Fact]
    public void Server_set_fields_are_left_out_with_a_note()
    {
        cli.Write("in/cm.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              uid: 1234
              resourceVersion: "99"
              creationTimestamp: "2026-01-01T00:00:00Z"
            data: {a: b}
            status: {}
            """);

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(0, result.ExitCode);
        Has("cm.yaml:5:3: note: metadata.uid is left out: the API server sets it", result.Stdout);
        Has("cm.yaml:9:1: note: status is left out", result.Stdout);
        Has("Metadata = Meta.Of(\"c\"),", Read("jobs/Cm.cs"));
    }

    [Fact]
    public void Hostile_input_is_left_out_with_a_reason_and_never_hangs()
    {
        cli.Write("in/deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var bomb = new System.Text.StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        cli.Write("in/bomb.yaml", bomb.ToString());
        cli.WriteBytes("in/utf8.yaml", [.. "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "u8.ToArray(), 0xFF, (byte)'}', (byte)'\n']);
        cli.Write("in/empty.yaml", "");
        cli.Write("in/ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n");
        File.CreateSymbolicLink(Path.Combine(cli.Folder, "in", "loop"), Path.Combine(cli.Folder, "in"));

        var result = cli.Run("import", "in", "--out", "jobs");

        Assert.Equal(1, result.ExitCode);
        Has("deep.yaml:5:205: error: nesting is deeper than 200 levels; left out", result.Stdout);
        Has("bomb.yaml:10:10: error: the file expands to more than 1000000 values", result.Stdout);
        Has("utf8.yaml:1:1: error: the file cannot be read as text: it is not valid UTF-8", result.Stdout);
        Has("empty.yaml:1:1: error: the file holds no Kubernetes resource; left out", result.Stdout);
        Has("Imported 1 file into jobs", result.Stdout);
    }
}
