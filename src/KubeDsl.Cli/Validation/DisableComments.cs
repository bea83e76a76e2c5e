using System.Text.RegularExpressions;

namespace KubeDsl.Cli.Validation;

/// <summary>
/// The <c># kubedsl-disable-next-line KD1003, KD2002</c> comments of a file: each silences the ids it names (all
/// ids when it names none) on the line after it.
/// </summary>
internal static partial class DisableComments
{
    /// <summary>By 1-based line: the ids silenced there, or null for all of them.</summary>
    public static Dictionary<int, HashSet<string>?> Read(string text)
    {
        var result = new Dictionary<int, HashSet<string>?>();
        if (!text.Contains("kubedsl-disable-next-line", StringComparison.Ordinal))
        {
            return result;
        }

        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var match = Comment().Match(raw);
            if (!match.Success)
            {
                continue;
            }

            var ids = Ids().Matches(match.Groups["ids"].Value).Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            result[line + 1] = ids.Count == 0 ? null : ids;
        }

        return result;
    }

    public static bool Silences(Dictionary<int, HashSet<string>?> comments, int line, string id) =>
        comments.TryGetValue(line, out var ids) && (ids is null || ids.Contains(id));

    [GeneratedRegex(@"#\s*kubedsl-disable-next-line(?<ids>[^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bKD\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ids();
}
