using System.Collections.Immutable;
using KubeDsl.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Tests.Caching;

/// <summary>
/// The analyzer keeps each member's result across compilations (<see cref="MemberResultCache"/>): after an edit it
/// evaluates again exactly the members whose source the edit touched, and what it reports equals what a cold
/// analyzer reports for the same source, at the same places.
/// </summary>
[Collection(KeptResultsCollection.Name)]
public class MemberResultCacheTests
{
    private const string Defaults = """
        using System.Collections.Generic;
        using k8s.Models;
        using KubeDsl.Spark;

        public static class Defaults
        {
            public static readonly V1SecurityContext Restricted = new() { RunAsNonRoot = true, AllowPrivilegeEscalation = false };

            public const string Version = "3.5.3";

            public static readonly string Team = "data";

            public static SparkApplicationSpec Spec(string main, string memory) => new()
            {
                Type = SparkApplicationType.Scala,
                Mode = DeployMode.Cluster,
                Image = "spark:3.5.3",
                MainClass = main,
                MainApplicationFile = "local:///opt/app/jobs.jar",
                SparkVersion = Version,
                Driver = new DriverSpec { Cores = 1, Memory = "512m", SecurityContext = Restricted },
                Executor = new ExecutorSpec { Instances = 1, Memory = memory, SecurityContext = Restricted },
            };

            public static SparkApplicationSpec Other(string main) => Spec(main, "1g") with { Arguments = ["--other"] };
        }
        """;

    // Job A and B call Spec, C calls Other (which calls Spec); D is a property with an initializer, E a method whose
    // memory "2Gi" is a finding (KD2001-style: Spark wants "2g").
    private const string Jobs = """
        using System.Collections.Generic;
        using k8s.Models;
        using KubeDsl;
        using KubeDsl.Spark;

        public static class Jobs
        {
            [Manifest("a.yaml")]
            public static SparkApplication A => new() { Metadata = new V1ObjectMeta { Name = "job-a-" + Defaults.Team }, Spec = Defaults.Spec("org.example.A", "1g") with { Arguments = ["--date", "2026-01-01"] } };

            [Manifest("b.yaml")]
            public static SparkApplication B => new() { Metadata = new V1ObjectMeta { Name = "job-b-" + Defaults.Team }, Spec = Defaults.Spec("org.example.B", "1g") };

            [Manifest("c.yaml")]
            public static SparkApplication C => new() { Metadata = new V1ObjectMeta { Name = "job-c" }, Spec = Defaults.Other("org.example.C") };

            [Manifest("d.yaml")]
            public static SparkApplication D { get; } = new() { Metadata = new V1ObjectMeta { Name = "job-d" }, Spec = Defaults.Spec("org.example.D", "1g") };

            [Manifest("e.yaml")]
            public static SparkApplication E()
            {
                var name = "job-e";
                return new() { Metadata = new V1ObjectMeta { Name = name }, Spec = Defaults.Spec("org.example.E", "2Gi") };
            }
        }
        """;

    [Fact]
    public async Task An_edit_inside_one_member_evaluates_that_member_only()
    {
        var project = new EditedProject(nameof(An_edit_inside_one_member_evaluates_that_member_only));
        await project.AnalyzeAsync();
        Assert.Equal(5, project.Generation.Evaluated);

        await project.AssertEditAsync(1, "Jobs.cs", "\"2026-01-01\"", "\"2026-01-02\"");
        Assert.Equal(4, project.Generation.CarriedOver);
    }

    [Fact]
    public async Task A_findings_place_moves_with_an_edit_before_it()
    {
        var project = new EditedProject(nameof(A_findings_place_moves_with_an_edit_before_it));
        var before = Signatures(await project.AnalyzeAsync());
        Assert.Contains(before, s => s.Contains("\"2Gi\"", StringComparison.Ordinal));

        // Twelve characters more in job A, above job E: E's result is kept, and its finding moves down with the text.
        var after = Signatures(await project.EditAsync("Jobs.cs", "\"2026-01-01\"", "\"2026-01-01-extra-text\""));
        Assert.Equal(1, project.Generation.Evaluated);
        Assert.Equal(await project.ColdAsync(), after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task The_manifest_bundle_the_generator_rewrites_on_every_edit_keeps_the_other_results()
    {
        var project = new EditedProject(nameof(The_manifest_bundle_the_generator_rewrites_on_every_edit_keeps_the_other_results), withGeneratedSource: true);
        await project.AnalyzeAsync();
        await project.AssertEditAsync(1, "Jobs.cs", "\"2026-01-01\"", "\"2026-01-02\"");
        Assert.Equal(4, project.Generation.CarriedOver);
    }

    [Fact]
    public async Task A_helper_edit_evaluates_its_callers_again()
    {
        var project = new EditedProject(nameof(A_helper_edit_evaluates_its_callers_again));
        await project.AnalyzeAsync();

        // Other is called by C only; Spec by everyone, through Other too.
        await project.AssertEditAsync(1, "Defaults.cs", "\"--other\"", "\"--other-flag\"");

        await project.AssertEditAsync(5, "Defaults.cs", "\"local:///opt/app/jobs.jar\"", "\"local:///opt/app/jobs-2.jar\"");
    }

    [Fact]
    public async Task A_shared_static_edit_evaluates_every_reader_again_even_those_that_read_it_from_the_cache()
    {
        var project = new EditedProject(nameof(A_shared_static_edit_evaluates_every_reader_again_even_those_that_read_it_from_the_cache));
        await project.AnalyzeAsync();

        // Team is computed once per compilation, by whichever of A and B comes first; the other finds it cached and
        // depends on it all the same. Its value reaches the documents only through a concatenation, so no document
        // points at the field.
        await project.AssertEditAsync(2, "Defaults.cs", "Team = \"data\"", "Team = \"analytics\"");

        // Restricted's values are in every document.
        await project.AssertEditAsync(5, "Defaults.cs", "RunAsNonRoot = true", "RunAsNonRoot = false");
    }

    [Fact]
    public async Task A_declaration_edit_evaluates_everything_again()
    {
        var project = new EditedProject(nameof(A_declaration_edit_evaluates_everything_again));
        await project.AnalyzeAsync();

        // A constant is part of the declarations: everything that binds against it may change.
        await project.AssertEditAsync(5, "Defaults.cs", "Version = \"3.5.3\"", "Version = \"3.5.4\"");
        Assert.Equal(0, project.Generation.CarriedOver);

        // So is a new member, and a property's initializer (Roslyn compares those as declarations).
        await project.AssertEditAsync(5, "Jobs.cs", "public static class Jobs\n{", "public static class Jobs\n{\n    public static int Unused => 1;\n");
        await project.AssertEditAsync(5, "Jobs.cs", "\"job-d\"", "\"job-d2\"");

        // And an assembly attribute the user writes (only the generator's bundle may change freely).
        await project.AssertEditAsync(5, "Defaults.cs", "public static class Defaults", "[assembly: KubeDsl.ExternalServiceAccount(\"other\")]\n\npublic static class Defaults");
    }

    [Fact]
    public async Task A_method_body_edit_is_local_to_the_method()
    {
        var project = new EditedProject(nameof(A_method_body_edit_is_local_to_the_method));
        await project.AnalyzeAsync();
        await project.AssertEditAsync(1, "Jobs.cs", "var name = \"job-e\";", "var name = \"job-e2\";");
    }

    [Fact]
    public async Task A_conditional_directive_edit_evaluates_everything_again()
    {
        // A #define changes which code of a body is active without touching the body's text, and Roslyn's
        // equivalence skips directives (they are trivia): the edit must count all the same. So does a new #if (here
        // inside a body read anyway).
        var project = new EditedProject(nameof(A_conditional_directive_edit_evaluates_everything_again));
        await project.AnalyzeAsync();
        await project.AssertEditAsync(5, "Jobs.cs", "var name = \"job-e\";", "var name = \"job-e\";\n#if RENAMED\n        name = \"Job_E\";\n#endif");
        await project.AssertEditAsync(5, "Jobs.cs", "using System.Collections.Generic;", "#define RENAMED\nusing System.Collections.Generic;");
        Assert.Contains(await project.ColdAsync(), s => s.Contains("Job_E", StringComparison.Ordinal));
    }

    // B's own loop takes 0.6 of the step budget and so does Big, which A reads too: B stays within the budget only
    // if it does not pay for Big, which used to depend on whether A had computed Big first in that compilation.
    private const string Loops = """
        using k8s.Models;
        using KubeDsl;
        using KubeDsl.Spark;

        public static class Jobs
        {
            private static int Count(int n)
            {
                var total = 0;
                for (var i = 0; i < n; i++)
                {
                    total += i % 2;
                }

                return total;
            }

            private static readonly int Big = Count(LOOPS);

            [Manifest("a.yaml")]
            public static SparkApplication A => new() { Metadata = new V1ObjectMeta { Name = Big > 0 ? "job-a" : "none" }, Spec = Defaults.Spec("org.example.A", "1g") };

            [Manifest("b.yaml")]
            public static SparkApplication B()
            {
                var x = Count(LOOPS) + Big;
                return new() { Metadata = new V1ObjectMeta { Name = x > 0 ? "job-b" : "none" }, Spec = Defaults.Spec("org.example.B", "2Gi") };
            }
        }
        """;

    [Fact]
    public async Task A_member_pays_for_the_statics_it_reads_whoever_computed_them()
    {
        // 70,000 rounds are about 0.58 million steps: B alone fits the budget of a million, B with Big does not.
        var project = new EditedProject(nameof(A_member_pays_for_the_statics_it_reads_whoever_computed_them), jobs: Loops.Replace("LOOPS", "70000"), concurrent: false);
        await project.AnalyzeAsync();
        Assert.Equal(2, project.Generation.Evaluated);

        // After the edit only B runs and computes Big itself; in the cold run A computes it first. B's finding on
        // "2Gi" is in neither: it never fits (the generator reports KD0002 for it).
        await project.AssertEditAsync(1, "Jobs.cs", "\"job-b\"", "\"job-b2\"");
        Assert.DoesNotContain(await project.ColdAsync(), s => s.Contains("2Gi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_if_condition_that_picks_the_other_of_two_declarations_evaluates_everything_again()
    {
        // The two Memory methods are equivalent declarations; the #if line, outside both, decides which one counts.
        const string twins = """
            using k8s.Models;
            using KubeDsl;
            using KubeDsl.Spark;

            public static class Jobs
            {
            #if true
                private static string Memory() => "2Gi";
            #else
                private static string Memory() => "1g";
            #endif

                [Manifest("e.yaml")]
                public static SparkApplication E => new() { Metadata = new V1ObjectMeta { Name = "job-e" }, Spec = Defaults.Spec("org.example.E", Memory()) };
            }
            """;
        var project = new EditedProject(nameof(An_if_condition_that_picks_the_other_of_two_declarations_evaluates_everything_again), jobs: twins);
        Assert.Contains(Signatures(await project.AnalyzeAsync()), s => s.Contains("2Gi", StringComparison.Ordinal));
        await project.AssertEditAsync(1, "Jobs.cs", "#if true", "#if false");
        Assert.DoesNotContain(await project.ColdAsync(), s => s.Contains("2Gi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_settings_evaluate_everything_again()
    {
        var project = new EditedProject(nameof(Other_settings_evaluate_everything_again));
        await project.AnalyzeAsync();
        await project.AnalyzeAsync(new Dictionary<string, string> { ["build_property.KubeDslPodSecurity"] = "restricted" });
        Assert.Equal(5, project.Generation.Evaluated);
        await project.AnalyzeAsync(new Dictionary<string, string> { ["build_property.KubeDslPodSecurity"] = "restricted" });
        Assert.Equal(0, project.Generation.Evaluated);
    }

    [Fact]
    public async Task A_file_read_again_from_disk_keeps_the_results()
    {
        // A command-line build parses every file again: same text and options, new trees, nothing evaluated again.
        var project = new EditedProject(nameof(A_file_read_again_from_disk_keeps_the_results));
        var before = Signatures(await project.AnalyzeAsync());
        var diagnostics = await project.ReparseAsync();
        Assert.Equal(0, project.Generation.Evaluated);
        Assert.Equal(before, Signatures(diagnostics));
    }

    [Fact]
    public async Task An_edit_without_a_text_history_evaluates_that_files_readers_again()
    {
        var project = new EditedProject(nameof(An_edit_without_a_text_history_evaluates_that_files_readers_again));
        await project.AnalyzeAsync();
        await project.AssertEditAsync(5, "Jobs.cs", "\"2026-01-01\"", "\"2026-01-02\"", keepHistory: false);
    }

    internal static List<string> Signatures(ImmutableArray<Diagnostic> diagnostics) => diagnostics
        .Select(d => string.Join(" | ", d.Id, d.Severity, d.IsSuppressed, Path.GetFileName(d.Location.SourceTree?.FilePath), d.Location.SourceSpan, d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan), d.GetMessage(),
            string.Join(", ", d.AdditionalLocations.Select(l => Path.GetFileName(l.SourceTree?.FilePath) + l.SourceSpan)), string.Join(", ", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The test project, edited the way an editor does (a new text with its history), and analyzed after each edit.</summary>
    private sealed class EditedProject(string name, bool withGeneratedSource = false, string jobs = Jobs, bool concurrent = true)
    {
        private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ManifestAttribute).Assembly.Location).Append(typeof(k8s.Models.V1Pod).Assembly.Location)
            .Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

        private static int colds;
        private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary);
        private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

        private CSharpCompilation compilation = CSharpCompilation.Create(name, [Tree("Defaults.cs", Defaults), Tree("Jobs.cs", jobs)], References, Options);
        private Dictionary<string, string> properties = [];

        public MemberResults Generation => MemberResultCache.Current(name)!;

        public Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Dictionary<string, string>? global = null)
        {
            properties = global ?? properties;
            return Analyze(compilation, properties);
        }

        public Task<ImmutableArray<Diagnostic>> EditAsync(string file, string find, string replace, bool keepHistory = true)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file);
            var text = tree.GetText();
            var at = text.ToString().IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, find);
            var changed = text.WithChanges(new TextChange(new TextSpan(at, find.Length), replace));
            var edited = keepHistory ? tree.WithChangedText(changed) : CSharpSyntaxTree.ParseText(SourceText.From(changed.ToString()), Parse, file);
            compilation = compilation.ReplaceSyntaxTree(tree, edited);
            return Analyze(compilation, properties);
        }

        /// <summary>
        /// Edits as <see cref="EditAsync"/> does, asserts how many members the analyzer evaluated for it, and that it
        /// reports what a cold analyzer reports.
        /// </summary>
        public async Task AssertEditAsync(int evaluated, string file, string find, string replace, bool keepHistory = true)
        {
            var diagnostics = await EditAsync(file, find, replace, keepHistory);
            Assert.Equal(evaluated, Generation.Evaluated);
            Assert.Equal(await ColdAsync(), Signatures(diagnostics));
        }

        public Task<ImmutableArray<Diagnostic>> ReparseAsync()
        {
            compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => Tree(t.FilePath, t.GetText().ToString())));
            return Analyze(compilation, properties);
        }

        /// <summary>What an analyzer that never saw the project reports for the same source.</summary>
        public async Task<List<string>> ColdAsync()
        {
            var cold = compilation.WithAssemblyName(name + "-cold-" + Interlocked.Increment(ref colds));
            var diagnostics = await Analyze(cold, properties);
            Assert.Equal(jobs.Split("[Manifest(").Length - 1, MemberResultCache.Current(cold.AssemblyName!)!.Evaluated);
            return Signatures(diagnostics);
        }

        private static SyntaxTree Tree(string path, string source) => CSharpSyntaxTree.ParseText(SourceText.From(source), Parse, path);

        // The IDE analyzes the compilation with the generators' output in it: the manifest bundle, which changes with
        // every edit of a value.
        private GeneratorDriver driver = CSharpGeneratorDriver.Create(new KubeDsl.Generators.ManifestGenerator());

        private Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation, Dictionary<string, string> global)
        {
            if (withGeneratedSource)
            {
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
                Assert.Contains(compilation.SyntaxTrees, t => t.FilePath.EndsWith("KubeDsl.Manifests.g.cs", StringComparison.Ordinal));
            }

            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([], new BuildPropertyOptions(global)), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false);
            return compilation.WithAnalyzers([new ManifestRulesAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        }
    }
}
