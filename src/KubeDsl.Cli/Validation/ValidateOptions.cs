namespace KubeDsl.Cli.Validation;

/// <summary>The output formats of <c>kubedsl validate</c>.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>What <c>kubedsl validate</c> was asked to do.</summary>
internal sealed class ValidateOptions
{
    public List<string> Paths { get; } = [];

    public List<string> Inventory { get; } = [];

    /// <summary>CRD files (--crd): resources of their kinds are checked against them, as the analyzers do with KubeDslCrd items.</summary>
    public List<string> Crds { get; } = [];

    public OutputFormat Format { get; set; } = OutputFormat.Text;

    public string? Output { get; set; }

    /// <summary>--severity overrides by id: error, warning, suggestion (or info), silent (or none), default.</summary>
    public Dictionary<string, string> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool WarningsAsErrors { get; set; }

    /// <summary>null: colour when writing text to a terminal.</summary>
    public bool? Color { get; set; }

    public string FlinkOperatorVersion { get; set; } = KubeDsl.Rules.RuleSettings.DefaultFlinkOperatorVersion;

    public string SparkOperatorVersion { get; set; } = KubeDsl.Rules.RuleSettings.DefaultSparkOperatorVersion;

    public Dictionary<string, string> FlinkOperatorDefaults { get; } = new(StringComparer.Ordinal);

    /// <summary>The Pod Security level outside namespaces whose labels set one (the analyzers' KubeDslPodSecurity).</summary>
    public KubeDsl.Rules.Security.PodSecurityLevel PodSecurity { get; set; } = KubeDsl.Rules.Security.PodSecurityLevel.Baseline;

    /// <summary>Every image must be pinned by digest (the analyzers' KubeDslRequireImageDigests).</summary>
    public bool RequireImageDigests { get; set; }

    /// <summary>The severity words .editorconfig and --severity take.</summary>
    public static readonly string[] SeverityWords = ["error", "warning", "suggestion", "info", "silent", "none", "default"];

    public const string Usage = """
        Usage: kubedsl validate [options] [PATH...]

        Checks Kubernetes YAML (Spark operator, Flink operator, pods and what they reference) against the
        operators' CRDs, the Kubernetes Pod schema and KubeDsl's rules. PATH is a file, a folder (its *.yaml
        and *.yml files, recursively) or - for standard input; the default is the current folder.

        Options:
          --format text|json|sarif         output format (default text)
          --output FILE                    write the report to FILE instead of standard output
          --inventory PATH                 YAML of objects that exist elsewhere (repeatable; files or folders)
          --crd PATH                       CRDs to check their kinds' resources against (repeatable; files or folders)
          --severity ID=LEVEL              error, warning, suggestion, silent or none, default (repeatable, or ID=LEVEL,ID=LEVEL)
          --warnings-as-errors             warnings count as errors (exit code 1)
          --flink-operator-version VER     Flink operator release the manifests target (default 1.15.0, or main)
          --spark-operator-version VER     Spark operator release the manifests target (default 2.5.2)
          --flink-operator-default KEY=VAL a key the operator's Helm chart adds to every flinkConfiguration (repeatable)
          --pod-security LEVEL             baseline (default), restricted or none: the Pod Security level where no
                                           namespace label sets one (findings there are warnings)
          --color, --no-color              force colour on or off (default: on for a terminal)
          -h, --help                       show this help

        Exit codes: 0 no error-severity finding, 1 at least one, 2 bad usage or a file that cannot be read.
        """;

    /// <summary>Reads the arguments after <c>validate</c>; null with <paramref name="error"/> set when they are wrong.</summary>
    public static ValidateOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        var options = new ValidateOptions();
        error = null;
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count)
                {
                    return args[++i];
                }

                return null;
            }

            // --name=value is read as --name value.
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 2)
            {
                var rest = arg[(eq + 1)..];
                arg = arg[..eq];
                args = [.. args.Take(i), arg, rest, .. args.Skip(i + 1)];
            }

            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    return options;
                case "--format":
                    var format = Value();
                    if (!Enum.TryParse<OutputFormat>(format, ignoreCase: true, out var parsed) || int.TryParse(format, out _))
                    {
                        error = $"--format takes text, json or sarif, not '{format}'";
                        return null;
                    }

                    options.Format = parsed;
                    break;
                case "--output" or "-o":
                    options.Output = Value() ?? Fail(ref error, "--output needs a file");
                    break;
                case "--crd":
                    options.Crds.Add(Value() ?? Fail(ref error, "--crd needs a file or folder"));
                    break;
                case "--inventory":
                    options.Inventory.Add(Value() ?? Fail(ref error, "--inventory needs a file or folder"));
                    break;
                case "--severity":
                    foreach (var pair in (Value() ?? Fail(ref error, "--severity needs ID=LEVEL")).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                        if (parts.Length != 2 || !SeverityWords.Contains(parts[1].ToLowerInvariant()) || !System.Text.RegularExpressions.Regex.IsMatch(parts[0], "^KD[0-9]{4}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
                        {
                            error = $"--severity takes ID=LEVEL such as KD1003=none (levels: {string.Join(", ", SeverityWords)}), not '{pair}'";
                            return null;
                        }

                        options.Severities[parts[0]] = parts[1].ToLowerInvariant();
                    }

                    break;
                case "--warnings-as-errors" or "--warnaserror":
                    options.WarningsAsErrors = true;
                    break;
                case "--color":
                    options.Color = true;
                    break;
                case "--no-color":
                    options.Color = false;
                    break;
                case "--flink-operator-version":
                    options.FlinkOperatorVersion = Value() ?? Fail(ref error, "--flink-operator-version needs a version");
                    break;
                case "--spark-operator-version":
                    options.SparkOperatorVersion = Value() ?? Fail(ref error, "--spark-operator-version needs a version");
                    break;
                case "--pod-security":
                    var level = Value() ?? Fail(ref error, "--pod-security needs baseline, restricted or none");
                    if (KubeDsl.Rules.Security.PodSecurityLevels.Parse(level) is not { } podSecurity)
                    {
                        error ??= $"--pod-security takes baseline, restricted or none, not '{level}'";
                        return null;
                    }

                    options.PodSecurity = podSecurity;
                    break;
                case "--require-image-digests":
                    options.RequireImageDigests = true;
                    break;
                case "--flink-operator-default":
                    var setting = (Value() ?? Fail(ref error, "--flink-operator-default needs KEY=VALUE")).Split('=', 2);
                    if (setting.Length != 2 || setting[0].Trim().Length == 0)
                    {
                        error ??= "--flink-operator-default takes KEY=VALUE";
                        return null;
                    }

                    options.FlinkOperatorDefaults[setting[0].Trim()] = setting[1].Trim();
                    break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        error = $"unknown option '{arg}'";
                        return null;
                    }

                    options.Paths.Add(arg);
                    break;
            }

            if (error is not null)
            {
                return null;
            }
        }

        if (options.Paths.Count == 0)
        {
            options.Paths.Add(".");
        }

        return options;
    }

    private static string Fail(ref string? error, string message)
    {
        error = message;
        return string.Empty;
    }
}
