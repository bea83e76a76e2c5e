using System.Collections.Generic;
using System.Linq;
using KubeDsl.Rules.Kubernetes;
using KubeDsl.Documents;
using KubeDsl.Rules.Spark;

namespace KubeDsl.Rules;

/// <summary>Every rule and every rule id, in id order. Each id has a page at docs/rules/&lt;ID&gt;.md.</summary>
internal static class RuleCatalog
{
    public static readonly RuleDescriptor InvalidName = new(
        "KD1001", "Invalid resource name", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "{0} name '{1}' is invalid: {2}");

    public static readonly RuleDescriptor ScheduledNameTooLong = new(
        "KD1002", "Scheduled run names would be too long", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "ScheduledSparkApplication name '{0}' is {1} characters; each run is named '<name>-<19-digit timestamp>', which must fit in 63, so use at most 43");

    public static readonly RuleDescriptor ImageWithoutTag = new(
        "KD1003", "Image without a fixed tag", RuleDescriptor.Kubernetes, RuleSeverity.Warning,
        "Image '{0}' {1}; pin a version tag (or a digest) so every deploy runs the same image");

    public static readonly RuleDescriptor InvalidImagePullPolicy = new(
        "KD1004", "Invalid image pull policy", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "Image pull policy '{0}' is not one of Always, IfNotPresent, Never (exact case)");

    public static readonly RuleDescriptor InvalidLabel = new(
        "KD1005", "Invalid label", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "Label {0} '{1}' is invalid: {2}");

    public static readonly RuleDescriptor RequestAboveLimit = new(
        "KD1006", "Resource request above its limit", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} request {1} is greater than its limit {2}; Kubernetes rejects the pod");

    public static readonly RuleDescriptor MissingVolume = new(
        "KD1007", "Volume mount names no volume", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "Volume mount '{0}' names no volume of the pod{1}; add the volume or fix the name");

    public static readonly RuleDescriptor DuplicateName = new(
        "KD1008", "Duplicate name", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "{0} '{1}' appears twice in {2}; {3}");

    public static readonly RuleDescriptor InvalidQuantity = new(
        "KD1009", "Invalid Kubernetes quantity", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "{0} '{1}' is not a Kubernetes quantity; write a number with an optional suffix such as 500m, 2, 1Gi or 512Mi");

    public static readonly RuleDescriptor DerivedNameInvalid = new(
        "KD1010", "Derived or configured pod or service name is invalid", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "{0}");

    public static readonly RuleDescriptor SchemaUnknownField = new(
        "KD1011", "Field the schema does not have", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaWrongType = new(
        "KD1012", "Value of the wrong type", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaMissingRequired = new(
        "KD1013", "Required field missing", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaNotInEnum = new(
        "KD1014", "Value the schema does not list", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaPattern = new(
        "KD1015", "Text that does not match the schema's pattern", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaRange = new(
        "KD1016", "Number outside the schema's range", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaLength = new(
        "KD1017", "Text too short or too long", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaCount = new(
        "KD1018", "Too few or too many items", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaDuplicate = new(
        "KD1019", "Duplicate entry in a list of unique entries", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaApiVersion = new(
        "KD1020", "API version or kind the schema does not serve", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaAlternatives = new(
        "KD1021", "Value that fits none of the schema's alternatives", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor SchemaFormat = new(
        "KD1022", "Text not in the schema's format", RuleDescriptor.Kubernetes, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor CrdUnreadable = new(
        "KD1023", "Project CRD that cannot be read", RuleDescriptor.Kubernetes, RuleSeverity.Warning,
        "{0}: {1}; resources of its kinds are not checked against it");

    public static readonly RuleDescriptor JvmMemoryRejected = new(
        "KD2001", "Memory is not in Spark's format", RuleDescriptor.Spark, RuleSeverity.Error,
        "{0} '{1}' is not a size Spark reads: it takes an integer and k, m, g, t or p ({2}); write {3}");

    public static readonly RuleDescriptor JvmMemoryAmbiguous = new(
        "KD2002", "Memory unit Spark reads as binary", RuleDescriptor.Spark, RuleSeverity.Warning,
        "{0} '{1}' means {2} to Spark (its units are binary and case-insensitive); write '{2}' to say so");

    public static readonly RuleDescriptor SparkConfDenied = new(
        "KD2003", "sparkConf key the operator refuses", RuleDescriptor.Spark, RuleSeverity.Error,
        "The Spark operator's webhook refuses sparkConf key '{0}': {1}");

    public static readonly RuleDescriptor NodeSelectorTwice = new(
        "KD2004", "Node selector at two levels", RuleDescriptor.Spark, RuleSeverity.Error,
        "The operator refuses a node selector on the application together with one on the {0}; keep one level");

    public static readonly RuleDescriptor DriverIngressOption = new(
        "KD2005", "Invalid driver ingress option", RuleDescriptor.Spark, RuleSeverity.Error,
        "Driver ingress option: {0}");

    public static readonly RuleDescriptor PodTemplateNeedsSpark3 = new(
        "KD2006", "Pod template needs Spark 3", RuleDescriptor.Spark, RuleSeverity.Error,
        "Pod templates need Spark 3.0.0 or later, but sparkVersion is '{0}'");

    public static readonly RuleDescriptor MainResource = new(
        "KD2007", "Main class or file does not fit the application type", RuleDescriptor.Spark, RuleSeverity.Warning,
        "{0}");

    public static readonly RuleDescriptor SparkConfContradiction = new(
        "KD2008", "sparkConf repeats a typed field", RuleDescriptor.Spark, RuleSeverity.Warning,
        "sparkConf key '{0}' sets what {1} already sets; the operator's value wins over one of them silently, so set it once in {1}");

    public static readonly RuleDescriptor MemoryAboveLimit = new(
        "KD2009", "Memory and overhead above the memory limit", RuleDescriptor.Spark, RuleSeverity.Error,
        "The {0} needs {1} MiB ({2} MiB memory + {3} MiB overhead{4}), more than its memory limit {5}; the pod is killed when it uses its memory");

    public static readonly RuleDescriptor DynamicAllocation = new(
        "KD2010", "Dynamic allocation that cannot work", RuleDescriptor.Spark, RuleSeverity.Error,
        "Dynamic allocation: {0}");

    public static readonly RuleDescriptor CoresInconsistent = new(
        "KD2011", "CPU request and limit disagree", RuleDescriptor.Spark, RuleSeverity.Error,
        "The {0} {1}");

    public static readonly RuleDescriptor ImageVersionMismatch = new(
        "KD2012", "Image tag and sparkVersion disagree", RuleDescriptor.Spark, RuleSeverity.Warning,
        "Image '{0}' is tagged for Spark {1}, but sparkVersion is '{2}'; the operator and Spark's defaults follow sparkVersion, so make them agree");

    public static readonly RuleDescriptor RetriesNeverUsed = new(
        "KD2013", "Retry settings under restart policy Never", RuleDescriptor.Spark, RuleSeverity.Warning,
        "restartPolicy.{0} has no effect: the restart policy type is Never, so the operator never retries; use OnFailure or remove it");

    public static readonly RuleDescriptor PlainTextCredential = new(
        "KD2014", "Credential in plain text", RuleDescriptor.Spark, RuleSeverity.Warning,
        "{0} looks like a credential written in plain text into the manifest (and the Git history); read it from a Secret instead ({1})");

    public static readonly RuleDescriptor UnknownSparkKey = new(
        "KD2015", "Unknown Spark setting", RuleDescriptor.Spark, RuleSeverity.Warning,
        "Spark defines no setting '{0}' and ignores it without a word{1}");

    public static readonly RuleDescriptor InvalidSchedule = new(
        "KD2016", "Invalid schedule", RuleDescriptor.Spark, RuleSeverity.Error,
        "Schedule '{0}' is not one the operator can read: {1}");

    public static readonly RuleDescriptor InvalidTimeZone = new(
        "KD2017", "Unknown time zone", RuleDescriptor.Spark, RuleSeverity.Error,
        "Time zone '{0}' is not 'UTC', 'Local' or an IANA name such as 'Europe/Berlin'; the operator marks the schedule FailedValidation");

    public static readonly RuleDescriptor ScheduleRuns = new(
        "KD2018", "When the schedule runs", RuleDescriptor.Spark, RuleSeverity.Info,
        "Schedule '{0}' ({1}) runs next at {2}");

    public static readonly RuleDescriptor KerberosSettings = new(
        "KD2019", "Kerberos settings incomplete or conflicting", RuleDescriptor.Spark, RuleSeverity.Error,
        "Kerberos: {0}; Spark stops the submission with this error");

    public static readonly RuleDescriptor SparkKeyTooNew = new(
        "KD2020", "Spark setting newer than sparkVersion", RuleDescriptor.Spark, RuleSeverity.Warning,
        "Spark added '{0}' in {1}; Spark {2} (sparkVersion) does not know it and ignores it without a word");

    public static readonly RuleDescriptor FlinkVersionMissing = new(
        "KD3001", "Flink version missing", RuleDescriptor.Flink, RuleSeverity.Error,
        "flinkVersion is required: the Flink operator rejects a FlinkDeployment without it");

    public static readonly RuleDescriptor FlinkVersionUnsupported = new(
        "KD3002", "Flink version unsupported or deprecated", RuleDescriptor.Flink, RuleSeverity.Warning,
        "Flink version {0} {1}");

    public static readonly RuleDescriptor FlinkForbiddenKey = new(
        "KD3003", "Flink configuration key the operator sets", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects '{0}' in flinkConfiguration: it sets this key itself");

    public static readonly RuleDescriptor FlinkLogConfigKey = new(
        "KD3004", "Unknown log configuration file", RuleDescriptor.Flink, RuleSeverity.Error,
        "logConfiguration key '{0}' is not log4j-console.properties or logback-console.xml, the only files the operator mounts");

    public static readonly RuleDescriptor FlinkStateDirectory = new(
        "KD3005", "State directory missing", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this: {0}; set {1} in flinkConfiguration");

    public static readonly RuleDescriptor FlinkParallelism = new(
        "KD3006", "Replicas or parallelism out of range", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this: {0}");

    public static readonly RuleDescriptor FlinkServiceAccount = new(
        "KD3007", "Service account missing", RuleDescriptor.Flink, RuleSeverity.Error,
        "serviceAccount is required: the JobManager uses it to manage TaskManager pods (with the Helm chart, the jobServiceAccount, 'flink' by default)");

    public static readonly RuleDescriptor FlinkIngress = new(
        "KD3008", "Invalid ingress", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this: {0}");

    public static readonly RuleDescriptor FlinkKeyPrefixOverlap = new(
        "KD3009", "Overlapping Flink 2 configuration keys", RuleDescriptor.Flink, RuleSeverity.Error,
        "Flink 2 refuses '{0}' together with '{1}' (overlapping key prefixes) when the cluster starts; use only the non-deprecated key");

    public static readonly RuleDescriptor FlinkSessionJob = new(
        "KD3010", "Invalid session job", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this session job: {0}");

    public static readonly RuleDescriptor FlinkSnapshot = new(
        "KD3011", "Invalid state snapshot", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this snapshot: {0}");

    public static readonly RuleDescriptor FlinkNewerOperator = new(
        "KD3012", "Field of a newer Flink operator", RuleDescriptor.Flink, RuleSeverity.Error,
        "{0} exists only on the Flink operator's main branch (after release {1}, the target); release {1} {2}. Target the main branch with <KubeDslFlinkOperatorVersion>main</KubeDslFlinkOperatorVersion> or {3}");

    public static readonly RuleDescriptor FlinkOperatorSetting = new(
        "KD3013", "Operator setting without what it needs", RuleDescriptor.Flink, RuleSeverity.Error,
        "The Flink operator rejects this: {0}");

    public static readonly RuleDescriptor FlinkDeprecatedKey = new(
        "KD3014", "Deprecated Flink configuration key", RuleDescriptor.Flink, RuleSeverity.Info,
        "'{0}' is deprecated since Flink 1.20; use '{1}' (the code fix renames it)");

    public static readonly RuleDescriptor FlinkMainContainerResources = new(
        "KD3015", "Resources in the main container's template", RuleDescriptor.Flink, RuleSeverity.Warning,
        "Flink sets the {0} of {1} from {2}; the value in the pod template is overwritten. Set it there instead");

    public static readonly RuleDescriptor FlinkMemoryTooSmall = new(
        "KD3016", "Memory Flink cannot start with", RuleDescriptor.Flink, RuleSeverity.Error,
        "The {0} memory {1}: {2}; the {0} fails when it starts. Use at least {3}");

    public static readonly RuleDescriptor FlinkJobManagerHeap = new(
        "KD3017", "JobManager heap below the recommended minimum", RuleDescriptor.Flink, RuleSeverity.Warning,
        "The JobManager memory {0} leaves a {1} JVM heap, below the 128 MiB Flink recommends; use at least {2}");

    public static readonly RuleDescriptor FlinkMainContainerName = new(
        "KD3018", "No container named flink-main-container", RuleDescriptor.Flink, RuleSeverity.Warning,
        "No container of this pod template is named flink-main-container, so Flink treats '{0}' as a sidecar and its settings do not reach the Flink process; name it flink-main-container (or leave the name out)");

    public static readonly RuleDescriptor FlinkTarget = new(
        "KD3019", "Session job aimed at an application cluster", RuleDescriptor.Flink, RuleSeverity.Error,
        "{0}")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor FlinkAutoscaler = new(
        "KD3020", "Invalid autoscaler option", RuleDescriptor.Flink, RuleSeverity.Error,
        "Autoscaler: {0}");

    public static readonly RuleDescriptor FlinkMemoryMissing = new(
        "KD3021", "Memory not defined", RuleDescriptor.Flink, RuleSeverity.Error,
        "The {0} has no memory size: set {1}.resource.memory (or {1}.resources.requests.memory on the main branch), or its process size in flinkConfiguration; the Flink operator rejects the deployment");

    public static readonly RuleDescriptor FlinkCheckpointsInMemory = new(
        "KD3022", "Last-state upgrades with checkpoints in JobManager memory", RuleDescriptor.Flink, RuleSeverity.Warning,
        "Upgrade mode last-state restores the job from its latest checkpoint, but {0} '{1}' keeps checkpoints in the JobManager's memory, which is gone after the upgrade; use filesystem checkpoint storage (or upgrade mode savepoint)");

    public static readonly RuleDescriptor FlinkTargetDeclaredNowhere = new(
        "KD3030", "Session job or snapshot target declared nowhere", RuleDescriptor.Flink, RuleSeverity.Warning,
        "{0} '{1}' (the target of {2}) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: {3}(\"{1}\")]")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor AirflowInvalidId = new(
        "KD4001", "Invalid Airflow id", RuleDescriptor.Airflow, RuleSeverity.Error,
        "The {0} '{1}' {2}; Airflow refuses the DAG file when it parses it");

    public static readonly RuleDescriptor AirflowDuplicateTask = new(
        "KD4002", "Duplicate Airflow task id", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Another task of DAG '{1}' has the id '{0}'; Airflow refuses the DAG file (DuplicateTaskIdFound); give each task its own id");

    public static readonly RuleDescriptor AirflowUnknownUpstream = new(
        "KD4003", "Upstream task not in the DAG", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task '{1}' waits for '{0}', which is no task of DAG '{2}'; its tasks are: {3}");

    public static readonly RuleDescriptor AirflowCycle = new(
        "KD4004", "Cycle in the task dependencies", RuleDescriptor.Airflow, RuleSeverity.Error,
        "The tasks {0} wait for each other in a cycle; Airflow refuses DAG '{1}' (a DAG has no cycles); remove one of the upstream entries");

    public static readonly RuleDescriptor AirflowCatchupWithoutStart = new(
        "KD4005", "Catchup without a start date", RuleDescriptor.Airflow, RuleSeverity.Error,
        "DAG '{0}' has catchup on and a schedule but no start date; Airflow refuses it when it parses the file; set StartDate or turn catchup off");

    public static readonly RuleDescriptor AirflowPodWithoutImage = new(
        "KD4006", "Pod task without an image", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task '{0}' has no image and no pod template whose base container has one; the pod cannot start; set Image");

    public static readonly RuleDescriptor AirflowJinjaInApplication = new(
        "KD4007", "Jinja in a Spark task's application", RuleDescriptor.Airflow, RuleSeverity.Warning,
        "'{0}' in the application of Spark task '{1}' looks like Jinja: the SparkKubernetesOperator renders application_file as a template, so Airflow replaces it before the Spark operator sees it; keep templates out of the application, or pass the value another way");

    public static readonly RuleDescriptor AirflowInvalidSchedule = new(
        "KD4008", "Schedule Airflow cannot read", RuleDescriptor.Airflow, RuleSeverity.Error,
        "The schedule '{0}' of DAG '{1}' {2}; Airflow refuses the DAG when it parses the file (AirflowTimetableInvalid)");

    public static readonly RuleDescriptor AirflowUnknownTarget = new(
        "KD4009", "Unknown Airflow release", RuleDescriptor.Airflow, RuleSeverity.Error,
        "KubeDslAirflowVersion '{0}' names no Airflow release KubeDsl writes DAG files for (3 or 2.11); DAG '{1}' is written for Airflow 3");

    public static readonly RuleDescriptor AirflowScheduleRuns = new(
        "KD4010", "When the DAG runs", RuleDescriptor.Airflow, RuleSeverity.Info,
        "DAG '{0}' with schedule '{1}' runs next at {2} (UTC)");

    public static readonly RuleDescriptor AirflowUnknownFinishAction = new(
        "KD4011", "Unknown on_finish_action", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task '{1}' has OnFinishAction '{0}', which the provider refuses when it builds the task (ValueError), so the DAG file fails to import; use delete_pod, delete_succeeded_pod, keep_pod or delete_active_pod");

    public static readonly RuleDescriptor AirflowSecretTarget = new(
        "KD4012", "Secret without its target", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Secret '{0}' of task '{1}' {2}; the API server refuses the pod the task creates; set DeployTarget");

    public static readonly RuleDescriptor AirflowUnknownVolume = new(
        "KD4013", "Mount of a volume the pod does not have", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task '{1}' mounts volume '{0}', which neither its Volumes nor its pod template declare; the API server refuses the pod (volumeMounts name not found); its volumes are: {2}");

    public static readonly RuleDescriptor AirflowGroupIsTask = new(
        "KD4014", "Task group with a task's id", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task group '{0}' of DAG '{1}' has the id of a task; Airflow refuses the DAG file (DuplicateTaskIdFound); rename the group or the task");

    public static readonly RuleDescriptor AirflowDuplicateMount = new(
        "KD4015", "Volume or mount path given twice", RuleDescriptor.Airflow, RuleSeverity.Error,
        "Task '{1}' {0}; the operator merges its own volumes and mounts with the pod template's and a volume secret's, and the API server refuses a pod with a duplicate (422); keep one");

    public static readonly RuleDescriptor MissingReference = new(
        "KD5001", "Referenced object declared nowhere", RuleDescriptor.References, RuleSeverity.Warning,
        "{0} '{1}' (used by {2}) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: {3}(\"{1}\")]");

    public static readonly RuleDescriptor MissingKey = new(
        "KD5002", "Key missing from the secret or config map", RuleDescriptor.References, RuleSeverity.Error,
        "{0} '{1}' has no key '{2}' (used by {3}); its keys are: {4}");

    public static readonly RuleDescriptor OtherNamespace = new(
        "KD5003", "Referenced object in another namespace", RuleDescriptor.References, RuleSeverity.Warning,
        "{0} '{1}' (used by {2}) must be in namespace '{3}', but it is declared in: {4}; define it there too, or declare it as managed elsewhere with [assembly: {5}(\"{1}\", Namespace = \"{3}\")]");

    public static readonly RuleDescriptor DriverRbac = new(
        "KD5004", "Driver service account lacks permissions", RuleDescriptor.References, RuleSeverity.Warning,
        "The driver's service account '{0}' cannot run a Spark driver: {1}");

    public static readonly RuleDescriptor InventoryUnreadable = new(
        "KD5005", "Inventory file cannot be read", RuleDescriptor.References, RuleSeverity.Warning,
        "Inventory file '{0}' {1}; the objects after this point are not known to the reference checks (render Helm charts with 'helm template' first)");

    public static readonly RuleDescriptor InventorySecretValue = new(
        "KD5006", "Secret value in an inventory file", RuleDescriptor.References, RuleSeverity.Warning,
        "Secret '{0}' in this inventory file holds a value for key '{1}'; the checks read only the keys, so empty the values (\"\") and keep secret values out of the repository");

    public static readonly RuleDescriptor HostNamespace = new(
        "KD6001", "Host namespace shared", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids sharing the node's network, process or IPC namespace ({3}). Remove the field or set it to false")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor PrivilegedContainer = new(
        "KD6002", "Privileged container", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids privileged containers ({3}). Remove privileged (or set it to false)")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor AddedCapability = new(
        "KD6003", "Capability outside the default set", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' allows adding only the container runtime's default capabilities ({3}). Remove it from capabilities.add")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor HostPathVolume = new(
        "KD6004", "hostPath volume", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids hostPath volumes ({3}). Use an emptyDir, a PersistentVolumeClaim or a CSI volume")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor HostPort = new(
        "KD6005", "Host port", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids host ports ({3}). Remove hostPort and reach the container through a Service")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor AppArmorProfile = new(
        "KD6006", "AppArmor profile overridden", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' allows only the RuntimeDefault and Localhost AppArmor profiles ({3}). Remove it or use RuntimeDefault")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor SeLinuxOptions = new(
        "KD6007", "Custom SELinux options", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' allows only the container SELinux types and no custom user or role ({3}). Remove it")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor ProcMount = new(
        "KD6008", "/proc mount unmasked", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' requires the default /proc masks ({3}). Write Default or remove procMount")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor SeccompUnconfined = new(
        "KD6009", "Seccomp turned off", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids the Unconfined seccomp profile ({3}). Use RuntimeDefault")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor UnsafeSysctl = new(
        "KD6010", "Sysctl outside the safe set", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' allows only the safe sysctls ({3}). Remove it, or run the pod in a namespace that allows it")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor HostProcess = new(
        "KD6011", "Windows HostProcess container", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids Windows HostProcess containers ({3}). Remove hostProcess")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor ProbeHost = new(
        "KD6012", "Probe or lifecycle hook to another host", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids a host in probes and lifecycle hooks from Kubernetes 1.34 ({3}). Remove host so the kubelet calls the pod's own address")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor RestrictedVolumeType = new(
        "KD6020", "Volume type outside the restricted set", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes ({3}). Reach the storage through a PersistentVolumeClaim")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor PrivilegeEscalation = new(
        "KD6021", "Privilege escalation not disallowed", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' requires allowPrivilegeEscalation: false in every container ({3}). Set it to false")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor RunAsNonRoot = new(
        "KD6022", "Not required to run as non-root", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' requires runAsNonRoot: true on the pod or in every container ({3}). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor RunAsRootUser = new(
        "KD6023", "Runs as user 0", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' forbids runAsUser 0 ({3}). Use a non-zero user id (Spark's images use 185)")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor SeccompRequired = new(
        "KD6024", "Seccomp profile not set", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' requires seccompProfile.type RuntimeDefault or Localhost on the pod or in every container ({3}). Set it to RuntimeDefault")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor CapabilitiesNotDropped = new(
        "KD6025", "Capabilities not dropped", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} {1}; Pod Security level '{2}' requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({3}). Drop ALL, and add back only NET_BIND_SERVICE")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor RbacWildcard = new(
        "KD6101", "RBAC rule with a wildcard", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} grants '*' in {1}: a wildcard grants every current and future value, secrets and verbs such as escalate included; list what the subject needs");

    public static readonly RuleDescriptor RbacEscalatingVerb = new(
        "KD6102", "RBAC verb that hands out more permissions", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} grants '{1}' in {2}: a subject with it can give itself permissions it does not have; grant it only to administrators");

    public static readonly RuleDescriptor ClusterAdminBinding = new(
        "KD6103", "Binding to cluster-admin", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} binds the cluster-admin ClusterRole, which allows everything in every namespace; bind a role with only what the subjects need");

    public static readonly RuleDescriptor DriverRoleBeyondNeeds = new(
        "KD6104", "Driver role grants more than a Spark driver uses", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} grants {1} '{2}' in {3}, which no Spark driver uses; it is bound only to driver service account {4}. A driver needs get, list, watch, create, update, patch, delete and deletecollection on pods, services, configmaps and persistentvolumeclaims of the core API group; remove it")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor SecretsListedByJob = new(
        "KD6105", "Job account may list or watch secrets", RuleDescriptor.Security, RuleSeverity.Warning,
        "{0} grants '{1}' on secrets in {2}, and {3} gives it to service account '{4}', which {5} run as: '{1}' returns every secret of the namespace with its values. Grant get on the secrets the job reads (resourceNames), or nothing")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor JobClusterBinding = new(
        "KD6106", "Job account bound cluster-wide", RuleDescriptor.Security, RuleSeverity.Warning,
        "ClusterRoleBinding '{0}' grants ClusterRole '{1}' in every namespace to service account '{2}', which {3} run as; a job works in its own namespace, so bind the role with a RoleBinding in {4}")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor UnusedAccountToken = new(
        "KD6107", "Service account token in pods that do not call the API", RuleDescriptor.Security, RuleSeverity.Info,
        "{0} {1}, so it gets the token of service account '{2}', but {3}; the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in {4}")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor SecretsReadableByAccount = new(
        "KD6108", "Secret given to a pod whose account reads every secret", RuleDescriptor.Security, RuleSeverity.Warning,
        "Secret '{0}' (used by {1}) goes to a pod of service account '{2}' ({3}), which may {4} every secret of namespace '{5}' through {6} and {7}: with the pod's token anyone in it reads all of them, not this one only. Limit the role to named secrets (resourceNames), or give the job an account without secret access")
    {
        CrossResource = true,
    };

    public static readonly RuleDescriptor ImageWithoutDigest = new(
        "KD6200", "Image not pinned by digest", RuleDescriptor.Security, RuleSeverity.Warning,
        "Image '{0}' names no digest, and KubeDslRequireImageDigests asks every image to: a tag can be moved to other bytes, a digest cannot. Write it as '{0}@sha256:<digest>' (or the image name with the digest alone)");

    public static readonly RuleDescriptor SidecarWithoutResources = new(
        "KD6201", "Sidecar or init container without requests", RuleDescriptor.Security, RuleSeverity.Info,
        "{0} has no {1} request (nor a limit, which would stand for it): the scheduler counts it as zero, so the pod can land on a node without room for it, and under memory pressure the kubelet evicts the pod first. Set resources.requests.{2} (and a memory limit)");

    public static readonly RuleDescriptor DefaultNamespace = new(
        "KD6202", "Resource in the default namespace", RuleDescriptor.Security, RuleSeverity.Info,
        "{0} is placed in namespace 'default', where every resource without a namespace lands and whose 'default' service account all of them share; give the jobs a namespace of their own")
    {
        EnabledByDefault = false,
    };

    public static readonly RuleDescriptor FinishedRunsKept = new(
        "KD6203", "Finished Spark application kept forever", RuleDescriptor.Security, RuleSeverity.Info,
        "SparkApplication '{0}' sets no timeToLiveSeconds, so the operator keeps it and its finished driver pod until someone deletes them; set spec.timeToLiveSeconds")
    {
        EnabledByDefault = false,
    };

    public static readonly RuleDescriptor ScheduleConcurrencyUnset = new(
        "KD6204", "Scheduled application without a concurrency policy", RuleDescriptor.Security, RuleSeverity.Warning,
        "ScheduledSparkApplication '{0}' {1}: the operator starts a run while an earlier one exists only for Allow, Forbid or Replace, and it keeps the last run in its history, so no run starts after the first; set concurrencyPolicy (Forbid skips a run while the last one runs)");

    public static readonly RuleDescriptor SecretInEnvironment = new(
        "KD6205", "Secret read into an environment variable", RuleDescriptor.Security, RuleSeverity.Info,
        "Secret '{0}' reaches {1} as an environment variable: every child process inherits it, and frameworks print their environment in error reports; mount it as a file instead (a secret volume, or the driver's and executor's secrets)")
    {
        EnabledByDefault = false,
    };

    public static readonly RuleDescriptor WritableRootFilesystem = new(
        "KD6206", "Root filesystem writable", RuleDescriptor.Security, RuleSeverity.Info,
        "{0} does not set securityContext.readOnlyRootFilesystem: true, so code in it can change the image's files; set it and give the process emptyDir volumes for what it writes (/tmp; Spark's local directories are emptyDir volumes already)")
    {
        EnabledByDefault = false,
    };

    public static readonly RuleDescriptor NoPriorityClass = new(
        "KD6207", "Batch pod without a priority class", RuleDescriptor.Security, RuleSeverity.Info,
        "{0} sets no priorityClassName, so it runs at the cluster's default priority: the scheduler neither preempts other pods for it nor knows it may preempt it for more urgent work; name a PriorityClass ({1})")
    {
        EnabledByDefault = false,
    };

    public static readonly RuleDescriptor DriverWithoutNetworkPolicy = new(
        "KD6208", "Driver pod selected by no NetworkPolicy", RuleDescriptor.Security, RuleSeverity.Info,
        "The driver pod of {0} is selected by no NetworkPolicy {1}, so any pod of the cluster reaches its ports (the driver's RPC, block manager and UI); add a policy that selects it (spark-role: driver) and admits its executors")
    {
        CrossResource = true,
        EnabledByDefault = false,
    };

    public static readonly IReadOnlyList<ResourceRule> Rules =
    [
        new ResourceNameRule(),
        new DerivedNameRule(),
        new ImageRule(),
        new LabelRule(),
        new PodSpecRule(),
        new JvmMemoryRule(),
        new SparkWebhookRule(),
        new SparkApplicationRule(),
        new SparkConfRule(),
        new KerberosRule(),
        new ScheduleRule(),
        new Flink.FlinkDeploymentRule(),
        new Flink.FlinkSessionJobRule(),
        new Flink.FlinkAutoscalerRule(),
        new Security.RbacRule(),
        new Security.BatchPodRule(),
        new Airflow.AirflowDagRule(),
        new Security.CredentialRule(),
        new Airflow.AirflowTaskRule(),

        // Last: a value another rule already judged is reported once, by that rule (see Check).
        new SchemaRule(),
    ];

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> Descriptors =
        Rules.SelectMany(r => r.Descriptors).Concat(References.ReferenceRule.Descriptors).Concat(Security.PodSecurityRule.Descriptors).Concat(Security.LeastPrivilegeRule.Descriptors).Append(DriverWithoutNetworkPolicy).Append(FlinkTarget).Append(FlinkTargetDeclaredNowhere).Append(InventoryUnreadable).Append(InventorySecretValue).Append(CrdUnreadable).Distinct().OrderBy(d => d.Id, System.StringComparer.Ordinal).ToList();

    /// <summary>
    /// Runs the rules that judge resources together (references, Flink session-job targets, Pod Security levels
    /// from namespaces) over every resource the front end knows: the project's or the files', and the inventory's.
    /// Findings go to each resource's own context.
    /// </summary>
    public static void CheckAcross(IReadOnlyList<ResourceContext> resources, IReadOnlyList<References.Declared> external)
    {
        References.ReferenceRule.Check(resources, external);
        Flink.FlinkTargetRule.Check(resources, external);
        Security.PodSecurityRule.Check(resources);
        Security.LeastPrivilegeRule.Check(resources);
        Security.NetworkPolicyRule.Check(resources);
    }

    /// <summary>Runs every rule on one resource.</summary>
    public static List<RuleFinding> Check(DocMapping resource, RuleSettings? settings = null)
    {
        var findings = new List<RuleFinding>();
        var context = new ResourceContext(resource, findings, settings);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        SchemaRule.RemoveJudged(findings);
        return findings;
    }
}
