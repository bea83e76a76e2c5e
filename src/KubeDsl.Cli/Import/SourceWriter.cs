using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace KubeDsl.Cli.Import;

/// <summary>Prints the imported classes and the <c>Defaults</c> class as C# files.</summary>
internal static partial class SourceWriter
{
    /// <summary>The file of one imported YAML file: a static class with one <c>[Manifest]</c> member.</summary>
    public static string Class(ImportedFile file, string rootNamespace)
    {
        var body = new StringBuilder();
        if (file.HeadComment.Count > 0)
        {
            body.Append("/// <summary>\n");
            foreach (var line in file.HeadComment)
            {
                body.Append("///").Append(line.Length == 0 ? "" : " " + SecurityElement.Escape(line)).Append('\n');
            }

            body.Append("/// </summary>\n");
        }
        else
        {
            body.Append("/// <summary>The resources of ").Append(SecurityElement.Escape(file.RelativePath)).Append(".</summary>\n");
        }

        body.Append("public static class ").Append(file.ClassName).Append("\n{\n");
        body.Append("    [Manifest(").Append(CSharpText.String(file.RelativePath)).Append(")]\n");
        if (file.Resources.Count == 1)
        {
            var resource = file.Resources[0];
            var value = resource.Code is CodeObject typed ? typed.AsTargetTyped() : resource.Code;
            Member(body, "public static " + resource.TypeName + " Resource =>", value);
        }
        else
        {
            Member(body, "public static List<object> Resources =>", new CodeList(file.Resources.Select(r => r.Code).ToList()));
        }

        if (file.LooseComments.Count > 0)
        {
            body.Append('\n');
            foreach (var (line, comment) in file.LooseComments)
            {
                body.Append("    // (line ").Append(line).Append(')').Append(comment.Length == 0 ? "" : " " + comment).Append('\n');
            }
        }

        body.Append("}\n");
        var header = "// Imported by kubedsl import from " + file.RelativePath + ".\n";
        var nullable = file.Resources.Any(r => !r.Typed) ? "#nullable enable\n" : "";
        return header + nullable + Usings(body.ToString()) + "namespace " + rootNamespace + ";\n\n" + body;
    }

    /// <summary>The shared values, each with the files that use it.</summary>
    public static string Defaults(ImportReport report)
    {
        var body = new StringBuilder();
        body.Append("/// <summary>Values that several imported files set alike, named once.</summary>\n");
        body.Append("public static class Defaults\n{\n");
        var first = true;
        foreach (var (name, value) in report.Shared)
        {
            if (!first)
            {
                body.Append('\n');
            }

            first = false;
            var users = report.Files.Where(f => f.Resources.Any(r => Uses(r.Code, name))).Select(f => f.RelativePath).ToList();
            if (users.Count > 0)
            {
                body.Append("    /// <summary>Used by ").Append(SecurityElement.Escape(string.Join(", ", users.Take(5))))
                    .Append(users.Count > 5 ? $" and {users.Count - 5} more" : "").Append(".</summary>\n");
            }

            if (value is CodeString text)
            {
                Member(body, "public const string " + name + " =", text, ";");
            }
            else
            {
                var typeName = ((CodeObject)value).TypeName;
                Member(body, "public static readonly " + typeName + " " + name + " =", ((CodeObject)value).AsTargetTyped(), ";");
            }
        }

        body.Append("}\n");
        return "// Written by kubedsl import.\n" + Usings(body.ToString()) + "namespace " + report.Namespace + ";\n\n" + body;
    }

    private static bool Uses(Code code, string name) =>
        code is CodeText { Text: var text } && text == "Defaults." + name || code.Children.Any(c => Uses(c, name));

    private static void Member(StringBuilder body, string lead, Code value, string end = ";")
    {
        var rendered = value.Render(new StringBuilder(), 1, singleLine: false).ToString();
        body.Append("    ").Append(lead).Append(rendered.StartsWith('\n') ? "" : " ").Append(rendered).Append(end).Append('\n');
    }

    private static string Usings(string body)
    {
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in Identifier().Matches(body))
        {
            if (ResourceTypes.NamespaceOf(match.Value) is { } ns)
            {
                needed.Add(ns);
            }
        }

        if (body.Contains("[Manifest(", StringComparison.Ordinal))
        {
            needed.Add("KubeDsl");
        }

        // System first, then the others in order, as dotnet format sorts them.
        var ordered = needed.Where(n => n.StartsWith("System", StringComparison.Ordinal))
            .Concat(needed.Where(n => !n.StartsWith("System", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
        var text = string.Concat(ordered.Select(n => "using " + n + ";\n"));
        return text.Length == 0 ? "\n" : text + "\n";
    }

    // A capitalised name not after a dot (a member) and not before '=' (a property being set, or a member declared).
    [GeneratedRegex(@"(?<![\w.:])[A-Z][A-Za-z0-9_]*\b(?!\s*=)")]
    private static partial Regex Identifier();
}
