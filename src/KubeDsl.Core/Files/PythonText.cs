using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// Python literals for the DAG writer: double-quoted strings whose escapes survive any value (quotes, backslashes,
/// newlines, control characters; other characters stay as UTF-8), and identifiers made from task ids.
/// </summary>
internal static class PythonText
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "dag", "default_args", "os", "datetime", "k8s",
        "DAG", "TaskGroup", "Secret", "KubernetesPodOperator", "SparkKubernetesOperator", "annotations",
    ];

    /// <summary>A Python string literal with the value <paramref name="text"/>.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (c < ' ' || c == '\u007f')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        // A lone surrogate has no UTF-8 form; line separators are kept visible as escapes.
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A Python identifier for a task id, unique among <paramref name="taken"/>: characters other than letters,
    /// digits and <c>_</c> become <c>_</c>, a leading digit or a keyword gets a <c>_</c> in front.
    /// </summary>
    public static string Identifier(string taskId, HashSet<string> taken)
    {
        var builder = new StringBuilder(taskId.Length + 1);
        foreach (var c in taskId)
        {
            builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' ? c : '_');
        }

        var name = builder.ToString();
        if (name.Length == 0 || char.IsDigit(name[0]) || Keywords.Contains(name) || name.StartsWith("_HERE", System.StringComparison.Ordinal))
        {
            name = "_" + name;
        }

        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = name + "_" + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
