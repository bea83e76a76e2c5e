using KubeDsl.Documents;
using KubeDsl.Rules;
using KubeDsl.Rules.References;
using KubeDsl.Values;
using KubeDsl.Yaml;

namespace KubeDsl.Cli.Validation;

/// <summary>
/// The YAML front end: reads each file into document trees and runs the rule catalogue on each resource (its
/// schema rules included), then the cross-resource rules over every resource and the inventory, and places each
/// finding at a line and column of its file after the configuration (command line, .editorconfig, disable
/// comments) has set its severity.
/// </summary>
internal sealed class Validator
{
    private readonly ValidateOptions options;
    private RuleSettings settings;
    private readonly EditorConfig editorConfig = new();
    private readonly Dictionary<string, FileState> states = new(StringComparer.Ordinal);
    private readonly Func<Stream> stdin;

    public Validator(ValidateOptions options, Func<Stream>? stdin = null)
    {
        this.options = options;
        settings = new RuleSettings(options.FlinkOperatorVersion, options.FlinkOperatorDefaults)
        {
            PodSecurity = options.PodSecurity,
            RequireImageDigests = options.RequireImageDigests,
            SparkOperatorVersion = options.SparkOperatorVersion,
        };
        this.stdin = stdin ?? Console.OpenStandardInput;
    }

    public ValidationReport Run()
    {
        var report = new ValidationReport();
        var files = InputFiles.Expand(options.Paths, report.InputErrors);
        var inventoryFiles = InputFiles.Expand(options.Inventory, report.InputErrors);
        ReadCrds(report);
        var resources = new List<(DocMapping Resource, bool Shown)>();
        foreach (var file in files)
        {
            report.Files++;
            resources.AddRange(ReadFile(file, report, inventory: false).Select(r => (r, true)));
        }

        foreach (var file in inventoryFiles)
        {
            resources.AddRange(ReadFile(file, report, inventory: true).Select(r => (r, false)));
        }

        // Each resource reports into its own list; the inventory's findings are never shown, as in the analyzers.
        var contexts = resources.Select(r => (r.Resource, r.Shown, Findings: new List<RuleFinding>())).ToList();
        var checkedContexts = contexts.Select(c => new ResourceContext(c.Resource, c.Findings, settings)).ToList();
        RuleCatalog.CheckAcross(checkedContexts, []);
        foreach (var (resource, _, findings) in contexts.Where(c => c.Shown))
        {
            foreach (var finding in findings)
            {
                AddRuleFinding(report, resource, finding);
            }
        }

        report.Findings.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id);
        });
        return report;
    }

    // The --crd files' CRDs go into the settings every resource is checked with; what cannot be read is KD1023.
    private void ReadCrds(ValidationReport report)
    {
        var schemas = new List<KubeDsl.Schemas.CustomResourceSchema>();
        foreach (var file in InputFiles.Expand(options.Crds, report.InputErrors))
        {
            if (ReadBytes(file, report) is not { } bytes)
            {
                continue;
            }

            if (TextDecoding.Decode(bytes, out var undecodable) is not { } text)
            {
                report.InputErrors.Add($"{file.DisplayPath}: {undecodable}");
                continue;
            }

            var state = StateOf(file);
            state.Text(text);
            var (read, problems) = KubeDsl.Schemas.CustomResourceSchema.Read(text, file.DisplayPath);
            schemas.AddRange(read);
            foreach (var problem in problems)
            {
                Add(report, state, 1, 1, RuleCatalog.CrdUnreadable, [file.DisplayPath, problem]);
            }
        }

        settings = settings with { CustomResources = schemas };
    }

    // The file's bytes (standard input for "-", at most TextDecoding's limit), or null with an input error.
    private byte[]? ReadBytes(InputFile file, ValidationReport report)
    {
        try
        {
            return file.FullPath is null ? TextDecoding.ReadAll(stdin()) : TextDecoding.ReadLimited(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.InputErrors.Add($"{file.DisplayPath}: {e.Message}");
            return null;
        }
    }

    // A file's place for findings, with the .editorconfig severities that apply to it.
    private FileState StateOf(InputFile file) =>
        new(file, editorConfig.SeveritiesFor(Path.GetFullPath(file.FullPath ?? Path.Combine(Environment.CurrentDirectory, "stdin.yaml"))));

    // The resources of one file that take part in the cross-resource rules; findings about the file itself are reported here.
    private List<DocMapping> ReadFile(InputFile file, ValidationReport report, bool inventory)
    {
        if (ReadBytes(file, report) is not { } bytes)
        {
            return [];
        }

        var state = StateOf(file);
        states[file.DisplayPath] = state;
        if (TextDecoding.Decode(bytes, out var problem) is not { } text)
        {
            Add(report, state, 1, 1, inventory ? RuleCatalog.InventoryUnreadable : InputRules.NotText, inventory ? [file.DisplayPath, "cannot be read: " + problem] : [problem!]);
            return [];
        }

        state.Text(text);
        var read = YamlResources.Read(text, file.DisplayPath);
        var resources = new List<DocMapping>();
        if (inventory)
        {
            foreach (var item in read.Items)
            {
                resources.Add(item.Document);
                if (InventorySecrets.Value(item.Document) is { } secret)
                {
                    AddAt(report, state, secret.Origin, RuleCatalog.InventorySecretValue, [secret.Secret, secret.Key]);
                }
            }

            if (read.Error is { } inventoryError)
            {
                Add(report, state, read.Line, read.Column, RuleCatalog.InventoryUnreadable, [file.DisplayPath, $"is not valid YAML at line {read.Line}, column {read.Column} ({inventoryError})"]);
            }

            return resources;
        }

        if (read.Items.Count == 0 && read.Others.Count == 0 && read.Error is null)
        {
            Add(report, state, 1, 1, InputRules.NotResource, [text.Trim().Length == 0 ? "The file is empty" : "The file holds only comments or empty documents"]);
        }

        foreach (var other in read.Others)
        {
            var what = other is ValuesScalar scalar ? $"This document is the scalar '{Shorten(scalar.Text)}'" : "This document is a list";
            Add(report, state, other.Start.Line, other.Start.Column, InputRules.NotResource, [what]);
        }

        foreach (var item in read.Items)
        {
            var resource = item.Document;
            report.Resources++;
            var apiVersion = Doc.Text(resource["apiVersion"]);
            var kind = Doc.Text(resource["kind"]);
            if (apiVersion is null || kind is null)
            {
                var missing = apiVersion is null && kind is null ? "apiVersion and kind" : apiVersion is null ? "apiVersion" : "kind";
                Add(report, state, item.Source.Start.Line, item.Source.Start.Column, InputRules.NotResource, [$"This mapping has no {missing}"]);
                continue;
            }

            resources.Add(resource);
            var context = new ResourceContext(resource, [], settings);
            if (!CheckedKinds.Has(context))
            {
                report.Skip(kind);
                continue;
            }

            foreach (var finding in RuleCatalog.Check(resource, settings))
            {
                AddRuleFinding(report, resource, finding);
            }
        }

        if (read.Error is { } error)
        {
            Add(report, state, read.Line, read.Column, InputRules.NotYaml, [error]);
        }

        return resources;
    }

    private void AddRuleFinding(ValidationReport report, DocMapping resource, RuleFinding finding)
    {
        var origin = finding.KeyOrigin ?? (finding.At is DocScalar ? null : KeyOf(resource, finding.At)) ?? finding.At.Origin ?? resource.Origin;
        if (origin is null || !states.TryGetValue(origin.FilePath, out var state))
        {
            return; // Every node read from a file has an origin; a rule that makes its own node points nowhere in it.
        }

        AddAt(report, state, origin, finding.Descriptor, finding.Arguments, finding.Severity);
    }

    // For a finding on a mapping or a list (a value that is missing from it), the key that holds it.
    private static SourceOrigin? KeyOf(DocNode root, DocNode target)
    {
        var stack = new Stack<DocNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case DocMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (ReferenceEquals(entry.Value, target))
                        {
                            return entry.KeyOrigin;
                        }

                        stack.Push(entry.Value);
                    }

                    break;
                case DocSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }

        return null;
    }

    private void AddAt(ValidationReport report, FileState state, SourceOrigin origin, RuleDescriptor descriptor, string[] arguments, RuleSeverity? severity = null)
    {
        var (line, column) = state.Lines!.At(origin.Start);
        Add(report, state, line, column, descriptor, arguments, severity);
    }

    // A finding's own severity (a Pod Security finding in a namespace that enforces its level) stands in for the
    // descriptor's; configuration still overrides both, as in the analyzers.
    private void Add(ValidationReport report, FileState state, int line, int column, RuleDescriptor descriptor, string[] arguments, RuleSeverity? severity = null)
    {
        if (state.Disabled is { } disabled && DisableComments.Silences(disabled, line, descriptor.Id))
        {
            return;
        }

        var word = options.Severities.GetValueOrDefault(descriptor.Id) ?? state.Severities.GetValueOrDefault(descriptor.Id) ?? (descriptor.EnabledByDefault ? "default" : "none");
        Level? level = word switch
        {
            "error" => Level.Error,
            "warning" => Level.Warning,
            "suggestion" or "info" => Level.Note,
            "silent" or "none" => null,
            _ => (severity ?? descriptor.Severity) switch
            {
                RuleSeverity.Error => Level.Error,
                RuleSeverity.Warning => Level.Warning,
                _ => Level.Note,
            },
        };
        if (level is not { } shown)
        {
            return;
        }

        if (shown == Level.Warning && options.WarningsAsErrors)
        {
            shown = Level.Error;
        }

        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        report.Findings.Add(new Finding(state.File.DisplayPath, line, column, descriptor, shown, message));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text.ReplaceLineEndings(" ") : text[..40].ReplaceLineEndings(" ") + "...";

    private sealed class FileState(InputFile file, Dictionary<string, string> severities)
    {
        public InputFile File { get; } = file;

        public Dictionary<string, string> Severities { get; } = severities;

        public LineIndex? Lines { get; private set; }

        public Dictionary<int, HashSet<string>?>? Disabled { get; private set; }

        public void Text(string text)
        {
            Lines = new LineIndex(text);
            Disabled = DisableComments.Read(text);
        }
    }
}
