using KubeDsl.Configuration;

namespace KubeDsl.Spark;

/// <summary>
/// Spark configuration keys for <c>SparkConf</c> dictionaries: <c>[SparkConf.ExecutorInstances] = "4"</c>. The rules
/// read the same keys, so a constant here is a key they check. Values stay strings, as Spark reads them.
/// </summary>
public static class SparkConf
{
    /// <summary><c>spark.driver.cores</c>: cores of the driver JVM (an integer); the operator's <c>driver.cores</c> sets it.</summary>
    public const string DriverCores = SparkConfKeys.DriverCores;

    /// <summary><c>spark.driver.memory</c>: heap of the driver JVM in Spark's size format (<c>512m</c>, <c>2g</c>; not <c>2Gi</c>).</summary>
    public const string DriverMemory = SparkConfKeys.DriverMemory;

    /// <summary><c>spark.driver.memoryOverhead</c>: memory beyond the driver's heap that the pod requests, in Spark's size format.</summary>
    public const string DriverMemoryOverhead = SparkConfKeys.DriverMemoryOverhead;

    /// <summary><c>spark.driver.minMemoryOverhead</c>: the least driver overhead Spark computes from the factor (Spark 4.0 and later).</summary>
    public const string DriverMinMemoryOverhead = SparkConfKeys.DriverMinMemoryOverhead;

    /// <summary><c>spark.driver.memoryOverheadFactor</c>: the share of the driver's heap added as overhead when no overhead is set.</summary>
    public const string DriverMemoryOverheadFactor = SparkConfKeys.DriverMemoryOverheadFactor;

    /// <summary><c>spark.driver.extraJavaOptions</c>: extra JVM options of the driver (not heap sizes: those are <see cref="DriverMemory"/>).</summary>
    public const string DriverExtraJavaOptions = SparkConfKeys.DriverExtraJavaOptions;

    /// <summary><c>spark.executor.instances</c>: the number of executors without dynamic allocation.</summary>
    public const string ExecutorInstances = SparkConfKeys.ExecutorInstances;

    /// <summary><c>spark.executor.cores</c>: cores of each executor JVM, the tasks it runs at once.</summary>
    public const string ExecutorCores = SparkConfKeys.ExecutorCores;

    /// <summary><c>spark.executor.memory</c>: heap of each executor JVM in Spark's size format (<c>4g</c>).</summary>
    public const string ExecutorMemory = SparkConfKeys.ExecutorMemory;

    /// <summary><c>spark.executor.memoryOverhead</c>: memory beyond each executor's heap that its pod requests, in Spark's size format.</summary>
    public const string ExecutorMemoryOverhead = SparkConfKeys.ExecutorMemoryOverhead;

    /// <summary><c>spark.executor.minMemoryOverhead</c>: the least executor overhead Spark computes from the factor (Spark 4.0 and later).</summary>
    public const string ExecutorMinMemoryOverhead = SparkConfKeys.ExecutorMinMemoryOverhead;

    /// <summary><c>spark.executor.memoryOverheadFactor</c>: the share of each executor's heap added as overhead when no overhead is set.</summary>
    public const string ExecutorMemoryOverheadFactor = SparkConfKeys.ExecutorMemoryOverheadFactor;

    /// <summary><c>spark.executor.extraJavaOptions</c>: extra JVM options of the executors.</summary>
    public const string ExecutorExtraJavaOptions = SparkConfKeys.ExecutorExtraJavaOptions;

    /// <summary><c>spark.executor.pyspark.memory</c>: memory of each executor's Python workers, in Spark's size format; added to the pod's request.</summary>
    public const string ExecutorPySparkMemory = SparkConfKeys.ExecutorPySparkMemory;

    /// <summary><c>spark.memory.offHeap.enabled</c>: whether Spark uses off-heap memory (<c>true</c>/<c>false</c>).</summary>
    public const string MemoryOffHeapEnabled = SparkConfKeys.MemoryOffHeapEnabled;

    /// <summary><c>spark.memory.offHeap.size</c>: off-heap memory per executor in Spark's size format; added to the pod's request.</summary>
    public const string MemoryOffHeapSize = SparkConfKeys.MemoryOffHeapSize;

    /// <summary><c>spark.dynamicAllocation.enabled</c>: whether the number of executors follows the load (<c>true</c>/<c>false</c>).</summary>
    public const string DynamicAllocationEnabled = SparkConfKeys.DynamicAllocationEnabled;

    /// <summary><c>spark.dynamicAllocation.minExecutors</c>: the fewest executors dynamic allocation keeps.</summary>
    public const string DynamicAllocationMinExecutors = SparkConfKeys.DynamicAllocationMinExecutors;

    /// <summary><c>spark.dynamicAllocation.maxExecutors</c>: the most executors dynamic allocation starts.</summary>
    public const string DynamicAllocationMaxExecutors = SparkConfKeys.DynamicAllocationMaxExecutors;

    /// <summary><c>spark.dynamicAllocation.initialExecutors</c>: the executors dynamic allocation starts with.</summary>
    public const string DynamicAllocationInitialExecutors = SparkConfKeys.DynamicAllocationInitialExecutors;

    /// <summary><c>spark.dynamicAllocation.shuffleTracking.enabled</c>: keeps executors that hold shuffle data: how dynamic allocation works on Kubernetes without a shuffle service.</summary>
    public const string DynamicAllocationShuffleTrackingEnabled = SparkConfKeys.DynamicAllocationShuffleTrackingEnabled;

    /// <summary><c>spark.shuffle.service.enabled</c>: whether executors use an external shuffle service (Kubernetes has none by default).</summary>
    public const string ShuffleServiceEnabled = SparkConfKeys.ShuffleServiceEnabled;

    /// <summary><c>spark.decommission.enabled</c>: whether executors are decommissioned gracefully before they are removed.</summary>
    public const string DecommissionEnabled = SparkConfKeys.DecommissionEnabled;

    /// <summary><c>spark.storage.decommission.enabled</c>: whether a decommissioned executor moves its blocks to other executors.</summary>
    public const string StorageDecommissionEnabled = SparkConfKeys.StorageDecommissionEnabled;

    /// <summary><c>spark.storage.decommission.shuffleBlocks.enabled</c>: whether a decommissioned executor moves its shuffle blocks.</summary>
    public const string StorageDecommissionShuffleBlocksEnabled = SparkConfKeys.StorageDecommissionShuffleBlocksEnabled;

    /// <summary><c>spark.eventLog.enabled</c>: whether the application writes an event log for the history server.</summary>
    public const string EventLogEnabled = SparkConfKeys.EventLogEnabled;

    /// <summary><c>spark.eventLog.dir</c>: where the event log is written (an <c>s3a://</c> or other shared path).</summary>
    public const string EventLogDir = SparkConfKeys.EventLogDir;

    /// <summary><c>spark.kerberos.principal</c>: the Kerberos principal the application logs in as.</summary>
    public const string KerberosPrincipal = SparkConfKeys.KerberosPrincipal;

    /// <summary><c>spark.kerberos.keytab</c>: the keytab file of <see cref="KerberosPrincipal"/>.</summary>
    public const string KerberosKeytab = SparkConfKeys.KerberosKeytab;

    /// <summary><c>spark.kubernetes.namespace</c>: the namespace of the driver and executors (the operator sets it from the resource's namespace).</summary>
    public const string KubernetesNamespace = SparkConfKeys.KubernetesNamespace;

    /// <summary><c>spark.kubernetes.container.image.pullPolicy</c>: the pull policy of the driver and executor images (<c>Always</c>, <c>IfNotPresent</c>, <c>Never</c>).</summary>
    public const string ContainerImagePullPolicy = SparkConfKeys.ContainerImagePullPolicy;

    /// <summary><c>spark.kubernetes.executor.podNamePrefix</c>: the prefix of executor pod names (a DNS label; Spark appends <c>-exec-N</c>).</summary>
    public const string ExecutorPodNamePrefix = SparkConfKeys.ExecutorPodNamePrefix;

    /// <summary><c>spark.kubernetes.driver.podTemplateFile</c>: the driver's pod template file (spark-submit; the operator takes <c>driver.template</c>).</summary>
    public const string DriverPodTemplateFile = SparkConfKeys.DriverPodTemplateFile;

    /// <summary><c>spark.kubernetes.executor.podTemplateFile</c>: the executors' pod template file (spark-submit; the operator takes <c>executor.template</c>).</summary>
    public const string ExecutorPodTemplateFile = SparkConfKeys.ExecutorPodTemplateFile;

    /// <summary><c>spark.kubernetes.driver.request.cores</c>: the driver pod's CPU request, a Kubernetes quantity (<c>500m</c>).</summary>
    public const string DriverRequestCores = SparkConfKeys.DriverRequestCores;

    /// <summary><c>spark.kubernetes.driver.limit.cores</c>: the driver pod's CPU limit, a Kubernetes quantity.</summary>
    public const string DriverLimitCores = SparkConfKeys.DriverLimitCores;

    /// <summary><c>spark.kubernetes.executor.request.cores</c>: each executor pod's CPU request, a Kubernetes quantity (<c>500m</c>).</summary>
    public const string ExecutorRequestCores = SparkConfKeys.ExecutorRequestCores;

    /// <summary><c>spark.kubernetes.executor.limit.cores</c>: each executor pod's CPU limit, a Kubernetes quantity.</summary>
    public const string ExecutorLimitCores = SparkConfKeys.ExecutorLimitCores;

    /// <summary><c>spark.kubernetes.memoryOverheadFactor</c>: the Kubernetes module's overhead factor for driver and executors (replaced by the per-role factors in Spark 3.3).</summary>
    public const string MemoryOverheadFactor = SparkConfKeys.MemoryOverheadFactor;

    /// <summary><c>spark.kubernetes.kerberos.krb5.configMapName</c>: the ConfigMap holding <c>krb5.conf</c>, mounted into driver and executors.</summary>
    public const string KerberosKrb5ConfigMapName = SparkConfKeys.KerberosKrb5ConfigMapName;

    /// <summary><c>spark.kubernetes.kerberos.tokenSecret.name</c>: the Secret holding existing delegation tokens.</summary>
    public const string KerberosTokenSecretName = SparkConfKeys.KerberosTokenSecretName;

    /// <summary><c>spark.kubernetes.kerberos.tokenSecret.itemKey</c>: the key of the delegation tokens in <see cref="KerberosTokenSecretName"/>.</summary>
    public const string KerberosTokenSecretItemKey = SparkConfKeys.KerberosTokenSecretItemKey;
}
