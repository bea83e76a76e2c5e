using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeDsl.Rules;

/// <summary>
/// Spark's size strings (org.apache.spark.network.util.JavaUtils.byteStringAs): an integer and an optional unit
/// b, k, kb, m, mb, g, gb, t, tb, p or pb, case-insensitive, all binary (1k = 1024). No unit means MiB for the
/// memory settings. Kubernetes suffixes (Mi, Gi), fractions, spaces and exponents fail at spark-submit.
/// </summary>
internal static class JvmMemory
{
    private static readonly Regex Accepted = new("^[0-9]+(b|k|kb|m|mb|g|gb|t|tb|p|pb)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Canonical = new("^[0-9]+[kmgtp]?$", RegexOptions.CultureInvariant);
    private static readonly Regex Loose = new("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$", RegexOptions.CultureInvariant);

    /// <summary>True when spark-submit accepts the text.</summary>
    public static bool IsAccepted(string text) => Accepted.IsMatch(text.Trim().ToLowerInvariant());

    /// <summary>True for the plain form KubeDsl suggests: digits and one lower-case letter k, m, g, t or p (or none).</summary>
    public static bool IsCanonical(string text) => Canonical.IsMatch(text);

    /// <summary>
    /// The value in Spark's plain form, when the text says clearly how much it means: <c>2Gi</c> and <c>2GB</c>
    /// are <c>2g</c>, <c>1.5Gi</c> is <c>1536m</c>, <c>512Mi</c> is <c>512m</c>. Null when it cannot tell.
    /// </summary>
    public static string? Suggest(string text)
    {
        var match = Loose.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var unit = match.Groups[2].Value.ToLowerInvariant();
        var letter = unit.Length == 0 ? "m" : unit.Substring(0, 1);
        var rest = unit.Length == 0 ? string.Empty : unit.Substring(1);
        if ("kmgtp".IndexOf(letter, System.StringComparison.Ordinal) < 0 || (rest.Length > 0 && rest != "i" && rest != "b" && rest != "ib"))
        {
            return null;
        }

        var number = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var units = "kmgtp";
        var index = units.IndexOf(letter, System.StringComparison.Ordinal);
        while (number != decimal.Truncate(number) && index > 0)
        {
            number *= 1024;
            index--;
        }

        return number == decimal.Truncate(number) ? number.ToString("0", CultureInfo.InvariantCulture) + units[index] : null;
    }
}
