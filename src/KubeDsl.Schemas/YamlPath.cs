using System.Text.RegularExpressions;

namespace KubeDsl.Schemas;

/// <summary>
/// Paths into a document as used in messages: <c>spec.driver.cores</c>, <c>spec.volumes[0].name</c>, and
/// <c>metadata.labels["app.kubernetes.io/name"]</c> for keys that are not simple names.
/// </summary>
internal static partial class YamlPath
{
    public const string Root = "";

    public static string Key(string parent, string key)
    {
        if (SimpleKey().IsMatch(key))
        {
            return parent.Length == 0 ? key : parent + "." + key;
        }

        return parent + "[" + YamlScalar.Quote(key) + "]";
    }

    public static string Index(string parent, int index) => parent + "[" + index + "]";

    /// <summary>The path for a message: the root is shown as <c>(root)</c>.</summary>
    public static string Show(string path) => path.Length == 0 ? "(root)" : path;

    [GeneratedRegex("^[A-Za-z0-9_$-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleKey();
}
