namespace KubeDsl.Generators.Pipeline;

/// <summary>Names of the incremental steps, so tests can assert which ran and which came from the cache.</summary>
internal static class GeneratorStepNames
{
    public const string Evaluate = "KubeDsl.Evaluate";
    public const string Collect = "KubeDsl.Collect";
}
