using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KubeDsl.Documents;

/// <summary>How a string scalar has to be written so every YAML reader gets the same string back.</summary>
internal enum ScalarStyle
{
    Plain,
    DoubleQuoted,
    Literal,
}

/// <summary>
/// The quoting rules, in one place. A string is written plain only when neither a YAML 1.1 reader
/// (what Kubernetes' sigs.k8s.io/yaml and Go yaml.v2 implement) nor a YAML 1.2 reader would resolve it to
/// something other than a string, and when no indicator character could change its meaning.
/// </summary>
internal static class YamlScalarStyle
{
    // Whole words a reader resolves to something other than a string. A set, not patterns: every key and most
    // values are checked against it, and the generator runs this for each scalar of each manifest.
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // YAML 1.1 bool (https://yaml.org/type/bool.html) and 1.2 core-schema true/false.
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",

        // YAML 1.1 null (https://yaml.org/type/null.html); the empty string is handled separately.
        "~", "null", "Null", "NULL",

        // The YAML 1.1 merge key and value key.
        "<<", "=",
    };

    // YAML 1.1 int (https://yaml.org/type/int.html) with the 1.2 core-schema forms (0o17, and any run of digits:
    // 1.2 reads 0789 as 789, and Go's yaml.v3 as the float 789 when base-0 parsing fails).
    private static readonly Regex Int = Make(
        @"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?[0-9]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+|0o[0-7]+");

    // YAML 1.1 float (https://yaml.org/type/float.html), 1.2 core-schema float, and infinities and NaN.
    private static readonly Regex Float = Make(
        @"[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)");

    // YAML 1.1 timestamp (https://yaml.org/type/timestamp.html): some readers turn these into dates.
    private static readonly Regex Timestamp = Make(
        @"[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)?([0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?");

    /// <summary>Chooses the style for a string value in block context.</summary>
    public static ScalarStyle ForValue(string value)
    {
        if (value.IndexOf('\n') >= 0 && CanBeLiteral(value))
        {
            return ScalarStyle.Literal;
        }

        return NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain;
    }

    /// <summary>
    /// Chooses the style for a mapping key: never a block scalar. A key holding " *" is valid plain YAML, but
    /// YamlDotNet (18.1.0) refuses it inside a nested mapping ("found invalid mapping"), and so would every tool
    /// built on it, this project's own readers included; quoting costs nothing.
    /// </summary>
    public static ScalarStyle ForKey(string key) => NeedsQuotes(key) || key.Contains(" *") ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain;

    /// <summary>True when a plain scalar with this text would not read back as the same string.</summary>
    public static bool NeedsQuotes(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (Words.Contains(value))
        {
            return true;
        }

        // Numbers, timestamps, .inf and .nan start with a digit, a sign or a dot; checking that first spares most
        // strings the regular expressions.

        var lead = value[0];
        if ((char.IsDigit(lead) || lead == '+' || lead == '-' || lead == '.')
            && (Int.IsMatch(value) || Float.IsMatch(value) || Timestamp.IsMatch(value)))
        {
            return true;
        }

        var first = value[0];
        if (",[]{}#&*!|>'\"%@`".IndexOf(first) >= 0)
        {
            return true;
        }

        // '-', '?' and ':' start a plain scalar only when a non-space follows ("--verbose" is plain).
        if ((first == '-' || first == '?' || first == ':') && (value.Length == 1 || value[1] == ' '))
        {
            return true;
        }

        if (char.IsWhiteSpace(first) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return true;
        }

        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(":", System.StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a complete pair (an emoji, say) is printable
                continue;
            }

            if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                || char.IsSurrogate(c) || c == '\ufffe' || c == '\uffff')
            {
                return true;
            }
        }

        // Document markers at the start of a line would end the document.
        return value.StartsWith("---", System.StringComparison.Ordinal) || value.StartsWith("...", System.StringComparison.Ordinal);
    }

    /// <summary>Writes a double-quoted scalar, escaping what YAML requires and nothing else.</summary>
    public static string DoubleQuote(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                        || c == '\ufeff' || char.IsSurrogate(c) || c == '\ufffe' || c == '\uffff')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    // A literal block keeps every character except control characters other than tab and newline; those,
    // and text whose first line starts with whitespace, fall back to double quotes.
    private static bool CanBeLiteral(string value)
    {
        foreach (var c in value)
        {
            if ((c < ' ' && c != '\n' && c != '\t') || c == '\u007f' || c == '\u0085' || c == '\u2028'
                || c == '\u2029' || c == '\ufeff' || char.IsSurrogate(c) || c == '\ufffe' || c == '\uffff')
            {
                return false;
            }
        }

        // Content starting with a space or a blank line would need an indentation indicator; quoting is clearer.
        return value[0] != ' ' && value[0] != '\n' && value[0] != '\t';
    }

    private static Regex Make(string alternatives) =>
        new("^(?:" + alternatives + ")$", RegexOptions.CultureInvariant);
}
