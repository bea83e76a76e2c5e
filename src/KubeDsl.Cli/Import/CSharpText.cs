using System.Globalization;
using System.Text;

namespace KubeDsl.Cli.Import;

/// <summary>How the importer spells names and literals in C#.</summary>
internal static class CSharpText
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>An escaped, double-quoted literal of <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    // Other control and format characters, lone surrogates and line separators are invisible or
                    // break the line in an editor: escaped.
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
                    {
                        if (char.IsHighSurrogate(c) || char.IsLowSurrogate(c))
                        {
                            text.Append(c);
                        }
                        else
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Whether a raw literal over several lines can hold the text exactly: two lines or more, no carriage return,
    /// tab or other control character, no trailing spaces (editors strip them), and no line that starts with
    /// whitespace only to be confused with the indentation.
    /// </summary>
    public static bool FitsRawLiteral(string value)
    {
        if (!value.Contains('\n') || value.IndexOf('\n') == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c != '\n' && (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF'))
            {
                return false;
            }
        }

        return value.Split('\n').All(line => line.Length == 0 || (line[^1] != ' ' && line.Trim().Length > 0));
    }

    /// <summary>The longest run of double quotes in the text (a raw literal needs a longer delimiter).</summary>
    public static int LongestQuoteRun(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// A PascalCase identifier from a YAML name: characters that cannot appear in an identifier are dropped and the
    /// next letter upper-cased (<c>spark-pi</c> → <c>SparkPi</c>); a leading digit gets an underscore. The result
    /// starts with a capital or an underscore, so it is never a keyword (C# keywords are lower case).
    /// </summary>
    public static string Pascal(string name)
    {
        var text = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (text.Length == 0)
        {
            return "_";
        }

        if (char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }

    /// <summary>A namespace given on the command line is dotted identifiers.</summary>
    public static bool IsNamespace(string value) =>
        value.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_') && !Keywords.Contains(part));

    /// <summary>A C# literal of a double that reads back as the same value.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text.Replace("E+", "E") : text + ".0";
    }
}
