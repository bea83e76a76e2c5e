using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>Jobs that are not plain Java jars: Apache Beam, PyFlink and a SQL script runner, each in its own image.</summary>
public static class Languages
{
    // Upstream builds these example images locally and tags them 'latest'; the samples keep the upstream names, so
    // the moving-tag warning (KD1003) is acknowledged here. Pin a version in your own definitions.
#pragma warning disable KD1003
    /// <summary>A cluster of the given image with one slot per TaskManager, running one job with parallelism 1.</summary>
    private static FlinkDeploymentSpec SingleSlot(string image, FlinkVersion version, JobSpec job) => Common.Cluster with
    {
        Image = image,
        FlinkVersion = version,
        FlinkConfiguration = Common.Slots(1),
        Job = job with { Parallelism = 1, UpgradeMode = UpgradeMode.Stateless },
    };

    /// <summary>examples/flink-beam-example/beam-example.yaml: Beam's WordCount on the Flink runner.</summary>
    [Manifest("flink-beam-example/beam-example.yaml")]
    public static FlinkDeployment Beam => Common.Deployment("beam-example", SingleSlot("flink-beam-example:latest", FlinkVersion.V2_2, new JobSpec
    {
        EntryClass = "org.apache.beam.examples.WordCount",
        JarURI = "local:///opt/flink/usrlib/beam-runner.jar",
        Args = ["--runner=FlinkRunner", "--output=file://opt/output.txt"],
    }));

    /// <summary>
    /// examples/flink-python-example/python-example.yaml: a PyFlink program started through Flink's PythonDriver;
    /// the jar only satisfies the operator, the program is the .py file in the arguments.
    /// </summary>
    [Manifest("flink-python-example/python-example.yaml")]
    public static FlinkDeployment Python => Common.Deployment("python-example", SingleSlot("flink-python-example:latest", FlinkVersion.V2_2, new JobSpec
    {
        JarURI = "local:///opt/flink/opt/flink-python-2.2.0.jar",
        EntryClass = "org.apache.flink.client.python.PythonDriver",
        Args = ["-pyclientexec", "/usr/bin/python3", "-py", "/opt/flink/usrlib/python_demo.py"],
    }));

    /// <summary>examples/flink-sql-runner-example/sql-example.yaml: a runner jar that executes a SQL script.</summary>
    [Manifest("flink-sql-runner-example/sql-example.yaml")]
    public static FlinkDeployment Sql => Common.Deployment("sql-example", SingleSlot("flink-sql-runner-example:latest", FlinkVersion.V1_20, new JobSpec
    {
        JarURI = "local:///opt/flink/usrlib/sql-runner.jar",
        Args = ["/opt/flink/usrlib/sql-scripts/simple.sql"],
    }));
#pragma warning restore KD1003
}
