namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD6104-KD6108: least privilege for the accounts of the project's jobs, one fault at a time: the Spark driver's
/// role beyond what a driver uses, secrets listed by a job, cluster-wide bindings, tokens in pods that never call
/// the API, and secrets given to a pod whose account reads every secret.
/// </summary>
public class LeastPrivilegeRuleTests
{
    // The Role the Spark operator's Helm chart gives the driver account (templates/spark/rbac.yaml).
    private const string ChartRule = "new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"pods\", \"configmaps\", \"persistentvolumeclaims\", \"services\"], Verbs = [\"get\", \"list\", \"watch\", \"create\", \"update\", \"patch\", \"delete\", \"deletecollection\"] }";

    /// <summary>A Spark driver account, its Role (the chart's rule and RULE) bound by BINDING, and an application using it.</summary>
    private static string Spark(string rule = "", string subjects = "new Rbacv1Subject { Kind = \"ServiceAccount\", Name = \"spark\", NamespaceProperty = \"etl\" }", string executor = "Executor = new ExecutorSpec(),") => $$"""
        public static class Jobs
        {
            [Manifest("sa.yaml")]
            public static V1ServiceAccount Account => new() { Metadata = new V1ObjectMeta { Name = "spark", NamespaceProperty = "etl" } };

            [Manifest("rbac.yaml")]
            public static List<object> Rbac =>
            [
                new V1Role
                {
                    Metadata = new V1ObjectMeta { Name = "spark-driver", NamespaceProperty = "etl" },
                    Rules = [{{ChartRule}}{{rule}}],
                },
                new V1RoleBinding
                {
                    Metadata = new V1ObjectMeta { Name = "spark-driver", NamespaceProperty = "etl" },
                    RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = "spark-driver" },
                    Subjects = [{{subjects}}],
                },
            ];

            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { ServiceAccount = "spark" },
                    {{executor}}
                },
            };
        }
        """;

    /// <summary>A Job running as 'loader' with the Role 'loader' (RULES) bound by a binding of KIND, and the job's env.</summary>
    private static string Job(string rules, string env = "", string binding = "V1RoleBinding", string roleKind = "Role", string roleType = "V1Role") => $$"""
        [assembly: ExternalSecret("db", Namespace = "etl")]

        public static class Jobs
        {
            [Manifest("sa.yaml")]
            public static V1ServiceAccount Account => new() { Metadata = new V1ObjectMeta { Name = "loader", NamespaceProperty = "etl" } };

            [Manifest("rbac.yaml")]
            public static List<object> Rbac =>
            [
                new {{roleType}}
                {
                    Metadata = new V1ObjectMeta { Name = "loader", NamespaceProperty = "etl" },
                    Rules = [{{rules}}],
                },
                new {{binding}}
                {
                    Metadata = new V1ObjectMeta { Name = "loader", NamespaceProperty = "etl" },
                    RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "{{roleKind}}", Name = "loader" },
                    Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = {|#9:"loader"|}, NamespaceProperty = "etl" }],
                },
            ];

            [Manifest("job.yaml")]
            public static V1Job Load => new()
            {
                Metadata = new V1ObjectMeta { Name = "load", NamespaceProperty = "etl" },
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            ServiceAccountName = "loader",
                            RestartPolicy = "Never",
                            Containers = [new V1Container { Name = "load", Image = "loader:1.0", Env = [{{env}}] }],
                        },
                    },
                },
            };
        }
        """;

    private const string DriverNeeds = "A driver needs get, list, watch, create, update, patch, delete and deletecollection on pods, services, configmaps and persistentvolumeclaims of the core API group; remove it";

    [Fact]
    public Task The_charts_driver_role_passes() => Verify.Analyzer(Spark());

    [Fact]
    public Task A_driver_role_with_secrets_grants_more_than_a_driver_uses() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [\"\"], Resources = [{|#0:\"secrets\"|}], Verbs = [\"get\"] }"),
        Verify.Diagnostic("KD6104", 0, "Role 'spark-driver' grants resource 'secrets' in rules[1].resources, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds));

    [Fact]
    public Task A_driver_role_with_another_group_and_verb() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [{|#0:\"batch\"|}], Resources = [{|#1:\"jobs\"|}], Verbs = [\"create\"] }, new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"pods\"], Verbs = [{|#2:\"proxy\"|}] }"),
        Verify.Diagnostic("KD6104", 0, "Role 'spark-driver' grants API group 'batch' in rules[1].apiGroups, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds),
        Verify.Diagnostic("KD6104", 1, "Role 'spark-driver' grants resource 'jobs' in rules[1].resources, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds),
        Verify.Diagnostic("KD6104", 2, "Role 'spark-driver' grants verb 'proxy' in rules[2].verbs, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds));

    [Fact]
    public Task A_role_bound_to_someone_besides_drivers_is_not_judged_as_a_drivers() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"secrets\"], Verbs = [\"get\"] }",
            subjects: "new Rbacv1Subject { Kind = \"ServiceAccount\", Name = \"spark\", NamespaceProperty = \"etl\" }, new Rbacv1Subject { Kind = \"User\", Name = \"alice\", ApiGroup = \"rbac.authorization.k8s.io\" }"));

    [Fact]
    public Task A_jobs_account_listing_secrets() => Verify.Analyzer(
        Job("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"secrets\"], Verbs = [\"get\", {|#0:\"list\"|}] }").Replace("{|#9:", "", StringComparison.Ordinal).Replace("\"loader\"|}", "\"loader\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD6105", 0, "Role 'loader' grants 'list' on secrets in rules[0].verbs, and RoleBinding 'loader' gives it to service account 'loader', which the pods of Job 'load' run as: 'list' returns every secret of the namespace with its values. Grant get on the secrets the job reads (resourceNames), or nothing"));

    [Fact]
    public Task Get_on_named_secrets_passes() => Verify.Analyzer(
        Job("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"secrets\"], ResourceNames = [\"db\"], Verbs = [\"get\"] }",
            env: "new V1EnvVar { Name = \"PASSWORD\", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = \"db\", Key = \"password\" } } }").Replace("{|#9:", "", StringComparison.Ordinal).Replace("\"loader\"|}", "\"loader\"", StringComparison.Ordinal));

    [Fact]
    public Task A_jobs_account_bound_cluster_wide() => Verify.Analyzer(
        Job("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"configmaps\"], Verbs = [\"get\"] }", binding: "V1ClusterRoleBinding", roleKind: "ClusterRole", roleType: "V1ClusterRole"),
        Verify.Diagnostic("KD6106", 9, "ClusterRoleBinding 'loader' grants ClusterRole 'loader' in every namespace to service account 'loader', which the pods of Job 'load' run as; a job works in its own namespace, so bind the role with a RoleBinding in etl"));

    [Fact]
    public Task A_cluster_role_bound_in_the_namespace_passes() => Verify.Analyzer(
        Job("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"configmaps\"], Verbs = [\"get\"] }", roleKind: "ClusterRole", roleType: "V1ClusterRole").Replace("{|#9:", "", StringComparison.Ordinal).Replace("\"loader\"|}", "\"loader\"", StringComparison.Ordinal));

    [Fact]
    public Task A_secret_given_to_a_pod_whose_account_reads_every_secret() => Verify.Analyzer(
        Job("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"secrets\"], Verbs = [\"get\"] }",
            env: "new V1EnvVar { Name = \"PASSWORD\", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = {|#0:\"db\"|}, Key = \"password\" } } }").Replace("{|#9:", "", StringComparison.Ordinal).Replace("\"loader\"|}", "\"loader\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD6108", 0, "Secret 'db' (used by container 'load''s env PASSWORD) goes to a pod of service account 'loader' (the pods of Job 'load'), which may get every secret of namespace 'etl' through Role 'loader' and RoleBinding 'loader': with the pod's token anyone in it reads all of them, not this one only. Limit the role to named secrets (resourceNames), or give the job an account without secret access"));

    [Fact]
    public Task Spark_executors_get_the_drivers_token() => Verify.Analyzer(
        Spark(executor: "Executor = {|#0:new ExecutorSpec { Instances = 2 }|},"),
        Verify.Diagnostic("KD6107", 0, "The executor pod sets no automountServiceAccountToken, so it gets the token of service account 'spark', but Spark executors never call the Kubernetes API (the driver does); the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in spec.executor.template.spec"));

    [Fact]
    public Task Spark_executors_without_the_token_pass() => Verify.AnalyzerWithConfig(
        KeepTokenAdvice,
        Spark(executor: "Executor = new ExecutorSpec { Instances = 2, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { AutomountServiceAccountToken = false } } },"));

    [Fact]
    public Task Spark_executors_with_an_account_that_mounts_no_token_pass() => Verify.AnalyzerWithConfig(
        KeepTokenAdvice,
        Spark().Replace("Name = \"spark\", NamespaceProperty = \"etl\" } };", "Name = \"spark\", NamespaceProperty = \"etl\" }, AutomountServiceAccountToken = false };", StringComparison.Ordinal));

    private const string KeepTokenAdvice = "dotnet_diagnostic.KD6107.severity = suggestion\n";

    private static string Flink(string spec) => $$"""
        [assembly: ExternalServiceAccount("flink", Namespace = "streams")]

        public static class Streams
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders", NamespaceProperty = "streams" },
                Spec = new FlinkDeploymentSpec
                {
                    Image = "flink:2.2",
                    FlinkVersion = FlinkVersion.V2_2,
                    ServiceAccount = "flink",
                    JobManager = new JobManagerSpec { Replicas = 1, Resource = new Resource { Cpu = 1, Memory = "2048m" } },
                    {{spec}}
                },
            };
        }
        """;

    [Fact]
    public Task Flink_task_managers_without_kubernetes_ha_get_a_token_they_do_not_use() => Verify.Analyzer(
        Flink("FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\" }, TaskManager = {|#0:new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = \"2048m\" } }|},"),
        Verify.Diagnostic("KD6107", 0, "The TaskManager pod sets no automountServiceAccountToken, so it gets the token of service account 'flink', but TaskManagers call the Kubernetes API only for Kubernetes high availability, which high-availability.type does not choose; the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in spec.taskManager.podTemplate.spec"));

    [Fact]
    public Task Flink_task_managers_with_kubernetes_ha_need_their_token() => Verify.AnalyzerWithConfig(
        KeepTokenAdvice,
        Flink("FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\", [\"high-availability.type\"] = \"kubernetes\", [\"high-availability.storageDir\"] = \"s3://b/ha\" }, TaskManager = new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = \"2048m\" } },"));
    [Fact]
    public Task A_driver_that_allocates_through_stateful_sets_may_manage_them() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [\"apps\"], Resources = [\"statefulsets\"], Verbs = [\"create\", \"get\", \"delete\"] }")
            .Replace("Executor = new ExecutorSpec(),", "Executor = new ExecutorSpec(), SparkConf = new Dictionary<string, string> { [\"spark.kubernetes.allocation.pods.allocator\"] = \"statefulset\" },", StringComparison.Ordinal));

    [Fact]
    public Task The_same_grant_without_that_allocator_is_more_than_a_driver_uses() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [{|#0:\"apps\"|}], Resources = [{|#1:\"statefulsets\"|}], Verbs = [\"create\", \"get\", \"delete\"] }"),
        Verify.Diagnostic("KD6104", 0, "Role 'spark-driver' grants API group 'apps' in rules[1].apiGroups, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds),
        Verify.Diagnostic("KD6104", 1, "Role 'spark-driver' grants resource 'statefulsets' in rules[1].resources, which no Spark driver uses; it is bound only to driver service account 'spark'. " + DriverNeeds));

    [Fact]
    public Task An_account_a_plain_job_shares_with_the_driver_is_not_judged_as_a_drivers() => Verify.Analyzer(
        Spark(", new V1PolicyRule { ApiGroups = [\"batch\"], Resources = [\"jobs\"], Verbs = [\"get\"] }")
            .Replace("[Manifest(\"app.yaml\")]", "[Manifest(\"job.yaml\")]\n    public static V1Job Other => new() { Metadata = new V1ObjectMeta { Name = \"other\", NamespaceProperty = \"etl\" }, Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { ServiceAccountName = \"spark\", RestartPolicy = \"Never\", Containers = [new V1Container { Name = \"c\", Image = \"tool:1.0\" }] } } } };\n\n    [Manifest(\"app.yaml\")]", StringComparison.Ordinal));

    [Fact]
    public Task An_executor_template_that_asks_for_the_token_is_reported_where_it_does() => Verify.Analyzer(
        Spark(executor: "Executor = new ExecutorSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { AutomountServiceAccountToken = {|#0:true|} } } },"),
        Verify.Diagnostic("KD6107", 0, "The executor pod sets spec.executor.template.spec.automountServiceAccountToken: true, so it gets the token of service account 'spark', but Spark executors never call the Kubernetes API (the driver does); the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in spec.executor.template.spec"));
}
