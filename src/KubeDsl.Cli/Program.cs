using System.Text;
using KubeDsl.Cli.Import;
using KubeDsl.Cli.Reports;
using KubeDsl.Cli.Validation;

namespace KubeDsl.Cli;

/// <summary>The <c>kubedsl</c> command.</summary>
public static class Program
{
    private const string Usage = """
        Usage: kubedsl <command> [options]

        Commands:
          validate [PATH...]   check YAML against the CRDs, the Pod schema and KubeDsl's rules
          import PATH... --out DIR
                               write C# definitions that build back into the YAML

        Run 'kubedsl validate --help' or 'kubedsl import --help' for their options, 'kubedsl --version' for the version.
        """;

    /// <summary>Runs the command; returns its exit code (0 clean, 1 error findings, 2 usage or input errors).</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, null, Console.IsOutputRedirected);

    /// <summary>Runs the command with the given streams (the tests' entry point).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where the report goes without --output.</param>
    /// <param name="stderr">Where usage and input errors go.</param>
    /// <param name="stdin">Standard input for the path <c>-</c>; null for the process's own.</param>
    /// <param name="outputRedirected">False when <paramref name="stdout"/> is a terminal (colour is then on).</param>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin, bool outputRedirected)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine("kubedsl " + ProjectFile.PackageVersion);
            return 0;
        }

        if (args[0] == "import")
        {
            return Import(args[1..], stdout, stderr);
        }

        if (args[0] != "validate")
        {
            stderr.WriteLine($"kubedsl: unknown command '{args[0]}'");
            stderr.WriteLine(Usage);
            return 2;
        }

        var options = ValidateOptions.Parse(args[1..], out var error, out var help);
        if (help)
        {
            stdout.WriteLine(ValidateOptions.Usage);
            return 0;
        }

        if (options is null)
        {
            stderr.WriteLine("kubedsl validate: " + error);
            stderr.WriteLine(ValidateOptions.Usage);
            return 2;
        }

        var report = new Validator(options, stdin).Run();
        foreach (var problem in report.InputErrors)
        {
            stderr.WriteLine("kubedsl validate: " + problem);
        }

        try
        {
            Write(report, options, stdout, outputRedirected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kubedsl validate: cannot write {options.Output}: {e.Message}");
            return 2;
        }

        return report.ExitCode;
    }

    private static int Import(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = ImportOptions.Parse(args, out var error, out var help);
        if (help)
        {
            stdout.WriteLine(ImportOptions.Usage);
            return 0;
        }

        if (options is null)
        {
            stderr.WriteLine("kubedsl import: " + error);
            stderr.WriteLine(ImportOptions.Usage);
            return 2;
        }

        var importer = new Importer(options);
        var report = importer.Run();
        foreach (var problem in report.InputErrors)
        {
            stderr.WriteLine("kubedsl import: " + problem);
        }

        if (report.InputErrors.Count > 0)
        {
            return 2;
        }

        if (!importer.Write(report, out var writeError))
        {
            stderr.WriteLine("kubedsl import: " + writeError);
            return 2;
        }

        ImportText.Write(report, options.Output, stdout);
        return report.ExitCode;
    }

    private static void Write(ValidationReport report, ValidateOptions options, TextWriter stdout, bool outputRedirected)
    {
        if (options.Format == OutputFormat.Text)
        {
            var color = options.Output is null && (options.Color ?? (!outputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or ""));
            if (options.Output is null)
            {
                TextReport.Write(report, stdout, color);
            }
            else
            {
                using var file = new StreamWriter(options.Output, append: false, new UTF8Encoding(false));
                TextReport.Write(report, file, options.Color == true);
            }

            return;
        }

        using var buffer = new MemoryStream();
        if (options.Format == OutputFormat.Json)
        {
            JsonReport.Write(report, buffer);
        }
        else
        {
            SarifReport.Write(report, buffer, Environment.CurrentDirectory);
        }

        buffer.WriteByte((byte)'\n');
        if (options.Output is null)
        {
            stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            stdout.Flush();
        }
        else
        {
            File.WriteAllBytes(options.Output, buffer.ToArray());
        }
    }
}
