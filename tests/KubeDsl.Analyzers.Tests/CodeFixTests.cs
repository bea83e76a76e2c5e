using KubeDsl.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The memory-format fix writes Spark's form, one at a time or all at once, where the value is written.</summary>
public class CodeFixTests
{
    private static string App(string driverMemory, string executorMemory, string extra = "") => Verify.Usings + $$"""
        {{extra}}
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { Memory = {{driverMemory}} },
                    Executor = {{executorMemory}},
                },
            };
        }
        """;

    private static async Task Run(string source, string fixedSource, int iterations, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, ReplaceValueCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfFixAllIterations = iterations,
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }

    [Fact]
    public Task Kubernetes_suffix_becomes_the_Spark_unit() => Run(
        App("{|#0:\"2Gi\"|}", "new ExecutorSpec { Memory = \"4g\" }"),
        App("\"2g\"", "new ExecutorSpec { Memory = \"4g\" }"),
        1,
        Verify.Diagnostic("KD2001", 0, "driver.memory '2Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '2g'"));

    [Fact]
    public Task Fix_all_rewrites_every_memory_value() => Run(
        App("{|#0:\"1.5Gi\"|}", "new ExecutorSpec { Memory = {|#1:\"4GB\"|}, MemoryOverhead = {|#2:\"512Mi\"|} }"),
        App("\"1536m\"", "new ExecutorSpec { Memory = \"4g\", MemoryOverhead = \"512m\" }"),
        1,
        Verify.Diagnostic("KD2001", 0, "driver.memory '1.5Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (no fractions); write '1536m'"),
        Verify.Diagnostic("KD2002", 1, "executor.memory '4GB' means 4g to Spark (its units are binary and case-insensitive); write '4g' to say so"),
        Verify.Diagnostic("KD2001", 2, "executor.memoryOverhead '512Mi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '512m'"));

    [Fact]
    public Task A_shared_default_is_fixed_where_it_is_written() => Run(
        App("\"1g\"", "{|#0:Defaults.Executor|}", "public static class Defaults { public static readonly ExecutorSpec Executor = new() { Memory = {|#1:\"8Gi\"|} }; }"),
        App("\"1g\"", "Defaults.Executor", "public static class Defaults { public static readonly ExecutorSpec Executor = new() { Memory = \"8g\" }; }"),
        1,
        Verify.Diagnostic("KD2001", 0, "executor.memory '8Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '8g'").WithLocation(1));

    [Fact]
    public async Task Plain_text_env_credential_becomes_a_secret_reference()
    {
        static string Pod(string env) => Verify.Usings + $$"""
            [assembly: ExternalServiceAccount("spark")]
            public static class Defs
            {
                [Manifest("app.yaml")]
                public static SparkApplication App => new()
                {
                    Metadata = new V1ObjectMeta { Name = "etl" },
                    Spec = new SparkApplicationSpec
                    {
                        Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                        Driver = new DriverSpec { Env = [new V1EnvVar { Name = "DB_PASSWORD", {{env}} }] },
                        Executor = new ExecutorSpec(),
                    },
                };
            }
            """;
        var test = new CSharpCodeFixTest<ManifestRulesAnalyzer, SecretReferenceCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Pod("Value = {|#0:\"hunter2\"|}"),
            FixedCode = Pod("ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = {|#1:\"secret-name\"|}, Key = \"db-password\" } }"),
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.TestState.ExpectedDiagnostics.Add(Verify.Diagnostic("KD2014", 0, "driver env DB_PASSWORD looks like a credential written in plain text into the manifest (and the Git history); read it from a Secret instead (a secretKeyRef env var, or the driver's and executor's secrets)"));

        // The placeholder secret is declared nowhere yet, which KD5001 then says.
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("KD5001", 1, "Secret 'secret-name' (used by the driver's env DB_PASSWORD) is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalSecret(\"secret-name\")]"));
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }
}
