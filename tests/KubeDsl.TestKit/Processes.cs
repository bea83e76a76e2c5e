using System.Diagnostics;

namespace KubeDsl.TestKit;

/// <summary>Runs a program to the end, as the end-to-end tests run <c>dotnet</c> and the installed tool.</summary>
public static class Processes
{
    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="directory"/> and returns its exit code with its output and
    /// errors together. MSBuild nodes are not reused, so no build server outlives the test.
    /// </summary>
    public static (int ExitCode, string Output) Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary><c>dotnet</c> with the arguments, in <paramref name="directory"/>.</summary>
    public static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments) => Run("dotnet", directory, arguments);
}
