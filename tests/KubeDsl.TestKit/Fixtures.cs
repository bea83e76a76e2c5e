namespace KubeDsl.TestKit;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class Fixtures
{
    /// <summary>The repository root: the folder holding KubeDsl.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The helpers the package adds to every project as a content file; projects from source compile it too.</summary>
    public static string HelperSource { get; } = System.IO.Path.Combine(RepoRoot, "src", "KubeDsl", "Helpers", "KubeDslHelpers.cs");

    /// <summary>A path under tests/fixtures.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([RepoRoot, "tests", "fixtures", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "KubeDsl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KubeDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
