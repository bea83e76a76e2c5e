using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

/// <summary>The pod schema validator reports unknown fields, wrong types and missing required fields, and passes valid pods.</summary>
public class PodSchemaTests
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
    public void Valid_pod_passes() => Assert.Empty(PodSchema.ValidatePod(YamlTree.Parse(Valid)));

    [Theory]
    [InlineData("    image: busybox:1.36\n", "    image: busybox:1.36\n    imagePullPolcy: Always\n", "spec.containers[0].imagePullPolcy: unknown field (Container has no such field)")]
    [InlineData("    - containerPort: 8080\n", "    - containerPort: \"abc\"\n", "spec.containers[0].ports[0].containerPort: expected an integer, got \"abc\" (string)")]
    [InlineData("  - name: main\n", "  - tty: true\n", "spec.containers[0].name: required field is missing (Container)")]
    [InlineData("effect: NoSchedule", "effect: noschedule", "spec.tolerations[0].effect: 'noschedule' is not one of NoExecute, NoSchedule, PreferNoSchedule")]
    [InlineData("  volumes:\n  - name: data\n    emptyDir: {}", "  volumes: data", "spec.volumes: expected a list, got \"data\" (string)")]
    public void Faults_are_reported_with_their_path(string find, string replace, string error)
    {
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);
        Assert.Equal([error], PodSchema.ValidatePod(YamlTree.Parse(broken)));
    }

    [Fact]
    public void Quantities_take_numbers_and_other_strings_do_not()
    {
        Assert.Empty(PodSchema.ValidatePod(YamlTree.Parse(Valid.Replace("cpu: 500m", "cpu: 1", StringComparison.Ordinal))));
        Assert.Equal(
            ["spec.containers[0].image: expected a string, got 1 (int)"],
            PodSchema.ValidatePod(YamlTree.Parse(Valid.Replace("image: busybox:1.36", "image: 1", StringComparison.Ordinal))));
    }

    [Fact]
    public void Merged_templates_may_leave_the_main_container_to_their_consumer()
    {
        var initOnly = YamlTree.Parse("spec:\n  initContainers:\n  - name: fetch\n    image: busybox:1.36\n");
        Assert.Equal(["spec.containers: required field is missing (PodSpec)"], PodSchema.ValidatePod(initOnly));
        Assert.Empty(PodSchema.ValidatePod(initOnly, merged: true));

        // Only the containers list is waived: a container without a name is still an error.
        Assert.Equal(
            ["spec.initContainers[0].name: required field is missing (Container)"],
            PodSchema.ValidatePod(YamlTree.Parse("spec:\n  initContainers:\n  - image: busybox:1.36\n"), merged: true));
    }

    [Fact]
    public void Pod_template_spec_has_metadata_and_spec_only()
    {
        Assert.Empty(PodSchema.ValidatePodTemplateSpec(YamlTree.Parse("metadata:\n  labels:\n    a: b\nspec:\n  containers:\n  - name: c\n")));
        Assert.Equal(["kind: unknown field (PodTemplateSpec has no such field)"], PodSchema.ValidatePodTemplateSpec(YamlTree.Parse("kind: Pod\nspec:\n  containers: []\n")));
    }
}
