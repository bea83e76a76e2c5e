using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KubeDslInventory YAML: objects created outside the project satisfy references, their keys and namespaces are
/// checked, their RBAC is checked for the driver, and files that do not parse are reported where they break.
/// </summary>
public class InventoryTests
{
    private const string App = """
        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    SparkConfigMap = "spark-defaults",
                    Driver = new DriverSpec
                    {
                        ServiceAccount = {|#0:"spark"|},
                        EnvSecretKeyRefs = new Dictionary<string, NameKey> { ["DB_PASSWORD"] = new NameKey { Name = {|#2:"db"|}, Key = {|#1:"password"|} } },
                    },
                    Executor = new ExecutorSpec(),
                },
            };
        }
        """;

    // What `kubectl get -o yaml` prints (a List, here with an anchor and a merge key), then a second document.
    private const string Platform = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ServiceAccount
          metadata: {name: spark, namespace: etl}
        - apiVersion: rbac.authorization.k8s.io/v1
          kind: Role
          metadata: &meta
            name: spark-driver
            namespace: etl
          rules:
          - apiGroups: [""]
            resources: [pods]
            verbs: [create, get, list, watch, delete]
        - apiVersion: rbac.authorization.k8s.io/v1
          kind: RoleBinding
          metadata:
            <<: *meta
          roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark-driver}
          subjects:
          - kind: ServiceAccount
            name: spark
            namespace: etl
        ---
        # rendered from the platform chart
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: etl
        data:
          username: ZXRs
        """;

    private const string ConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: spark-defaults
          namespace: etl
        data:
          spark-defaults.conf: ""
        """;

    [Fact]
    public Task Inventory_objects_count_as_declared_and_are_checked_like_definitions() => Verify.AnalyzerWithFiles(
        [("/platform/rbac.yaml", Platform, true), ("/platform/config.yaml", ConfigMap, true)],
        App,
        Verify.Diagnostic("KD5004", 0, "The driver's service account 'spark' cannot run a Spark driver: its roles do not allow services: create, get, delete; configmaps: create, get, delete"),
        Verify.Diagnostic("KD5002", 1, "Secret 'db' has no key 'password' (used by the driver's env DB_PASSWORD); its keys are: username"),
        new DiagnosticResult(RuleDiagnosticsFor("KD5006"))
            .WithSpan("/platform/rbac.yaml", 33, 13, 33, 17)
            .WithMessage("Secret 'db' in this inventory file holds a value for key 'username'; the checks read only the keys, so empty the values (\"\") and keep secret values out of the repository"));

    [Fact]
    public Task Secrets_listed_with_empty_values_give_their_keys_and_no_warning() => Verify.AnalyzerWithFiles(
        [("/platform/rbac.yaml", Platform.Replace("username: ZXRs", "username: \"\"\n  password: \"\"", StringComparison.Ordinal), true), ("/platform/config.yaml", ConfigMap, true)],
        App,
        Verify.Diagnostic("KD5004", 0, "The driver's service account 'spark' cannot run a Spark driver: its roles do not allow services: create, get, delete; configmaps: create, get, delete"));

    [Fact]
    public Task Files_without_the_inventory_metadata_are_ignored() => Verify.AnalyzerWithFiles(
        [("/platform/rbac.yaml", Platform, false), ("/platform/config.yaml", ConfigMap, true)],
        App,
        Verify.Diagnostic("KD5001", 0, "ServiceAccount 'spark' (used by the driver) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"spark\")]"),
        Verify.Diagnostic("KD5001", 2, "Secret 'db' (used by the driver's env DB_PASSWORD) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"db\")]"));

    [Fact]
    public Task Unreadable_file_is_reported_at_the_error_and_keeps_what_came_before() => Verify.AnalyzerWithFiles(
        [("/platform/config.yaml", ConfigMap + "\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n namespace: etl\n", true)],
        """
        [assembly: ExternalServiceAccount("spark")]
        [assembly: ExternalSecret("db")]
        """ + App.Replace("{|#0:", "", StringComparison.Ordinal).Replace("{|#1:", "", StringComparison.Ordinal).Replace("{|#2:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal),
        new DiagnosticResult(RuleDiagnosticsFor("KD5005"))
            .WithSpan("/platform/config.yaml", 13, 2, 13, 16)
            .WithMessage("Inventory file '/platform/config.yaml' is not valid YAML at line 13, column 2 (while parsing a block mapping, did not find expected key); the objects after this point are not known to the reference checks (render Helm charts with 'helm template' first)"));

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor RuleDiagnosticsFor(string id) => RuleDiagnostics.All.Single(d => d.Id == id);
}
