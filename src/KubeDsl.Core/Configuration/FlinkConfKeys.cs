namespace KubeDsl.Configuration;

/// <summary>
/// The Flink and Flink operator configuration keys KubeDsl reads, named once: the rules and the public
/// <c>KubeDsl.Flink.FlinkOptions</c> constants take them from here. Names are Flink's option classes
/// (TaskManagerOptions, JobManagerOptions, CheckpointingOptions, HighAvailabilityOptions, StateBackendOptions,
/// KubernetesConfigOptions) and the operator's KubernetesOperatorConfigOptions and AutoScalerOptions, release 1.20
/// and operator 1.15.0.
/// </summary>
internal static class FlinkConfKeys
{
    public const string TaskSlots = "taskmanager.numberOfTaskSlots";
    public const string DefaultParallelism = "parallelism.default";
    public const string JobManagerProcessSize = "jobmanager.memory.process.size";
    public const string JobManagerFlinkSize = "jobmanager.memory.flink.size";
    public const string JobManagerHeapSize = "jobmanager.memory.heap.size";
    public const string TaskManagerProcessSize = "taskmanager.memory.process.size";
    public const string TaskManagerFlinkSize = "taskmanager.memory.flink.size";
    public const string TaskManagerManagedSize = "taskmanager.memory.managed.size";
    public const string TaskManagerManagedFraction = "taskmanager.memory.managed.fraction";

    public const string CheckpointingInterval = "execution.checkpointing.interval";
    public const string CheckpointDir = "execution.checkpointing.dir";
    public const string SavepointDir = "execution.checkpointing.savepoint-dir";
    public const string CheckpointStorage = "execution.checkpointing.storage";
    public const string CheckpointsRetained = "execution.checkpointing.num-retained";
    public const string IncrementalCheckpoints = "execution.checkpointing.incremental";
    public const string LocalRecovery = "execution.state-recovery.from-local";
    public const string StateBackendType = "state.backend.type";

    public const string HighAvailabilityType = "high-availability.type";
    public const string HighAvailabilityStorageDir = "high-availability.storageDir";
    public const string HighAvailabilityClusterId = "high-availability.cluster-id";

    public const string KubernetesNamespace = "kubernetes.namespace";
    public const string KubernetesClusterId = "kubernetes.cluster-id";
    public const string KubernetesSecrets = "kubernetes.secrets";

    public const string AutoscalerEnabled = "job.autoscaler.enabled";
    public const string AutoscalerMetricsWindow = "job.autoscaler.metrics.window";
    public const string AutoscalerExcludedPeriods = "job.autoscaler.excluded.periods";
    public const string AutoscalerUtilizationTarget = "job.autoscaler.utilization.target";
    public const string AutoscalerUtilizationMin = "job.autoscaler.utilization.min";
    public const string AutoscalerUtilizationMax = "job.autoscaler.utilization.max";
    public const string AutoscalerScaleUpMaxFactor = "job.autoscaler.scale-up.max-factor";
    public const string AutoscalerScaleDownMaxFactor = "job.autoscaler.scale-down.max-factor";

    public const string OperatorReconcileInterval = "kubernetes.operator.reconcile.interval";
    public const string OperatorPeriodicSavepointInterval = "kubernetes.operator.periodic.savepoint.interval";
    public const string OperatorRollbackEnabled = "kubernetes.operator.deployment.rollback.enabled";
    public const string OperatorHealthCheckEnabled = "kubernetes.operator.cluster.health-check.enabled";
    public const string OperatorJobManagerRecoveryEnabled = "kubernetes.operator.jm-deployment-recovery.enabled";
    public const string OperatorArtifactsAllowedSchemes = "kubernetes.operator.user.artifacts.allowed-schemes";
    public const string OperatorArtifactsDisallowRestrictedHosts = "kubernetes.operator.user.artifacts.disallow-restricted-hosts";
}
