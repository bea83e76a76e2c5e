using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KubeDsl.CustomResources;
using KubeDsl.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeDsl.Build;

/// <summary>
/// MSBuild task run before CoreCompile (docs/adr/0015): imports the CRD files of the project's
/// <c>KubeDslCrd</c> items into C#, one file per namespace in <see cref="OutputDirectory"/>, and returns them to
/// be added as Compile items. A file is rewritten only when its text changes, so an unchanged CRD leaves the
/// compiler's inputs alone. Findings are build errors and warnings at the CRD file's line and column.
/// </summary>
public sealed class ImportCrds : Task
{
    /// <summary>The CRD files; metadata <c>Namespace</c> (required) and <c>Version</c> (default: the storage version).</summary>
    [Required]
    public ITaskItem[] Crds { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the C# goes (under obj/); relative paths are taken from <see cref="ProjectDirectory"/>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The project folder, to resolve relative paths and name files in findings as the project does.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The C# files, one per namespace, to add as Compile items.</summary>
    [Output]
    public ITaskItem[] Generated { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Number of C# files written in this run (unchanged ones are not), for tests and logs.</summary>
    [Output]
    public int WrittenCount { get; set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        var output = Resolve(OutputDirectory);
        var groups = new SortedDictionary<string, List<CrdFileText>>(StringComparer.Ordinal);
        foreach (var item in Crds)
        {
            var ns = item.GetMetadata("Namespace").Trim();
            if (ns.Length == 0 || !ns.Split('.').All(IsIdentifier))
            {
                Log.LogError(null, CrdImportRules.NoNamespace.Id, null, item.ItemSpec, 0, 0, 0, 0, CrdImportRules.NoNamespace.MessageFormat, item.ItemSpec, ns);
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(Resolve(item.ItemSpec));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.LogError(null, CrdImportRules.InvalidFile.Id, null, item.ItemSpec, 0, 0, 0, 0, "The CRD file {0} cannot be read: {1}", item.ItemSpec, e.Message);
                continue;
            }

            var version = item.GetMetadata("Version").Trim();
            if (!groups.TryGetValue(ns, out var files))
            {
                groups[ns] = files = new List<CrdFileText>();
            }

            files.Add(new CrdFileText(item.ItemSpec, text, version.Length == 0 ? null : version));
        }

        var generated = new List<ITaskItem>();
        foreach (var group in groups)
        {
            var import = CrdImporter.Import(group.Value, group.Key);
            foreach (var problem in import.Problems)
            {
                if (problem.Severity == RuleSeverity.Error)
                {
                    Log.LogError(null, problem.Id, null, problem.Path, problem.Line, problem.Column, 0, 0, problem.Message);
                }
                else
                {
                    Log.LogWarning(null, problem.Id, null, problem.Path, problem.Line, problem.Column, 0, 0, problem.Message);
                }
            }

            var path = Path.Combine(output, group.Key + ".g.cs");
            var source = CrdSourceWriter.Write(import);
            if (!File.Exists(path) || File.ReadAllText(path) != source)
            {
                ManifestWriter.WriteAtomically(path, new UTF8Encoding(false).GetBytes(source));
                WrittenCount++;
            }

            generated.Add(new TaskItem(path));
        }

        Generated = generated.ToArray();
        Log.LogMessage(MessageImportance.Normal, "KubeDsl: imported {0} CRD file(s) into {1} namespace(s), {2} file(s) written", Crds.Length, groups.Count, WrittenCount);
        return !Log.HasLoggedErrors;
    }

    private string Resolve(string path) => Path.IsPathRooted(path) || ProjectDirectory.Length == 0 ? path : Path.Combine(ProjectDirectory, path);

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');
}
