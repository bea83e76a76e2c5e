using KubeDsl.Cli.Validation;
using KubeDsl.Schemas;
using KubeDsl.Values;
using YamlDotNet.Core;

namespace KubeDsl.Cli.Import;

/// <summary>
/// <c>kubedsl import</c>: reads YAML files, writes each resource as C# against its model (or untyped where no
/// model fits, with the reason), shares values repeated across files in a <c>Defaults</c> class, and writes one
/// class per file, so that building the written project gives the same YAML back.
/// </summary>
internal sealed class Importer(ImportOptions options)
{
    public ImportReport Run()
    {
        var report = new ImportReport();
        var files = InputFiles.Expand(options.Paths, report.InputErrors);
        if (report.InputErrors.Count > 0)
        {
            return report;
        }

        var root = CommonRoot(options.Paths);
        var names = new ClassNames();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file.FullPath!).Replace('\\', '/');
            if (Read(file, relative, report) is { } imported)
            {
                imported.ClassName = names.For(relative);
                report.Files.Add(imported);
            }
        }

        var shared = SharedValues.Find(report.Files.SelectMany(f => f.Resources).Select(r => r.Code).ToList());
        foreach (var file in report.Files)
        {
            foreach (var resource in file.Resources)
            {
                resource.Code = shared.Replace(resource.Code);
            }
        }

        report.Shared = shared.Values.Select(v => (v.Name, shared.Definition(v))).ToList();
        report.Namespace = options.Namespace ?? DefaultNamespace(options.Output);
        return report;
    }

    /// <summary>Writes the report's files into the output folder; false with <paramref name="error"/> when one cannot be written.</summary>
    public bool Write(ImportReport report, out string? error)
    {
        error = null;
        var outputs = new List<(string Path, string Text)>();
        foreach (var file in report.Files)
        {
            var folder = Path.GetDirectoryName(file.RelativePath) ?? "";
            outputs.Add((Path.Combine(options.Output, folder, file.ClassName + ".cs"), SourceWriter.Class(file, report.Namespace)));
        }

        if (report.Shared.Count > 0)
        {
            outputs.Add((Path.Combine(options.Output, "Defaults.cs"), SourceWriter.Defaults(report)));
        }

        if (options.Project)
        {
            var name = report.Namespace.Split('.')[^1];
            // A folder of inventory files is its YAML files, as the command line reads it.
            var inventory = options.Inventory.Select(p => Path.GetRelativePath(options.Output, p).Replace('\\', '/') + (Directory.Exists(p) ? "/**/*.y*ml" : ""));
            outputs.Add((Path.Combine(options.Output, name + ".csproj"), ProjectFile.Text(report.Namespace, inventory)));
        }

        // Nothing is written when any file would overwrite other content: a half-written import helps no one.
        var clashes = outputs.Where(o => File.Exists(o.Path) && File.ReadAllText(o.Path) != o.Text).Select(o => o.Path).ToList();
        if (clashes.Count > 0 && !options.Force)
        {
            error = $"{clashes[0]} exists with other content{(clashes.Count > 1 ? $" (and {clashes.Count - 1} more)" : "")}; pass --force to overwrite";
            return false;
        }

        try
        {
            foreach (var (path, text) in outputs)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, text);
                report.Written.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return false;
        }

        return true;
    }

    private static ImportedFile? Read(InputFile file, string relative, ImportReport report)
    {
        byte[] bytes;
        try
        {
            bytes = TextDecoding.ReadLimited(file.FullPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.InputErrors.Add($"{file.DisplayPath}: {e.Message}");
            return null;
        }

        if (TextDecoding.Decode(bytes, out var problem) is not { } text)
        {
            report.Notes.Add(Left(relative, 1, 1, "the file cannot be read as text: " + problem));
            return null;
        }

        var stream = ValuesReader.ParseStream(text, relative);
        if (stream.Error is { } error)
        {
            report.Notes.Add(Left(relative, error.Start.Line, error.Start.Column, error.Problem));
            return null;
        }

        var comments = YamlComments.Read(text);
        var imported = new ImportedFile(relative, comments.Head);
        foreach (var document in stream.Documents)
        {
            if (document is ValuesScalar { IsNull: true })
            {
                continue; // An empty document, as kubectl skips it.
            }

            YamlTree tree;
            try
            {
                tree = YamlTree.FromValues(document);
            }
            catch (YamlException e)
            {
                report.Notes.Add(Left(relative, (int)e.Start.Line, (int)e.Start.Column, "this document cannot be read as Kubernetes reads it: " + e.Message));
                continue;
            }

            foreach (var resource in Resources(tree, relative, report))
            {
                imported.Resources.Add(Bind(resource, relative, comments, report));
            }
        }

        foreach (var (line, comment) in comments.TakeLeft())
        {
            imported.LooseComments.Add((line, comment));
            report.Notes.Add(new ImportNote(relative, line, 1, "this comment stands above no key or list item; it is written after the member, with its line number"));
        }

        if (imported.Resources.Count == 0)
        {
            report.Notes.Add(Left(relative, 1, 1, "the file holds no Kubernetes resource"));
            return null;
        }

        return imported;
    }

    // The resources of a document: itself, or the items of a kind: List.
    private static IEnumerable<YamlMapping> Resources(YamlTree tree, string file, ImportReport report)
    {
        if (tree is not YamlMapping mapping)
        {
            report.Notes.Add(Left(file, tree.Line, tree.Column, $"this document is a {tree.NodeKind}, not a resource"));
            yield break;
        }

        if (mapping.ScalarText("apiVersion") is null || mapping.ScalarText("kind") is null)
        {
            report.Notes.Add(Left(file, tree.Line, tree.Column, "this document has no apiVersion or kind, so it is not a resource"));
            yield break;
        }

        if (mapping.ScalarText("kind") == "List" && mapping.ScalarText("apiVersion") == "v1" && mapping.TryGetValue("items", out var items) && items is YamlSequence list)
        {
            report.Notes.Add(new ImportNote(file, tree.Line, tree.Column, "the items of this List are written as one document each (kubectl applies both alike)"));
            foreach (var item in list.Items)
            {
                foreach (var resource in Resources(item, file, report))
                {
                    yield return resource;
                }
            }

            yield break;
        }

        yield return mapping;
    }

    private static ImportedResource Bind(YamlMapping resource, string file, YamlComments comments, ImportReport report)
    {
        var apiVersion = resource.ScalarText("apiVersion")!;
        var kind = resource.ScalarText("kind")!;
        var name = resource.TryGetValue("metadata", out var metadata) && metadata is YamlMapping meta ? meta.ScalarText("name") : null;
        var type = ResourceTypes.Find(apiVersion, kind);
        if (type is not null)
        {
            var saved = comments.Save();
            var binder = new ModelBinder(file, comments);
            var code = binder.Resource(resource, type);
            if (binder.Problems.Count == 0)
            {
                report.Notes.AddRange(binder.Notes);
                return new ImportedResource(kind, name, ResourceTypes.Name(type), code);
            }

            comments.Restore(saved);
            foreach (var problem in binder.Problems)
            {
                report.Notes.Add(problem with { Level = ImportLevel.Warning, Message = problem.Message + $"; the {kind} is written untyped so nothing is lost" });
            }
        }
        else
        {
            report.Notes.Add(new ImportNote(file, resource.Line, resource.Column, $"KubeDsl has no model for {apiVersion} {kind}; it is written untyped (a dictionary)") { Level = ImportLevel.Warning });
        }

        return new ImportedResource(kind, name, UntypedBinder.DictionaryType, UntypedBinder.Value(resource, comments)) { Typed = false };
    }

    private static ImportNote Left(string file, int line, int column, string message) =>
        new(file, line, column, message + "; left out") { Level = ImportLevel.Error };

    // Manifest paths are relative to the folder the arguments share (a file's own folder, a folder itself).
    private static string CommonRoot(IEnumerable<string> paths)
    {
        var folders = paths.Select(p => Path.GetFullPath(Directory.Exists(p) ? p : Path.GetDirectoryName(Path.GetFullPath(p))!)).ToList();
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (!IsWithin(folder, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
            }
        }

        return common;
    }

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string DefaultNamespace(string output)
    {
        var name = new DirectoryInfo(Path.GetFullPath(output)).Name;
        var pascal = CSharpText.Pascal(name);
        return CSharpText.IsNamespace(pascal) ? pascal : "Manifests";
    }

    /// <summary>
    /// Class names: the file's name in PascalCase; when another file or a type in scope has that name, the names of
    /// the folders above it go first, nearest last (<c>staging/spark/ingest.yaml</c> → <c>StagingSparkIngest</c>).
    /// </summary>
    private sealed class ClassNames
    {
        private readonly HashSet<string> used = new(StringComparer.Ordinal);

        public string For(string relative)
        {
            var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var name = CSharpText.Pascal(Path.GetFileNameWithoutExtension(segments[^1]));
            for (var i = segments.Length - 2; i >= 0 && Taken(name); i--)
            {
                name = CSharpText.Pascal(segments[i]).TrimStart('_') + name;
            }

            if (ResourceTypes.VisibleNames.Contains(name))
            {
                name += "Manifest";
            }

            var unique = name;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private bool Taken(string name) => used.Contains(name) || ResourceTypes.VisibleNames.Contains(name);
    }
}
