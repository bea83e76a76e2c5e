namespace KubeDsl.Cli.Import;

/// <summary>What <c>kubedsl import</c> was asked to do.</summary>
internal sealed class ImportOptions
{
    public List<string> Paths { get; } = [];

    /// <summary>The folder the C# files go to.</summary>
    public string Output { get; set; } = "";

    /// <summary>The namespace of the written classes; by default the output folder's name in PascalCase.</summary>
    public string? Namespace { get; set; }

    /// <summary>Whether a project file is written too.</summary>
    public bool Project { get; set; }

    /// <summary>Inventory files the written project lists as <c>KubeDslInventory</c> items.</summary>
    public List<string> Inventory { get; } = [];

    /// <summary>Whether files that exist in the output folder with other content are overwritten.</summary>
    public bool Force { get; set; }

    public const string Usage = """
        Usage: kubedsl import [options] PATH... --out DIR

        Writes C# definitions that build back into the given YAML: one static class per file, with a [Manifest]
        member returning the file's resources as KubeDsl models (Spark and Flink operator kinds) or k8s.Models
        types (Kubernetes kinds). PATH is a file or a folder (its *.yaml and *.yml files, recursively); manifest
        paths are relative to the folder the paths share.

        Options:
          --out DIR, -o DIR        the folder to write the C# files to (required)
          --namespace NAME         the namespace of the written classes (default: the output folder's name)
          --project                also write a project file referencing the KubeDsl package
          --inventory PATH         an inventory file the project lists for the reference checks (repeatable)
          --force                  overwrite files in the output folder that have other content
          -h, --help               show this help

        Exit codes: 0 every file imported, 1 a file or document was left out (see the report), 2 bad usage or a
        file that cannot be read or written.
        """;

    /// <summary>Reads the arguments after <c>import</c>; null with <paramref name="error"/> set when they are wrong.</summary>
    public static ImportOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        var options = new ImportOptions();
        error = null;
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 2)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }

            string? Value() => inline ?? (i + 1 < args.Count ? args[++i] : null);
            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    return options;
                case "--out" or "-o":
                    options.Output = Value() ?? "";
                    if (options.Output.Length == 0)
                    {
                        error = "--out needs a folder";
                        return null;
                    }

                    break;
                case "--namespace":
                    var name = Value();
                    if (name is null || !CSharpText.IsNamespace(name))
                    {
                        error = $"--namespace takes a C# namespace such as Acme.Jobs, not '{name}'";
                        return null;
                    }

                    options.Namespace = name;
                    break;
                case "--project":
                    options.Project = true;
                    break;
                case "--force":
                    options.Force = true;
                    break;
                case "--inventory":
                    var inventory = Value();
                    if (string.IsNullOrEmpty(inventory))
                    {
                        error = "--inventory needs a file";
                        return null;
                    }

                    options.Inventory.Add(inventory);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        error = arg == "-" ? "import reads files and folders, not standard input" : $"unknown option '{arg}'";
                        return null;
                    }

                    options.Paths.Add(arg);
                    break;
            }
        }

        if (options.Paths.Count == 0)
        {
            error = "give the YAML files or folders to import";
            return null;
        }

        if (options.Output.Length == 0)
        {
            error = "--out DIR is required: the folder the C# files go to";
            return null;
        }

        return options;
    }
}
