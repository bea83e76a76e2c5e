namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Helper methods, operators, interpolation, conditionals, switch expressions and conversions.</summary>
public class HelperAndExpressionTests
{
    [Fact]
    public void Expression_bodied_helper_with_optional_and_named_arguments()
    {
        Assert.Equal(
            "data:\n  value: exec-4-8g\n",
            GeneratorHarness.EvaluateData("Sized(memoryGb: 8)", "static string Sized(int cores = 4, int memoryGb = 2, string prefix = \"exec\") => $\"{prefix}-{cores}-{memoryGb}g\";"));
    }

    [Fact]
    public void Block_helper_with_locals_and_if_else()
    {
        const string helper = """
            static string Tier(int cores)
            {
                var big = cores >= 8;
                if (big)
                {
                    return "large";
                }
                else if (cores > 2) return "medium";
                return "small";
            }
            """;
        Assert.Equal("data:\n  value: large/medium/small\n", GeneratorHarness.EvaluateData("Tier(8) + \"/\" + Tier(4) + \"/\" + Tier(1)", helper));
    }

    [Fact]
    public void Helper_in_another_file_and_extension_method()
    {
        var run = GeneratorHarness.Run(
            """
            public static class Naming
            {
                public static string Job(string team, string name) => $"{team}-{name}".ToLowerInvariant();
                public static string Suffixed(this string name, string suffix) => name + "-" + suffix;
            }
            """,
            """
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Metadata = new() { Name = Naming.Job("Data", "ETL").Suffixed("cfg") } };
            }
            """);
        Assert.EndsWith("metadata:\n  name: data-etl-cfg\n", run.Single());
    }

    [Fact]
    public void Interpolation_with_format_and_alignment_is_culture_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal(
                "data:\n  value: 007|1.5|x   |True\n",
                GeneratorHarness.EvaluateData("$\"{7:D3}|{1.5}|{\"x\",-4}|{true}\""));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Arithmetic_and_comparison()
    {
        Assert.Equal("data:\n  value: 14-2-3-True-False\n", GeneratorHarness.EvaluateData("$\"{2 + 3 * 4}-{7 / 3}-{-(-3)}-{(10 % 4) == 2}-{1.5 > 2}\""));
    }

    [Fact]
    public void Int_arithmetic_wraps_like_compiled_code()
    {
        Assert.Equal("data:\n  value: \"-2147483648\"\n", GeneratorHarness.EvaluateData("(Max + One).ToString()", "static readonly int Max = int.MaxValue; static readonly int One = 1;"));
    }

    [Fact]
    public void Conditional_null_coalescing_and_conditional_access()
    {
        Assert.Equal(
            "data:\n  value: prod|fallback|\n",
            GeneratorHarness.EvaluateData("(Prod ? \"prod\" : \"dev\") + \"|\" + (Missing ?? \"fallback\") + \"|\" + Missing?.ToUpperInvariant()", "const bool Prod = true; static readonly string? Missing = null;"));
    }

    [Fact]
    public void Switch_expression_with_constants_relational_and_discard()
    {
        const string helper = """
            enum Size { Small, Large }
            static string Pick(Size size) => size switch { Size.Small => "1g", Size.Large => "8g", _ => "2g" };
            static string Band(int n) => n switch { < 2 => "few", >= 2 and < 10 => "some", _ => "many" };
            """;
        Assert.Equal("data:\n  value: 8g/few/some/many\n", GeneratorHarness.EvaluateData("Pick(Size.Large) + \"/\" + Band(1) + \"/\" + Band(5) + \"/\" + Band(50)", helper));
    }

    [Fact]
    public void Switch_expression_without_matching_arm_is_reported()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                static string Pick(int n) => n switch { 1 => "one" };
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = Pick(2) } };
            }
            """);
        Assert.Contains(run.KubeDsl, d => d.Id == "KD0006" && d.GetMessage().Contains("SwitchExpressionException"));
    }

    [Fact]
    public void String_helpers_from_the_allow_list()
    {
        Assert.Equal(
            "data:\n  value: a,b,c|SPARK|ark|True|x-y\n",
            GeneratorHarness.EvaluateData("string.Join(\",\", new[] { \"a\", \"b\", \"c\" }) + \"|\" + \"spark\".ToUpperInvariant() + \"|\" + \"spark\".Substring(2) + \"|\" + \"spark\".StartsWith(\"sp\") + \"|\" + \"x_y\".Replace(\"_\", \"-\")"));
    }

    [Fact]
    public void Implicit_conversions_to_quantity_and_int_or_string()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1Pod Pod => new()
                {
                    Spec = new()
                    {
                        Containers =
                        [
                            new()
                            {
                                Name = "c",
                                Resources = new() { Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = "0.5", ["memory"] = "1Gi" } },
                                LivenessProbe = new() { HttpGet = new() { Port = 8080, Path = "/" } },
                                ReadinessProbe = new() { HttpGet = new() { Port = "http" } },
                            },
                        ],
                    },
                };
            }
            """);
        var yaml = run.Single();
        Assert.Contains("      httpGet:\n        path: /\n        port: 8080\n", yaml);
        Assert.Contains("      httpGet:\n        port: http\n", yaml);
        Assert.Contains("      limits:\n        cpu: 500m\n        memory: 1Gi\n", yaml);
    }

    [Fact]
    public void User_defined_implicit_conversion_in_source_is_evaluated()
    {
        var run = GeneratorHarness.Run("""
            public readonly record struct Gigabytes(int Value)
            {
                public static implicit operator string(Gigabytes g) => $"{g.Value}g";
            }
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["memory"] = new Gigabytes(4) } };
            }
            """);
        Assert.EndsWith("data:\n  memory: 4g\n", run.Single());
    }

    [Fact]
    public void Computed_instance_property_is_evaluated()
    {
        var run = GeneratorHarness.Run("""
            using System.Text.Json.Serialization;
            using KubeDsl;
            public sealed record Named
            {
                [JsonPropertyName("team")] public string? Team { get; init; }
                [JsonPropertyName("fullName")] public string FullName => Team + "-job";
            }
            public static class Defs { [Manifest("x.yaml")] public static Named X => new() { Team = "data" }; }
            """);
        Assert.EndsWith("team: data\nfullName: data-job\n", run.Single());
    }
}
