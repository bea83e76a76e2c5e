namespace KubeDsl.Analyzers.Tests.Caching;

/// <summary>
/// Tests that follow one project's kept results from compilation to compilation run on their own: the analyzer keeps
/// the latest few projects only, and other tests analyzing at the same time would push theirs out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KeptResultsCollection
{
    public const string Name = "Kept results";
}
