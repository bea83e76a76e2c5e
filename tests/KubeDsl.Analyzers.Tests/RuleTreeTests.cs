using KubeDsl.TestKit;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// Rules on document trees read from YAML, without the compiler (<see cref="RuleTrees"/>): one rule of each area
/// under src/KubeDsl.Core/Rules firing at its path, and silent on the fixed resource.
/// </summary>
public class RuleTreeTests
{
    private const string Spark = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec:
          type: Scala
          mode: cluster
          image: apache/spark:3.5.3
          sparkVersion: 3.5.3
          mainClass: org.apache.spark.examples.SparkPi
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          driver: {cores: 1, memory: MEMORY, serviceAccount: spark}
          executor: {cores: 1, instances: 1, memory: 512m}

        """;

    private const string ServiceAccount = "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: spark, namespace: jobs}\n";

    [Fact]
    public void Kubernetes_an_invalid_name_is_reported_at_the_name()
    {
        var hit = Assert.Single(RuleTrees.Check("KD1001", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n"));
        Assert.Equal(("ConfigMap/Bad_Name", "metadata.name"), (hit.Resource, hit.Path));
        Assert.StartsWith("ConfigMap name 'Bad_Name' is invalid: ", hit.Message, StringComparison.Ordinal);
        Assert.Empty(RuleTrees.Check("KD1001", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good-name}\n"));
    }

    [Fact]
    public void Spark_memory_in_Kubernetes_units_is_reported_at_the_driver_memory()
    {
        var hit = Assert.Single(RuleTrees.Check("KD2001", Spark.Replace("MEMORY", "2Gi", StringComparison.Ordinal)));
        Assert.Equal(("SparkApplication/pi", "spec.driver.memory"), (hit.Resource, hit.Path));
        Assert.Empty(RuleTrees.Check("KD2001", Spark.Replace("MEMORY", "2g", StringComparison.Ordinal)));
    }

    [Fact]
    public void Flink_a_deployment_without_a_version_is_reported()
    {
        const string deployment = "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: wc}\nspec:\n  image: flink:1.19\n  VERSION\n  serviceAccount: flink\n";
        var hit = Assert.Single(RuleTrees.Check("KD3001", deployment.Replace("VERSION", "flinkProperties: {}", StringComparison.Ordinal)));
        Assert.Equal("FlinkDeployment/wc", hit.Resource);
        Assert.Equal("flinkVersion is required: the Flink operator rejects a FlinkDeployment without it", hit.Message);
        Assert.Empty(RuleTrees.Check("KD3001", deployment.Replace("VERSION", "flinkVersion: v1_19", StringComparison.Ordinal)));
    }

    [Fact]
    public void Security_a_plain_text_password_is_reported_at_its_value()
    {
        const string pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: db}\nspec:\n  containers:\n  - name: app\n    image: app:1\n    env:\n    - {name: DB_PASSWORD, VALUE}\n";
        var hit = Assert.Single(RuleTrees.Check("KD2014", pod.Replace("VALUE", "value: hunter2", StringComparison.Ordinal)));
        Assert.Equal(("Pod/db", "spec.containers[0].env[0].value"), (hit.Resource, hit.Path));
        Assert.Empty(RuleTrees.Check("KD2014", pod.Replace("VALUE", "valueFrom: {secretKeyRef: {name: db, key: password}}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Security_a_pod_sharing_the_host_network_is_reported_across_resources()
    {
        const string pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: net}\nspec:\n  hostNetwork: HOST\n  containers:\n  - {name: app, image: app:1}\n";
        var hit = Assert.Single(RuleTrees.Check("KD6001", pod.Replace("HOST", "true", StringComparison.Ordinal)));
        Assert.Equal(("Pod/net", "spec.hostNetwork"), (hit.Resource, hit.Path));
        Assert.Empty(RuleTrees.Check("KD6001", pod.Replace("HOST", "false", StringComparison.Ordinal)));
    }

    [Fact]
    public void References_a_service_account_declared_nowhere_is_reported_until_it_is_in_the_stream()
    {
        var yaml = Spark.Replace("MEMORY", "512m", StringComparison.Ordinal);
        var hit = Assert.Single(RuleTrees.Check("KD5001", yaml), h => h.Path == "spec.driver.serviceAccount");
        Assert.Contains("'spark'", hit.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleTrees.Check("KD5001", yaml + ServiceAccount), h => h.Path == "spec.driver.serviceAccount");
    }

    [Fact]
    public void Airflow_catchup_without_a_start_date_is_reported_at_catchup()
    {
        const string dag = "kind: KubeDsl.AirflowDag\nmetadata: {name: nightly}\ndagId: nightly\nschedule: '@daily'\ncatchup: true\nSTART\n";
        var hit = Assert.Single(RuleTrees.Check("KD4005", dag.Replace("START", "", StringComparison.Ordinal)));
        Assert.Equal("catchup", hit.Path);
        Assert.Empty(RuleTrees.Check("KD4005", dag.Replace("START", "startDate: '2025-01-01'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Paths_name_keys_with_dots_in_brackets()
    {
        var tree = KubeDsl.Yaml.YamlResources.Read("kind: X\ndata:\n  a.b: [1, {c: 2}]\n").Resources[0];
        var c = ((KubeDsl.Documents.DocMapping)((KubeDsl.Documents.DocSequence)((KubeDsl.Documents.DocMapping)tree["data"]!)["a.b"]!).Items[1])["c"]!;
        Assert.Equal("data[a.b][1].c", RuleTrees.PathOf(tree, c));
        Assert.Null(RuleTrees.PathOf(tree, KubeDsl.Documents.DocScalar.String("c")));
    }
}
