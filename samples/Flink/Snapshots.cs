using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>FlinkStateSnapshot examples: savepoints and checkpoints as resources, and a job restored from one.</summary>
public static class Snapshots
{
    private static readonly JobReference ExampleDeployment = new() { Kind = JobKind.FlinkDeployment, Name = "example-deployment" };

    private static FlinkStateSnapshot Snapshot(string name, FlinkStateSnapshotSpec spec) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = spec,
    };

    /// <summary>examples/snapshot/checkpoint.yaml: one checkpoint of the job, no retries.</summary>
    [Manifest("snapshot/checkpoint.yaml")]
    public static FlinkStateSnapshot Checkpoint => Snapshot("example-checkpoint", new FlinkStateSnapshotSpec
    {
        BackoffLimit = 0,
        JobReference = ExampleDeployment,
        Checkpoint = new CheckpointSpec(),
    });

    /// <summary>examples/snapshot/savepoint-job-defaults.yaml: a savepoint to the job's configured savepoint directory.</summary>
#pragma warning disable KD0016 // upstream's savepoint examples all name example-savepoint; apply one at a time
    [Manifest("snapshot/savepoint-job-defaults.yaml")]
#pragma warning restore KD0016
    public static FlinkStateSnapshot SavepointWithJobDefaults => Snapshot("example-savepoint", new FlinkStateSnapshotSpec
    {
        BackoffLimit = 0,
        JobReference = ExampleDeployment,
        Savepoint = new SavepointSpec(),
    });

    /// <summary>examples/snapshot/savepoint-job-full-spec.yaml: a savepoint with every option set.</summary>
#pragma warning disable KD0016 // upstream's savepoint examples all name example-savepoint; apply one at a time
    [Manifest("snapshot/savepoint-job-full-spec.yaml")]
#pragma warning restore KD0016
    public static FlinkStateSnapshot SavepointFullSpec => Snapshot("example-savepoint", new FlinkStateSnapshotSpec
    {
        BackoffLimit = 0,
        JobReference = ExampleDeployment,
        Savepoint = new SavepointSpec
        {
            AlreadyExists = false,
            DisposeOnDelete = true,
            FormatType = SavepointFormatType.Canonical,
            Path = "/flink-data/savepoints-custom",
        },
    });

    /// <summary>examples/snapshot/savepoint-already-exists.yaml: registers a savepoint taken earlier, kept on delete.</summary>
#pragma warning disable KD0016 // upstream's savepoint examples all name example-savepoint; apply one at a time
    [Manifest("snapshot/savepoint-already-exists.yaml")]
#pragma warning restore KD0016
    public static FlinkStateSnapshot SavepointAlreadyExists => Snapshot("example-savepoint", new FlinkStateSnapshotSpec
    {
        Savepoint = new SavepointSpec { AlreadyExists = true, DisposeOnDelete = false, Path = "/flink-data/savepoints/savepoint-98682a-21931bf10c39" },
    });

    private const string RestoredSavepoint = "file:///flink-data/savepoints/savepoint-45305c-d867504446e0";

    /// <summary>
    /// examples/snapshot/job-from-savepoint.yaml: an existing savepoint registered as a resource, and a deployment
    /// whose job starts from it.
    /// </summary>
#pragma warning disable KD0016 // upstream's savepoint examples all name example-savepoint; apply one at a time
    [Manifest("snapshot/job-from-savepoint.yaml")]
#pragma warning restore KD0016
    public static object[] JobFromSavepoint =>
    [
        Snapshot("example-savepoint", new FlinkStateSnapshotSpec
        {
            Savepoint = new SavepointSpec { AlreadyExists = true, DisposeOnDelete = false, Path = RestoredSavepoint },
        }),
        Common.Deployment("example-deployment", Common.Cluster with
        {
            FlinkConfiguration = Common.StateDirectories,
#pragma warning disable KD6004 // the host directory of upstream's example, see Common.FlinkDataVolume
            PodTemplate = Common.FlinkDataVolume,
#pragma warning restore KD6004
            Job = Common.StateMachine with { UpgradeMode = UpgradeMode.Savepoint, InitialSavepointPath = RestoredSavepoint },
        }),
    ];
}
