using KubeDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The mechanical Pod Security fixes, one at a time and all at once, where the value is written.</summary>
public class PodSecurityCodeFixTests
{
    private const string Reason = "namespace 'secure' has pod-security.kubernetes.io/enforce: restricted";

    private static string Source(string container, string spec = "") => Verify.Usings + $$"""
        public static class Defs
        {
            [Manifest("ns.yaml")]
            public static V1Namespace Ns => new() { Metadata = new V1ObjectMeta { Name = "secure", Labels = new Dictionary<string, string> { ["pod-security.kubernetes.io/enforce"] = "restricted" } } };

            [Manifest("pod.yaml")]
            public static V1Pod Worker => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "secure" },
                Spec = new V1PodSpec { {{spec}}Containers = [{{container}}] },
            };
        }
        """;

    private const string Hardened = "AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = [\"ALL\"] }, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" }";

    private static async Task Run<TFix>(string source, string fixedSource, int iterations, params DiagnosticResult[] expected)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, TFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfFixAllIterations = iterations,
            NumberOfIncrementalIterations = iterations,

            // Pod Security findings need the namespace, another definition, so they are compilation-end diagnostics.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }

    private static DiagnosticResult Error(string id, int location, string message) => Verify.Diagnostic(id, location, message).WithSeverity(DiagnosticSeverity.Error);

    [Fact]
    public Task Privileged_is_removed() => Run<SetMemberCodeFix>(
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened + ", Privileged = {|#0:true|} } }"),
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened + " } }"),
        1,
        Error("KD6002", 0, "Container 'main' of the pod sets spec.containers[0].securityContext.privileged: true; Pod Security level 'baseline' forbids privileged containers (" + Reason + "). Remove privileged (or set it to false)"));

    [Fact]
    public Task Privilege_escalation_true_becomes_false() => Run<SetMemberCodeFix>(
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened.Replace("AllowPrivilegeEscalation = false", "AllowPrivilegeEscalation = {|#0:true|}", StringComparison.Ordinal) + " } }"),
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened + " } }"),
        1,
        Error("KD6021", 0, "Container 'main' of the pod sets spec.containers[0].securityContext.allowPrivilegeEscalation: true; Pod Security level 'restricted' requires allowPrivilegeEscalation: false in every container (" + Reason + "). Set it to false"));

    [Fact]
    public Task Unconfined_seccomp_becomes_RuntimeDefault() => Run<ReplaceValueCodeFix>(
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened.Replace("\"RuntimeDefault\"", "{|#0:\"Unconfined\"|}", StringComparison.Ordinal) + " } }"),
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { " + Hardened + " } }"),
        1,
        Error("KD6009", 0, "Container 'main' of the pod sets spec.containers[0].securityContext.seccompProfile.type: 'Unconfined'; Pod Security level 'baseline' forbids the Unconfined seccomp profile (" + Reason + "). Use RuntimeDefault"));

    [Fact]
    public Task Fix_all_hardens_a_container_without_a_security_context() => Run<SetMemberCodeFix>(
        Source("{|#0:new V1Container { Name = \"main\", Image = \"busybox:1.36\" }|}"),
        Source("new V1Container { Name = \"main\", Image = \"busybox:1.36\", SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" }, Capabilities = new V1Capabilities { Drop = [\"ALL\"] } } }"),
        4,
        Error("KD6021", 0, "Container 'main' of the pod does not set spec.containers[0].securityContext.allowPrivilegeEscalation; Pod Security level 'restricted' requires allowPrivilegeEscalation: false in every container (" + Reason + "). Set it to false"),
        Error("KD6022", 0, "Container 'main' of the pod does not set spec.containers[0].securityContext.runAsNonRoot; Pod Security level 'restricted' requires runAsNonRoot: true on the pod or in every container (" + Reason + "). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root"),
        Error("KD6024", 0, "Container 'main' of the pod does not set spec.containers[0].securityContext.seccompProfile.type; Pod Security level 'restricted' requires seccompProfile.type RuntimeDefault or Localhost on the pod or in every container (" + Reason + "). Set it to RuntimeDefault"),
        Error("KD6025", 0, "Container 'main' of the pod does not set spec.containers[0].securityContext.capabilities.drop; Pod Security level 'restricted' requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE (" + Reason + "). Drop ALL, and add back only NET_BIND_SERVICE"));

    private static string Spark(string executor) => Verify.Usings + $$"""
        public static class Defs
        {
            [Manifest("ns.yaml")]
            public static V1Namespace Ns => new() { Metadata = new V1ObjectMeta { Name = "secure", Labels = new Dictionary<string, string> { ["pod-security.kubernetes.io/warn"] = "restricted" } } };

            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "secure" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { Cores = 1, SecurityContext = new V1SecurityContext { {{Hardened}} } },
                    Executor = {{executor}},
                },
            };
        }
        """;

    [Fact]
    public Task Fix_all_sets_the_Spark_executors_security_context_in_a_multi_line_initializer() => Run<SetMemberCodeFix>(
        Spark("""
            {|#0:new ExecutorSpec
                        {
                            Instances = 2,
                            Cores = 1,
                        }|}
            """),
        Spark("""
            new ExecutorSpec
                        {
                            Instances = 2,
                            Cores = 1,
                            SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" }, Capabilities = new V1Capabilities { Drop = ["ALL"] } },
                        }
            """),
        4,
        Verify.Diagnostic("KD6021", 0, "The Spark container of the executor pod does not set spec.executor.securityContext.allowPrivilegeEscalation; Pod Security level 'restricted' requires allowPrivilegeEscalation: false in every container (namespace 'secure' has pod-security.kubernetes.io/warn: restricted). Set it to false"),
        Verify.Diagnostic("KD6022", 0, "The Spark container of the executor pod does not set spec.executor.securityContext.runAsNonRoot; Pod Security level 'restricted' requires runAsNonRoot: true on the pod or in every container (namespace 'secure' has pod-security.kubernetes.io/warn: restricted). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root"),
        Verify.Diagnostic("KD6024", 0, "The Spark container of the executor pod does not set spec.executor.securityContext.seccompProfile.type; Pod Security level 'restricted' requires seccompProfile.type RuntimeDefault or Localhost on the pod or in every container (namespace 'secure' has pod-security.kubernetes.io/warn: restricted). Set it to RuntimeDefault"),
        Verify.Diagnostic("KD6025", 0, "The Spark container of the executor pod does not set spec.executor.securityContext.capabilities.drop; Pod Security level 'restricted' requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE (namespace 'secure' has pod-security.kubernetes.io/warn: restricted). Drop ALL, and add back only NET_BIND_SERVICE"));
}
