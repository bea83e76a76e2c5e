using KubeDsl.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>KD5xxx: references to secrets, config maps, claims and service accounts against what is declared.</summary>
public class ReferenceRuleTests
{
    private const string Job = """
        public static class Jobs
        {
            [Manifest("job.yaml")]
            public static V1Pod Worker => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "jobs" },
                Spec = new V1PodSpec
                {
                    ServiceAccountName = {|#0:"runner"|},
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "main",
                            Image = "busybox:1.36",
                            Env = [new V1EnvVar { Name = "TOKEN", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = {|#1:"api"|}, Key = {|#2:"token"|} } } }],
                            EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = {|#3:"settings"|} } }],
                        },
                    ],
                    Volumes = [new V1Volume { Name = "data", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = {|#4:"data"|} } }],
                },
            };
        }
        """;

    [Fact]
    public Task Undeclared_references_are_reported_where_they_are_named() => Verify.Analyzer(
        Job,
        Verify.Diagnostic("KD5001", 0, "ServiceAccount 'runner' (used by the pod) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\")]"),
        Verify.Diagnostic("KD5001", 1, "Secret 'api' (used by container 'main''s env TOKEN) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"api\")]"),
        Verify.Diagnostic("KD5001", 3, "ConfigMap 'settings' (used by container 'main''s envFrom) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalConfigMap(\"settings\")]"),
        Verify.Diagnostic("KD5001", 4, "PersistentVolumeClaim 'data' (used by volume 'data') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalPersistentVolumeClaim(\"data\")]"));

    [Fact]
    public Task The_default_service_account_exists_in_every_namespace() => Verify.Analyzer(
        Job.Replace("{|#0:\"runner\"|}", "\"default\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD5001", 1, "Secret 'api' (used by container 'main''s env TOKEN) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"api\")]"),
        Verify.Diagnostic("KD5001", 3, "ConfigMap 'settings' (used by container 'main''s envFrom) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalConfigMap(\"settings\")]"),
        Verify.Diagnostic("KD5001", 4, "PersistentVolumeClaim 'data' (used by volume 'data') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalPersistentVolumeClaim(\"data\")]"));

    [Fact]
    public Task Declarations_by_manifest_and_by_attribute_satisfy_references() => Verify.Analyzer(
        """
        [assembly: ExternalServiceAccount("runner", Namespace = "jobs")]
        [assembly: ExternalSecret("api", Keys = ["token"])]
        [assembly: ExternalPersistentVolumeClaim("data")]

        public static class Shared
        {
            [Manifest("settings.yaml")]
            public static V1ConfigMap Settings => new() { Metadata = new V1ObjectMeta { Name = "settings", NamespaceProperty = "jobs" }, Data = new Dictionary<string, string> { ["MODE"] = "batch" } };
        }
        """ + Job.Replace("{|#0:", "", StringComparison.Ordinal).Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#2:", "", StringComparison.Ordinal).Replace("{|#3:", "", StringComparison.Ordinal).Replace("{|#4:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal));

    [Fact]
    public Task Missing_key_and_other_namespace() => Verify.Analyzer(
        """
        [assembly: ExternalServiceAccount("runner", Namespace = "platform")]
        [assembly: ExternalSecret("api", Keys = ["password", "user"])]
        [assembly: ExternalConfigMap("settings")]
        [assembly: ExternalPersistentVolumeClaim("data")]
        """ + Job.Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#3:", "", StringComparison.Ordinal).Replace("{|#4:", "", StringComparison.Ordinal)
            .Replace("\"api\"|}", "\"api\"", StringComparison.Ordinal).Replace("\"settings\"|}", "\"settings\"", StringComparison.Ordinal).Replace("\"data\"|}", "\"data\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD5003", 0, "ServiceAccount 'runner' (used by the pod) must be in namespace 'jobs', but it is declared in: platform; define it there too, or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\", Namespace = \"jobs\")]"),
        Verify.Diagnostic("KD5002", 2, "Secret 'api' has no key 'token' (used by container 'main''s env TOKEN); its keys are: password, user"));

    [Fact]
    public Task Kerberos_token_secret_and_krb5_config_map_are_references() => Verify.Analyzer(
        """
        [assembly: ExternalSecret("etl-token", Keys = ["token"])]

        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    SparkConf = new Dictionary<string, string>
                    {
                        ["spark.kubernetes.kerberos.tokenSecret.name"] = "etl-token",
                        ["spark.kubernetes.kerberos.tokenSecret.itemKey"] = {|#0:"hadoop-token"|},
                        ["spark.kubernetes.kerberos.krb5.configMapName"] = {|#1:"krb5"|},
                    },
                    Driver = new DriverSpec(),
                    Executor = new ExecutorSpec(),
                },
            };
        }
        """,
        Verify.Diagnostic("KD5002", 0, "Secret 'etl-token' has no key 'hadoop-token' (used by spark.kubernetes.kerberos.tokenSecret.name); its keys are: token"),
        Verify.Diagnostic("KD5001", 1, "ConfigMap 'krb5' (used by spark.kubernetes.kerberos.krb5.configMapName) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalConfigMap(\"krb5\")]"));

    private const string Driver = """
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
                    Rules = [new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create", "get", "list", "watch", "delete"] }, RULE],
                },
                new V1RoleBinding
                {
                    Metadata = new V1ObjectMeta { Name = "spark-driver", NamespaceProperty = "etl" },
                    RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = "spark-driver" },
                    Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = "spark", NamespaceProperty = "etl" }],
                },
            ];

            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { ServiceAccount = {|#0:"spark"|} },
                    Executor = new ExecutorSpec(),
                },
            };
        }
        """;

    [Fact]
    public Task Driver_service_account_with_enough_permissions_is_silent() => Verify.Analyzer(
        Driver.Replace("RULE", "new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"services\", \"configmaps\"], Verbs = [{|#1:\"*\"|}] }", StringComparison.Ordinal).Replace("{|#0:", "", StringComparison.Ordinal).Replace("\"spark\"|}", "\"spark\"", StringComparison.Ordinal),
        // The wildcard covers what the driver needs (KD5004 is silent), and is itself more than it needs (KD6101).
        Verify.Diagnostic("KD6101", 1, "Role 'spark-driver' grants '*' in rules[1].verbs: a wildcard grants every current and future value, secrets and verbs such as escalate included; list what the subject needs"));

    [Fact]
    public Task Driver_service_account_without_service_and_config_map_permissions() => Verify.Analyzer(
        Driver.Replace("RULE", "new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"services\"], Verbs = [\"get\"] }", StringComparison.Ordinal),
        Verify.Diagnostic("KD5004", 0, "The driver's service account 'spark' cannot run a Spark driver: its roles do not allow services: create, delete; configmaps: create, get, delete"));

    [Fact]
    public async Task Declare_as_managed_elsewhere_fix_adds_the_assembly_attributes()
    {
        const string before = """
            public static class Jobs
            {
                [Manifest("job.yaml")]
                public static V1Pod Worker => new()
                {
                    Metadata = new V1ObjectMeta { Name = "worker" },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = {|#0:"runner"|},
                        Containers = [new V1Container { Name = "main", Image = "busybox:1.36", EnvFrom = [new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = {|#1:"api"|} } }] }],
                    },
                };
            }
            """;
        var after = "\n[assembly: KubeDsl.ExternalSecret(\"api\")]\n[assembly: KubeDsl.ExternalServiceAccount(\"runner\")]\n"
            + before.Replace("{|#0:", "", StringComparison.Ordinal).Replace("{|#1:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, DeclareExternalCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Verify.Usings + before,
            FixedCode = Verify.Usings + after,
            // KD5001 is reported when the compilation ends (it needs every definition); the IDE still offers the fix.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KD5001", 0, "ServiceAccount 'runner' (used by the pod) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\")]"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KD5001", 1, "Secret 'api' (used by container 'main''s envFrom) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"api\")]"));
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }

    // The pod (namespace "jobs") and a ServiceAccount defined without a namespace, which the rules place in the
    // default namespace the attribute names.
    private const string AccountWithoutNamespace = """
        public static class Accounts
        {
            [Manifest("account.yaml")]
            public static V1ServiceAccount Runner => new() { Metadata = new V1ObjectMeta { Name = "runner" } };
        }
        """;

    private static string JobWithOnlyTheAccount => Job.Replace("{|#0:", "", StringComparison.Ordinal).Replace("\"runner\"|}", "\"runner\"", StringComparison.Ordinal)
        .Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#3:", "", StringComparison.Ordinal).Replace("{|#4:", "", StringComparison.Ordinal)
        .Replace("\"api\"|}", "\"api\"", StringComparison.Ordinal).Replace("\"settings\"|}", "\"settings\"", StringComparison.Ordinal).Replace("\"data\"|}", "\"data\"", StringComparison.Ordinal)
        .Replace("{|#2:", "", StringComparison.Ordinal).Replace("\"token\"|}", "\"token\"", StringComparison.Ordinal);

    private const string OtherReferences = """
        [assembly: ExternalSecret("api", Keys = ["token"])]
        [assembly: ExternalConfigMap("settings")]
        [assembly: ExternalPersistentVolumeClaim("data")]
        """;

    [Fact]
    public Task The_rules_see_the_default_namespace() => Verify.Analyzer(
        "[assembly: DefaultNamespace(\"jobs\")]\n" + OtherReferences + AccountWithoutNamespace + JobWithOnlyTheAccount);

    [Fact]
    public Task An_account_without_a_namespace_is_in_the_default_one_for_the_rules() => Verify.Analyzer(
        "[assembly: DefaultNamespace(\"platform\")]\n" + OtherReferences + AccountWithoutNamespace + Job.Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#3:", "", StringComparison.Ordinal).Replace("{|#4:", "", StringComparison.Ordinal)
            .Replace("\"api\"|}", "\"api\"", StringComparison.Ordinal).Replace("\"settings\"|}", "\"settings\"", StringComparison.Ordinal).Replace("\"data\"|}", "\"data\"", StringComparison.Ordinal)
            .Replace("{|#2:", "", StringComparison.Ordinal).Replace("\"token\"|}", "\"token\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD5003", 0, "ServiceAccount 'runner' (used by the pod) must be in namespace 'jobs', but it is declared in: platform; define it there too, or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\", Namespace = \"jobs\")]"));

    [Fact]
    public Task A_class_default_namespace_places_the_accounts_of_that_class_for_the_rules() => Verify.Analyzer(
        "[assembly: DefaultNamespace(\"jobs\")]\n" + OtherReferences + AccountWithoutNamespace.Replace("public static class Accounts", "[DefaultNamespace(\"platform\")]\npublic static class Accounts", StringComparison.Ordinal)
            + Job.Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#3:", "", StringComparison.Ordinal).Replace("{|#4:", "", StringComparison.Ordinal)
            .Replace("\"api\"|}", "\"api\"", StringComparison.Ordinal).Replace("\"settings\"|}", "\"settings\"", StringComparison.Ordinal).Replace("\"data\"|}", "\"data\"", StringComparison.Ordinal)
            .Replace("{|#2:", "", StringComparison.Ordinal).Replace("\"token\"|}", "\"token\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD5003", 0, "ServiceAccount 'runner' (used by the pod) must be in namespace 'jobs', but it is declared in: platform; define it there too, or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"runner\", Namespace = \"jobs\")]"));
}
