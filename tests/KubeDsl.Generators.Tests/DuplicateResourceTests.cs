using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests;

/// <summary>KD0016: one object (group, kind, namespace, name) written twice in one output tree.</summary>
public class DuplicateResourceTests
{
    private static string Map(string member, string path, string name, string? ns = null) =>
        $$"""[Manifest("{{path}}")] public static V1ConfigMap {{member}} => new() { Metadata = new() { Name = "{{name}}"{{(ns is null ? "" : ", NamespaceProperty = \"" + ns + "\"")}} } };""";

    private static string Defs(params string[] members) => "public static class Defs\n{\n" + string.Join("\n", members) + "\n}\n";

    private static string At(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public void The_same_name_in_two_files_is_a_warning_at_each_member_naming_the_other()
    {
        var run = GeneratorHarness.Run(Defs(Map("A", "a.yaml", "settings", "data"), Map("B", "b.yaml", "settings", "data")));

        Assert.Equal(2, run.KubeDsl.Count);
        Assert.All(run.KubeDsl, d => Assert.Equal("KD0016", d.Id));
        Assert.All(run.KubeDsl, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var first = run.KubeDsl.Single(d => At(d).Contains("a.yaml", StringComparison.Ordinal));
        var second = run.KubeDsl.Single(d => At(d).Contains("b.yaml", StringComparison.Ordinal));
        Assert.Equal("Manifest(\"a.yaml\")", At(first));
        Assert.StartsWith("ConfigMap data/settings in 'a.yaml' is also written to 'b.yaml' (Defs.B);", first.GetMessage(), StringComparison.Ordinal);
        Assert.StartsWith("ConfigMap data/settings in 'b.yaml' is also written to 'a.yaml' (Defs.A);", second.GetMessage(), StringComparison.Ordinal);

        // A warning: the files are still written, each valid on its own.
        Assert.Equal(["a.yaml", "b.yaml"], run.Manifests.Keys);
    }

    [Fact]
    public void An_unset_namespace_is_its_own_value_and_the_message_says_so()
    {
        var run = GeneratorHarness.Run(Defs(Map("A", "a.yaml", "settings"), Map("B", "b.yaml", "settings"), Map("C", "c.yaml", "settings", "default")));

        Assert.Equal(2, run.KubeDsl.Count);
        Assert.All(run.KubeDsl, d => Assert.Contains("ConfigMap settings (no namespace set)", d.GetMessage(), StringComparison.Ordinal));
        Assert.DoesNotContain(run.KubeDsl, d => d.GetMessage().Contains("Defs.C", StringComparison.Ordinal) || At(d).Contains("c.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_namespace_makes_the_keys_the_build_writes()
    {
        // B sets the namespace [DefaultNamespace] gives A, so both files hold data/settings.
        var run = GeneratorHarness.Run("[assembly: DefaultNamespace(\"data\")]\n" + Defs(Map("A", "a.yaml", "settings"), Map("B", "b.yaml", "settings", "data")));

        Assert.Equal(2, run.KubeDsl.Count(d => d.Id == "KD0016"));
        Assert.All(run.KubeDsl, d => Assert.Contains("ConfigMap data/settings", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public void Another_namespace_is_another_object()
    {
        var run = GeneratorHarness.Run(Defs(Map("A", "a.yaml", "settings", "data"), Map("B", "b.yaml", "settings", "ingest")));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Another_kind_is_another_object()
    {
        var run = GeneratorHarness.Run(Defs(
            Map("A", "a.yaml", "settings", "data"),
            """[Manifest("b.yaml")] public static V1Secret B => new() { Metadata = new() { Name = "settings", NamespaceProperty = "data" } };"""));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Another_environment_writes_another_tree()
    {
        var run = GeneratorHarness.Run("""
            public enum Stage { Dev, Prod }
            public static class Defs
            {
                [Manifest("settings.yaml")]
                public static V1ConfigMap Settings(Stage stage) => new() { Metadata = new() { Name = "settings", NamespaceProperty = "data" } };
            }
            """);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(["dev/settings.yaml", "prod/settings.yaml"], run.Manifests.Keys);
    }

    [Fact]
    public void Two_members_in_one_environment_clash_and_the_message_names_it()
    {
        var run = GeneratorHarness.Run("""
            public enum Stage { Dev, Prod }
            public static class Defs
            {
                [Manifest("a.yaml")]
                public static V1ConfigMap A(Stage stage) => new() { Metadata = new() { Name = stage == Stage.Prod ? "prod-only" : "settings" } };

                [Manifest("b.yaml")]
                public static V1ConfigMap B(Stage stage) => new() { Metadata = new() { Name = "settings" } };
            }
            """);

        Assert.Equal(2, run.KubeDsl.Count);
        Assert.All(run.KubeDsl, d => Assert.Equal("KD0016", d.Id));
        Assert.Contains(run.KubeDsl, d => d.GetMessage().StartsWith("[dev] ConfigMap settings (no namespace set) in 'dev/a.yaml' is also written to 'dev/b.yaml' (Defs.B)", StringComparison.Ordinal));
    }

    [Fact]
    public void One_member_writing_the_object_twice_is_told_so()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("both.yaml")]
                public static List<V1ConfigMap> Both => [new() { Metadata = new() { Name = "settings" } }, new() { Metadata = new() { Name = "settings" } }];
            }
            """);

        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0016", diagnostic.Id);
        Assert.StartsWith("ConfigMap settings (no namespace set) in 'both.yaml' is also written to 'both.yaml' (Defs.Both)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pragma_at_the_member_silences_it_there()
    {
        var run = GeneratorHarness.Run(Defs(
            "#pragma warning disable KD0016 // a copy on purpose\n" + Map("A", "a.yaml", "settings") + "\n#pragma warning restore KD0016",
            Map("B", "b.yaml", "settings")));

        // The compiler applies the pragma to a generator's diagnostic, as the build does for the samples.
        var active = run.KubeDsl.Where(d => !d.IsSuppressed).ToList();
        var diagnostic = Assert.Single(active);
        Assert.Equal("Manifest(\"b.yaml\")", At(diagnostic));
    }

    [Fact]
    public void SuppressMessage_on_the_member_silences_it_there()
    {
        var run = GeneratorHarness.Run(Defs(
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"KubeDsl.Build\", \"KD0016\", Justification = \"a copy on purpose\")]\n" + Map("A", "a.yaml", "settings"),
            Map("B", "b.yaml", "settings")));

        Assert.Equal(2, run.KubeDsl.Count);
        var active = Assert.Single(run.KubeDsl, d => !d.IsSuppressed);
        Assert.Equal("Manifest(\"b.yaml\")", At(active));
    }

    [Theory]
    [InlineData("Spark", "Monitoring.cs:Manifest(\"spark-pi-prometheus.yaml\"), SparkPi.cs:Manifest(\"spark-pi.yaml\"), Variants.cs:Manifest(\"spark-pi-emptydir.yaml\")")]
    [InlineData("Flink", "Snapshots.cs:Manifest(\"snapshot/job-from-savepoint.yaml\"), Snapshots.cs:Manifest(\"snapshot/savepoint-already-exists.yaml\"), Snapshots.cs:Manifest(\"snapshot/savepoint-job-defaults.yaml\"), Snapshots.cs:Manifest(\"snapshot/savepoint-job-full-spec.yaml\")")]
    public void The_samples_acknowledge_exactly_the_copies_upstream_ships(string project, string expected)
    {
        // Upstream's separate examples share a name (spark-pi, example-savepoint); the samples keep them and say so
        // with #pragma at each member. Every acknowledgement is a real finding, and nothing else is found.
        var folder = Path.Combine(KubeDsl.TestKit.Fixtures.RepoRoot, "samples", project);
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        var compilation = GeneratorHarness.Compile([.. files.Select(File.ReadAllText), GeneratorHarness.HelperSource]);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var found = diagnostics.Where(d => d.Id == "KD0016").ToList();
        Assert.All(found, d => Assert.True(d.IsSuppressed, d.ToString()));
        var places = found.Select(d => Path.GetFileName(files[int.Parse(d.Location.SourceTree!.FilePath["File".Length..^".cs".Length], System.Globalization.CultureInfo.InvariantCulture)]) + ":" + At(d)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(", ", places));
    }
}
