using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace KubeDsl.Cli.Validation;

/// <summary>
/// Reads <c>dotnet_diagnostic.&lt;id&gt;.severity</c> from the .editorconfig files above a file, as Roslyn does for
/// the analyzers: the closest file wins, a later section wins within a file, and a file with <c>root = true</c>
/// ends the search. Section globs follow editorconfig.org (<c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>,
/// <c>{a,b}</c>, <c>{1..3}</c>; a glob without <c>/</c> matches the file name in any folder).
/// </summary>
internal sealed class EditorConfig
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    private readonly ConcurrentDictionary<string, ConfigFile?> files = new(StringComparer.Ordinal);

    /// <summary>The severities set for <paramref name="fullPath"/>, by id (values as written: error, warning, suggestion, silent, none, default).</summary>
    public Dictionary<string, string> SeveritiesFor(string fullPath)
    {
        var chain = new List<ConfigFile>();
        for (var folder = Path.GetDirectoryName(fullPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (files.GetOrAdd(folder, Read) is { } config)
            {
                chain.Add(config);
                if (config.Root)
                {
                    break;
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var relative = Path.GetRelativePath(chain[i].Folder, fullPath).Replace('\\', '/');
            foreach (var section in chain[i].Sections)
            {
                if (section.Glob.IsMatch(relative))
                {
                    foreach (var (id, value) in section.Severities)
                    {
                        result[id] = value;
                    }
                }
            }
        }

        return result;
    }

    private static ConfigFile? Read(string folder)
    {
        var path = Path.Combine(folder, ".editorconfig");
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // An unreadable .editorconfig configures nothing, as in the IDE.
        }

        var root = false;
        var sections = new List<Section>();
        Section? current = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = new Section(Glob(line[1..^1]), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
                sections.Add(current);
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (current is null)
            {
                root |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && key.Length > Prefix.Length + Suffix.Length)
            {
                current.Severities[key[Prefix.Length..^Suffix.Length]] = value.ToLowerInvariant();
            }
        }

        return new ConfigFile(folder, root, sections);
    }

    /// <summary>The regex of an editorconfig section glob, matched against the path relative to the file's folder.</summary>
    internal static Regex Glob(string glob)
    {
        var pattern = new StringBuilder("^");
        if (!glob.Contains('/', StringComparison.Ordinal))
        {
            pattern.Append("(?:.*/)?");
        }
        else if (glob.StartsWith('/'))
        {
            glob = glob[1..];
        }

        var braces = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    pattern.Append(".*");
                    i++;
                    break;
                case '*':
                    pattern.Append("[^/]*");
                    break;
                case '?':
                    pattern.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    pattern.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    var range = end < 0 ? null : Regex.Match(glob[(i + 1)..end], @"^(-?\d+)\.\.(-?\d+)$");
                    if (range is { Success: true })
                    {
                        var (low, high) = (int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
                        pattern.Append("(?:").Append(string.Join("|", Enumerable.Range(Math.Min(low, high), Math.Abs(high - low) + 1))).Append(')');
                        i = end;
                    }
                    else
                    {
                        pattern.Append("(?:");
                        braces++;
                    }

                    break;
                case ',' when braces > 0:
                    pattern.Append('|');
                    break;
                case '}' when braces > 0:
                    pattern.Append(')');
                    braces--;
                    break;
                case '\\' when i + 1 < glob.Length:
                    pattern.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        pattern.Append(')', braces).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    private sealed record ConfigFile(string Folder, bool Root, List<Section> Sections);

    private sealed record Section(Regex Glob, Dictionary<string, string> Severities);
}
