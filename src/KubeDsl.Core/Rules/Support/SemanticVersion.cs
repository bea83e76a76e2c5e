using System.Globalization;

namespace KubeDsl.Rules;

/// <summary>Compares versions such as <c>3.5.3</c> and <c>4.0.0-preview1</c> by their numeric parts, as the Spark operator does.</summary>
internal static class SemanticVersion
{
    public static int Compare(string left, string right)
    {
        var a = Parts(left);
        var b = Parts(right);
        for (var i = 0; i < 3; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }

    private static int[] Parts(string version)
    {
        var parts = new int[3];
        var core = version.TrimStart('v').Split('-', '+')[0].Split('.');
        for (var i = 0; i < 3 && i < core.Length; i++)
        {
            int.TryParse(core[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]);
        }

        return parts;
    }
}
