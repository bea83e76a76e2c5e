using System.Diagnostics;

namespace KubeDsl.TestKit;

/// <summary>
/// Runs Python for the tests that check KubeDsl's output with Python readers (PyYAML, the kubernetes client).
/// Those come from Debian packages (python3-yaml, python3-kubernetes), which only Debian's own interpreter sees;
/// so every python3 on PATH is tried, then /usr/bin/python3.
/// </summary>
public static class Python
{
    /// <summary>The first interpreter that can import all of <paramref name="modules"/>, or null.</summary>
    public static string? With(params string[] modules)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => Path.Combine(p, "python3"))
            .Append("/usr/bin/python3")
            .Where(File.Exists)
            .Distinct();
        var import = "import " + string.Join(", ", modules);
        return candidates.FirstOrDefault(python => Run(python, import, string.Empty).ExitCode == 0);
    }

    /// <summary>
    /// The interpreter for a test that needs <paramref name="modules"/>. Null when they are missing outside CI, so
    /// the test can return early; on CI (CI=true) a missing module fails the test with <paramref name="install"/>.
    /// </summary>
    public static string? ForTest(string install, params string[] modules)
    {
        var python = With(modules);
        if (python is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new Xunit.Sdk.XunitException($"CI must be able to import {string.Join(", ", modules)} in Python: {install}");
        }

        return python;
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on standard input.</summary>
    public static (int ExitCode, string Output, string Error) Run(string python, string script, string input)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
