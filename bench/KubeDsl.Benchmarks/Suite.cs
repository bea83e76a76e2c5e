namespace KubeDsl.Benchmarks;

/// <summary>A generated project to measure: its shared file (Defaults.cs), its definition files, and how many resources they write.</summary>
public sealed record Suite(string Name, string Description, string Defaults, Func<int, IEnumerable<(string Name, string Source)>> Files, Func<int, int> Resources)
{
    /// <summary>Plain-data definitions: shared defaults, a helper, with-variants; one SparkApplication each.</summary>
    public static readonly Suite Plain = new("plain", "shared defaults and a helper", Definitions.Defaults, Definitions.Files, count => count);

    /// <summary>Definitions with loops, local functions, switch statements and LINQ over a static list of tables.</summary>
    public static readonly Suite Linq = new("linq", "loops and LINQ over a table list", LinqDefinitions.Defaults, LinqDefinitions.Files, LinqDefinitions.Resources);

    public static Suite Named(string name) => name switch
    {
        "plain" => Plain,
        "linq" => Linq,
        _ => throw new ArgumentException($"Unknown suite '{name}': plain or linq."),
    };
}
