namespace KubeDsl.Configuration;

/// <summary>
/// The Spark configuration keys KubeDsl reads or writes, named once: the rules, the spark-submit files and the
/// public <c>KubeDsl.Spark.SparkConf</c> constants all take them from here. Names and releases are Spark's
/// (core <c>config/package.scala</c> and the Kubernetes module's <c>Config.scala</c>); the curated key lists in
/// <c>Rules/Spark</c> say which release introduced each.
/// </summary>
internal static class SparkConfKeys
{
    public const string Master = "spark.master";
    public const string DeployMode = "spark.submit.deployMode";
    public const string AppName = "spark.app.name";

    public const string DriverCores = "spark.driver.cores";
    public const string DriverMemory = "spark.driver.memory";
    public const string DriverMemoryOverhead = "spark.driver.memoryOverhead";
    public const string DriverMinMemoryOverhead = "spark.driver.minMemoryOverhead";
    public const string DriverMemoryOverheadFactor = "spark.driver.memoryOverheadFactor";
    public const string DriverExtraJavaOptions = "spark.driver.extraJavaOptions";
    public const string DriverHost = "spark.driver.host";
    public const string DriverPort = "spark.driver.port";
    public const string DriverBlockManagerPort = "spark.driver.blockManager.port";

    public const string ExecutorInstances = "spark.executor.instances";
    public const string ExecutorCores = "spark.executor.cores";
    public const string ExecutorMemory = "spark.executor.memory";
    public const string ExecutorMemoryOverhead = "spark.executor.memoryOverhead";
    public const string ExecutorMinMemoryOverhead = "spark.executor.minMemoryOverhead";
    public const string ExecutorMemoryOverheadFactor = "spark.executor.memoryOverheadFactor";
    public const string ExecutorExtraJavaOptions = "spark.executor.extraJavaOptions";
    public const string ExecutorPySparkMemory = "spark.executor.pyspark.memory";

    public const string MemoryOffHeapEnabled = "spark.memory.offHeap.enabled";
    public const string MemoryOffHeapSize = "spark.memory.offHeap.size";

    public const string DynamicAllocationEnabled = "spark.dynamicAllocation.enabled";
    public const string DynamicAllocationMinExecutors = "spark.dynamicAllocation.minExecutors";
    public const string DynamicAllocationMaxExecutors = "spark.dynamicAllocation.maxExecutors";
    public const string DynamicAllocationInitialExecutors = "spark.dynamicAllocation.initialExecutors";
    public const string DynamicAllocationShuffleTrackingEnabled = "spark.dynamicAllocation.shuffleTracking.enabled";

    public const string ShuffleServiceEnabled = "spark.shuffle.service.enabled";
    public const string DecommissionEnabled = "spark.decommission.enabled";
    public const string StorageDecommissionEnabled = "spark.storage.decommission.enabled";
    public const string StorageDecommissionShuffleBlocksEnabled = "spark.storage.decommission.shuffleBlocks.enabled";

    public const string EventLogEnabled = "spark.eventLog.enabled";
    public const string EventLogDir = "spark.eventLog.dir";

    public const string KerberosPrincipal = "spark.kerberos.principal";
    public const string KerberosKeytab = "spark.kerberos.keytab";
    public const string YarnPrincipal = "spark.yarn.principal";
    public const string YarnKeytab = "spark.yarn.keytab";

    public const string KubernetesNamespace = "spark.kubernetes.namespace";
    public const string KubernetesDriverMaster = "spark.kubernetes.driver.master";
    public const string ContainerImage = "spark.kubernetes.container.image";
    public const string DriverContainerImage = "spark.kubernetes.driver.container.image";
    public const string ExecutorContainerImage = "spark.kubernetes.executor.container.image";
    public const string ContainerImagePullPolicy = "spark.kubernetes.container.image.pullPolicy";
    public const string DriverServiceAccountName = "spark.kubernetes.authenticate.driver.serviceAccountName";
    public const string ExecutorServiceAccountName = "spark.kubernetes.authenticate.executor.serviceAccountName";

    /// <summary>How the driver creates executors: direct (default), statefulset (3.3+), deployment (4.2), or a class name.</summary>
    public const string PodsAllocator = "spark.kubernetes.allocation.pods.allocator";
    public const string OAuthToken = "spark.kubernetes.authenticate.oauthToken";
    public const string OAuthTokenFile = "spark.kubernetes.authenticate.oauthTokenFile";
    public const string DriverOAuthToken = "spark.kubernetes.authenticate.driver.oauthToken";
    public const string DriverOAuthTokenFile = "spark.kubernetes.authenticate.driver.oauthTokenFile";
    public const string ExecutorOAuthToken = "spark.kubernetes.authenticate.executor.oauthToken";
    public const string ExecutorOAuthTokenFile = "spark.kubernetes.authenticate.executor.oauthTokenFile";
    public const string DriverPodName = "spark.kubernetes.driver.pod.name";
    public const string ExecutorPodNamePrefix = "spark.kubernetes.executor.podNamePrefix";
    public const string DriverPodTemplateFile = "spark.kubernetes.driver.podTemplateFile";
    public const string ExecutorPodTemplateFile = "spark.kubernetes.executor.podTemplateFile";
    public const string DriverRequestCores = "spark.kubernetes.driver.request.cores";
    public const string DriverLimitCores = "spark.kubernetes.driver.limit.cores";
    public const string ExecutorRequestCores = "spark.kubernetes.executor.request.cores";
    public const string ExecutorLimitCores = "spark.kubernetes.executor.limit.cores";
    public const string MemoryOverheadFactor = "spark.kubernetes.memoryOverheadFactor";
    public const string KerberosKrb5Path = "spark.kubernetes.kerberos.krb5.path";
    public const string KerberosKrb5ConfigMapName = "spark.kubernetes.kerberos.krb5.configMapName";
    public const string KerberosTokenSecretName = "spark.kubernetes.kerberos.tokenSecret.name";
    public const string KerberosTokenSecretItemKey = "spark.kubernetes.kerberos.tokenSecret.itemKey";
}
