using System.Collections.Generic;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// Writes a Java properties file (the format of <c>spark-submit --properties-file</c>): <c>key=value</c> lines,
/// sorted by key so the file is deterministic. Escapes follow java.util.Properties: backslash, line breaks, tabs
/// and form feeds anywhere; in keys also space, <c>=</c>, <c>:</c>, <c>#</c> and <c>!</c>; in values a leading
/// space. Spark reads the file as UTF-8, so other characters are written as they are.
/// </summary>
internal static class JavaProperties
{
    public static string Write(string header, IEnumerable<KeyValuePair<string, string>> properties)
    {
        var sorted = new List<KeyValuePair<string, string>>(properties);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder(header);
        foreach (var pair in sorted)
        {
            Escape(builder, pair.Key, isKey: true);
            builder.Append('=');
            Escape(builder, pair.Value, isKey: false);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static void Escape(StringBuilder builder, string text, bool isKey)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case ' ' when isKey || i == 0:
                case '=' or ':' or '#' or '!' when isKey:
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }
}
