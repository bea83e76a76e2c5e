using KubeDsl.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The fixes of KD6107 (executor and TaskManager templates stop mounting the token) and KD6204 (a concurrency policy).</summary>
public class LeastPrivilegeCodeFixTests
{
    private static async Task Run(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, SetMemberCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Verify.Usings + source,
            FixedCode = Verify.Usings + fixedSource,
            // Both are judged with every definition at hand, so they are compilation-end diagnostics.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        test.DisabledDiagnostics.AddRange(Verify.Advice.Where(id => !expected.Any(e => e.Id == id)));
        await test.RunAsync();
    }

    private static string Spark(string executor) => $$"""
        [assembly: ExternalServiceAccount("spark", Namespace = "etl")]

        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { ServiceAccount = "spark" },
                    Executor = {{executor}},
                },
            };
        }
        """;

    private const string Token = "The executor pod sets no automountServiceAccountToken, so it gets the token of service account 'spark', but Spark executors never call the Kubernetes API (the driver does); the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in spec.executor.template.spec";

    [Fact]
    public Task The_executor_gets_a_template_without_the_token() => Run(
        Spark("{|#0:new ExecutorSpec { Instances = 2 }|}"),
        Spark("new ExecutorSpec { Instances = 2, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { AutomountServiceAccountToken = false } } }"),
        Verify.Diagnostic("KD6107", 0, Token));

    [Fact]
    public Task An_existing_executor_template_gets_the_field() => Run(
        Spark("{|#0:new ExecutorSpec { Instances = 2, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { PriorityClassName = \"batch\" } } }|}"),
        Spark("new ExecutorSpec { Instances = 2, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { PriorityClassName = \"batch\", AutomountServiceAccountToken = false } } }"),
        Verify.Diagnostic("KD6107", 0, Token));

    private static string Scheduled(string spec) => $$"""
        [assembly: ExternalServiceAccount("spark", Namespace = "etl")]

        public static class Jobs
        {
            [Manifest("scheduled.yaml")]
            public static ScheduledSparkApplication Nightly => new()
            {
                Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "etl" },
                Spec = {{spec}},
            };

            private static readonly SparkApplicationSpec Template = new()
            {
                Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                Driver = new DriverSpec { ServiceAccount = "spark" },
                Executor = new ExecutorSpec(),
            };
        }
        """;

    [Fact]
    public Task A_schedule_gets_the_Forbid_policy() => Run(
        Scheduled("{|#0:new ScheduledSparkApplicationSpec { Schedule = \"0 2 * * *\", Template = Template }|}"),
        Scheduled("new ScheduledSparkApplicationSpec { Schedule = \"0 2 * * *\", Template = Template, ConcurrencyPolicy = ConcurrencyPolicy.Forbid }"),
        Verify.Diagnostic("KD6204", 0, "ScheduledSparkApplication 'nightly' sets no concurrencyPolicy: the operator starts a run while an earlier one exists only for Allow, Forbid or Replace, and it keeps the last run in its history, so no run starts after the first; set concurrencyPolicy (Forbid skips a run while the last one runs)"));
    private static string Flink(string taskManager) => $$"""
        [assembly: ExternalServiceAccount("flink", Namespace = "streams")]

        public static class Streams
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders", NamespaceProperty = "streams" },
                Spec = new FlinkDeploymentSpec
                {
                    Image = "flink:2.2", FlinkVersion = FlinkVersion.V2_2, ServiceAccount = "flink",
                    FlinkConfiguration = new Dictionary<string, string> { ["taskmanager.numberOfTaskSlots"] = "2" },
                    JobManager = new JobManagerSpec { Replicas = 1, Resource = new Resource { Cpu = 1, Memory = "2048m" } },
                    TaskManager = {{taskManager}},
                },
            };
        }
        """;

    [Fact]
    public Task The_task_manager_gets_a_template_without_the_token() => Run(
        Flink("{|#0:new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = \"2048m\" } }|}"),
        Flink("new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = \"2048m\" }, PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { AutomountServiceAccountToken = false } } }"),
        Verify.Diagnostic("KD6107", 0, "The TaskManager pod sets no automountServiceAccountToken, so it gets the token of service account 'flink', but TaskManagers call the Kubernetes API only for Kubernetes high availability, which high-availability.type does not choose; the token only lets whoever takes over the pod act as the account. Set automountServiceAccountToken: false in spec.taskManager.podTemplate.spec"));
}
