using KubeDsl.Configuration;

namespace KubeDsl.Flink;

/// <summary>
/// Flink and Flink operator configuration keys for <c>FlinkConfiguration</c>: <c>[FlinkOptions.TaskSlots] = "2"</c>.
/// The rules read the same keys. Values stay strings, as Flink reads them.
/// </summary>
public static class FlinkOptions
{
    /// <summary><c>taskmanager.numberOfTaskSlots</c>: slots of each TaskManager: the parallel tasks it runs. Parallelism is replicas times slots.</summary>
    public const string TaskSlots = FlinkConfKeys.TaskSlots;

    /// <summary><c>parallelism.default</c>: the parallelism of jobs and operators that set none.</summary>
    public const string DefaultParallelism = FlinkConfKeys.DefaultParallelism;

    /// <summary><c>jobmanager.memory.process.size</c>: the JobManager's whole process memory (<c>2048m</c>, <c>2g</c>); the operator sets it from <c>jobManager.resource.memory</c>.</summary>
    public const string JobManagerProcessSize = FlinkConfKeys.JobManagerProcessSize;

    /// <summary><c>jobmanager.memory.flink.size</c>: the JobManager's memory without JVM metaspace and overhead.</summary>
    public const string JobManagerFlinkSize = FlinkConfKeys.JobManagerFlinkSize;

    /// <summary><c>jobmanager.memory.heap.size</c>: the JobManager's JVM heap.</summary>
    public const string JobManagerHeapSize = FlinkConfKeys.JobManagerHeapSize;

    /// <summary><c>taskmanager.memory.process.size</c>: each TaskManager's whole process memory; the operator sets it from <c>taskManager.resource.memory</c>.</summary>
    public const string TaskManagerProcessSize = FlinkConfKeys.TaskManagerProcessSize;

    /// <summary><c>taskmanager.memory.flink.size</c>: each TaskManager's memory without JVM metaspace and overhead.</summary>
    public const string TaskManagerFlinkSize = FlinkConfKeys.TaskManagerFlinkSize;

    /// <summary><c>taskmanager.memory.managed.size</c>: managed (off-heap) memory of each TaskManager, used by RocksDB and batch operators.</summary>
    public const string TaskManagerManagedSize = FlinkConfKeys.TaskManagerManagedSize;

    /// <summary><c>taskmanager.memory.managed.fraction</c>: the share of Flink memory that is managed memory when no size is set.</summary>
    public const string TaskManagerManagedFraction = FlinkConfKeys.TaskManagerManagedFraction;

    /// <summary><c>execution.checkpointing.interval</c>: how often checkpoints are taken (<c>1 min</c>, <c>30 s</c>); none without it.</summary>
    public const string CheckpointingInterval = FlinkConfKeys.CheckpointingInterval;

    /// <summary><c>execution.checkpointing.dir</c>: where checkpoints are written (Flink 1.20 and later; <c>state.checkpoints.dir</c> before).</summary>
    public const string CheckpointDir = FlinkConfKeys.CheckpointDir;

    /// <summary><c>execution.checkpointing.savepoint-dir</c>: where savepoints are written (Flink 1.20 and later; <c>state.savepoints.dir</c> before).</summary>
    public const string SavepointDir = FlinkConfKeys.SavepointDir;

    /// <summary><c>execution.checkpointing.storage</c>: where checkpoint state lives: <c>jobmanager</c> (memory) or <c>filesystem</c>.</summary>
    public const string CheckpointStorage = FlinkConfKeys.CheckpointStorage;

    /// <summary><c>execution.checkpointing.num-retained</c>: how many completed checkpoints are kept.</summary>
    public const string CheckpointsRetained = FlinkConfKeys.CheckpointsRetained;

    /// <summary><c>execution.checkpointing.incremental</c>: whether checkpoints store only what changed (RocksDB).</summary>
    public const string IncrementalCheckpoints = FlinkConfKeys.IncrementalCheckpoints;

    /// <summary><c>execution.state-recovery.from-local</c>: whether state is recovered from the TaskManager's local copy.</summary>
    public const string LocalRecovery = FlinkConfKeys.LocalRecovery;

    /// <summary><c>state.backend.type</c>: the state backend: <c>hashmap</c> or <c>rocksdb</c>.</summary>
    public const string StateBackendType = FlinkConfKeys.StateBackendType;

    /// <summary><c>high-availability.type</c>: the high-availability service: <c>kubernetes</c> or <c>zookeeper</c>; needed for last-state upgrades.</summary>
    public const string HighAvailabilityType = FlinkConfKeys.HighAvailabilityType;

    /// <summary><c>high-availability.storageDir</c>: where high-availability metadata is stored (a shared path).</summary>
    public const string HighAvailabilityStorageDir = FlinkConfKeys.HighAvailabilityStorageDir;

    /// <summary><c>kubernetes.secrets</c>: secrets mounted into JobManager and TaskManager pods, as <c>name:/path</c> pairs separated by commas.</summary>
    public const string KubernetesSecrets = FlinkConfKeys.KubernetesSecrets;

    /// <summary><c>job.autoscaler.enabled</c>: whether the operator's autoscaler scales the job's vertices.</summary>
    public const string AutoscalerEnabled = FlinkConfKeys.AutoscalerEnabled;

    /// <summary><c>job.autoscaler.metrics.window</c>: how long the autoscaler collects metrics before it decides.</summary>
    public const string AutoscalerMetricsWindow = FlinkConfKeys.AutoscalerMetricsWindow;

    /// <summary><c>job.autoscaler.excluded.periods</c>: periods the autoscaler ignores, as Quartz cron expressions or time ranges separated by semicolons.</summary>
    public const string AutoscalerExcludedPeriods = FlinkConfKeys.AutoscalerExcludedPeriods;

    /// <summary><c>job.autoscaler.utilization.target</c>: the busy share the autoscaler aims at, between 0 and 1.</summary>
    public const string AutoscalerUtilizationTarget = FlinkConfKeys.AutoscalerUtilizationTarget;

    /// <summary><c>job.autoscaler.utilization.min</c>: below this busy share the autoscaler scales down.</summary>
    public const string AutoscalerUtilizationMin = FlinkConfKeys.AutoscalerUtilizationMin;

    /// <summary><c>job.autoscaler.utilization.max</c>: above this busy share the autoscaler scales up.</summary>
    public const string AutoscalerUtilizationMax = FlinkConfKeys.AutoscalerUtilizationMax;

    /// <summary><c>job.autoscaler.scale-up.max-factor</c>: the most the autoscaler multiplies a vertex's parallelism by in one step.</summary>
    public const string AutoscalerScaleUpMaxFactor = FlinkConfKeys.AutoscalerScaleUpMaxFactor;

    /// <summary><c>job.autoscaler.scale-down.max-factor</c>: the largest share of a vertex's parallelism the autoscaler removes in one step, between 0 and 1.</summary>
    public const string AutoscalerScaleDownMaxFactor = FlinkConfKeys.AutoscalerScaleDownMaxFactor;

    /// <summary><c>kubernetes.operator.periodic.savepoint.interval</c>: how often the operator triggers a savepoint (<c>6h</c>); none without it.</summary>
    public const string OperatorPeriodicSavepointInterval = FlinkConfKeys.OperatorPeriodicSavepointInterval;

    /// <summary><c>kubernetes.operator.deployment.rollback.enabled</c>: whether the operator rolls back an upgrade that does not become stable.</summary>
    public const string OperatorRollbackEnabled = FlinkConfKeys.OperatorRollbackEnabled;

    /// <summary><c>kubernetes.operator.cluster.health-check.enabled</c>: whether the operator restarts a job whose restarts or checkpoints show it unhealthy.</summary>
    public const string OperatorHealthCheckEnabled = FlinkConfKeys.OperatorHealthCheckEnabled;
}
