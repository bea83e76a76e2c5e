namespace KubeDsl.TestKit;

/// <summary>The kubectl on this machine (its built-in Kustomize reads what the build writes), found with <c>which</c>.</summary>
public static class Kubectl
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        try
        {
            var (exitCode, output) = Processes.Run("which", System.IO.Path.GetTempPath(), "kubectl");
            return exitCode == 0 && output.Trim() is { Length: > 0 } path ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    });

    /// <summary>The full path of kubectl, or null when <c>which kubectl</c> finds none.</summary>
    public static string? Path => Found.Value;

    /// <summary>Why a test that needs kubectl cannot run here, or null.</summary>
    public static string? Missing => Path is null ? "kubectl is not on PATH ('which kubectl' found nothing); install kubectl 1.14 or later, which has Kustomize built in, to run this test" : null;

    /// <summary><c>kubectl kustomize <paramref name="folder"/></c>: the exit code and the rendered stream (with any errors).</summary>
    public static (int ExitCode, string Output) Kustomize(string folder) =>
        Processes.Run(Path ?? throw new InvalidOperationException(Missing), folder, "kustomize", ".");
}

/// <summary>A fact that needs kubectl: skipped with <see cref="Kubectl.Missing"/> where it is absent, except on CI (CI=true), where it runs and fails.</summary>
public sealed class KubectlFactAttribute : Xunit.FactAttribute
{
    public KubectlFactAttribute()
    {
        if (Kubectl.Missing is { } missing && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = missing;
        }
    }
}
