using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

/// <summary>
/// Kubernetes kinds against the Kubernetes v1.36 definitions: unknown fields, wrong types, missing required fields and
/// enums are reported at their path; valid objects pass; pods are templates their consumer completes.
/// </summary>
public class KubernetesSchemaTests
{
    private const string Valid = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: worker
          labels:
            app: etl
        spec:
          containers:
          - name: main
            image: busybox:1.36
            ports:
            - containerPort: 8080
            resources:
              requests:
                cpu: 500m
                memory: 1Gi
            volumeMounts:
            - name: data
              mountPath: /data
          tolerations:
          - key: pool
            operator: Equal
            value: spark
            effect: NoSchedule
          volumes:
          - name: data
            emptyDir: {}
        """;

    [Fact]
    public void Valid_pod_passes() => Assert.Empty(Crds.ValidateAll(Valid));

    [Theory]
    [InlineData("    image: busybox:1.36\n", "    image: busybox:1.36\n    imagePullPolcy: Always\n", "spec.containers[0].imagePullPolcy: unknown field")]
    [InlineData("    - containerPort: 8080\n", "    - containerPort: \"abc\"\n", "spec.containers[0].ports[0].containerPort: expected integer, got \"abc\" (string)")]
    [InlineData("  - name: main\n", "  - tty: true\n", "spec.containers[0].name: required field is missing")]
    [InlineData("effect: NoSchedule", "effect: noschedule", "spec.tolerations[0].effect: \"noschedule\" (string) is not one of the allowed values: NoExecute, NoSchedule, PreferNoSchedule")]
    [InlineData("  volumes:\n  - name: data\n    emptyDir: {}", "  volumes: data", "spec.volumes: expected array, got \"data\" (string)")]
    [InlineData("    - containerPort: 8080\n", "    - containerPort: 4294967296\n", "spec.containers[0].ports[0].containerPort: 4294967296 is out of range for format int32")]
    public void Faults_are_reported_with_their_path(string find, string replace, string error)
    {
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);
        Assert.StartsWith(error, Assert.Single(Crds.ValidateAll(broken)));
    }

    [Fact]
    public void Quantities_take_numbers_and_other_strings_do_not()
    {
        Assert.Empty(Crds.ValidateAll(Valid.Replace("cpu: 500m", "cpu: 1", StringComparison.Ordinal)));
        Assert.StartsWith(
            "spec.containers[0].image: expected string, got 1 (int)",
            Assert.Single(Crds.ValidateAll(Valid.Replace("image: busybox:1.36", "image: 1", StringComparison.Ordinal))));
    }

    [Fact]
    public void Pods_may_leave_the_main_container_to_their_consumer_and_workloads_may_not()
    {
        Assert.Empty(Crds.ValidateAll("apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n  - name: fetch\n    image: busybox:1.36\n"));

        // Only the containers list is waived: a container without a name is still an error.
        Assert.StartsWith(
            "spec.initContainers[0].name: required field is missing",
            Assert.Single(Crds.ValidateAll("apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n  - image: busybox:1.36\n")));

        const string job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n";
        Assert.StartsWith("spec.template.spec.containers: required field is missing", Assert.Single(Crds.ValidateAll(job)));
    }

    [Fact]
    public void Objects_need_a_name_and_secret_data_is_base64()
    {
        Assert.StartsWith("metadata.name: required field is missing", Assert.Single(Crds.ValidateAll("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: jobs\n")));
        Assert.Empty(Crds.ValidateAll("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: aHVudGVyMg==\n"));
        Assert.StartsWith(
            "data.password: \"hunter2!\" (string) is not base64 text (format byte)",
            Assert.Single(Crds.ValidateAll("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: hunter2!\n")));
    }

    [Fact]
    public void Plain_scalars_are_typed_as_Kubernetes_reads_them()
    {
        // go-yaml v2 reads a plain "yes" as a boolean and 0x1F as an integer, as the API server receives them.
        Assert.StartsWith(
            "spec.containers[0].image: expected string, got yes (bool)",
            Assert.Single(Crds.ValidateAll(Valid.Replace("image: busybox:1.36", "image: yes", StringComparison.Ordinal))));
        Assert.Empty(Crds.ValidateAll(Valid.Replace("containerPort: 8080", "containerPort: 0x1F90", StringComparison.Ordinal)));
    }

    [Fact]
    public void Kinds_without_a_schema_are_not_judged()
    {
        Assert.Empty(Crds.ValidateAll("apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c\nspec:\n  anything: 1\n"));
    }
}
