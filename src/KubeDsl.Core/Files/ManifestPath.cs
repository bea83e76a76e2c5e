namespace KubeDsl.Documents;

/// <summary>
/// Rules for the path in [Manifest("...")], checked by the generator (as a compile error) and again by the build
/// task before it writes, so no definition can write outside the manifests folder.
/// </summary>
internal static class ManifestPath
{
    /// <summary>Returns why the path is not acceptable, or null when it is.</summary>
    public static string? Problem(string? path)
    {
        if (path is null || path.Trim().Length == 0)
        {
            return "the path is empty; use a relative path such as \"spark/etl.yaml\"";
        }

        if (path.IndexOf('\\') >= 0)
        {
            return "use forward slashes ('/') so the path means the same on every OS";
        }

        if (path.StartsWith("/", System.StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':'))
        {
            return "the path must be relative to the manifests folder, not absolute";
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "the path has an empty segment ('//' or a trailing '/')";
            }

            if (segment == "." || segment == "..")
            {
                return "'" + segment + "' segments are not allowed; the file must stay inside the manifests folder";
            }

            if (segment.EndsWith(".", System.StringComparison.Ordinal) || segment.EndsWith(" ", System.StringComparison.Ordinal) || segment.StartsWith(" ", System.StringComparison.Ordinal))
            {
                return "segment '" + segment + "' starts or ends with a space or ends with a dot, which Windows cannot store";
            }

            foreach (var c in segment)
            {
                if (c < ' ' || "<>:\"|?*".IndexOf(c) >= 0)
                {
                    return "character '" + (c < ' ' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()) + "' cannot appear in a file name on every OS";
                }
            }
        }

        if (!path.EndsWith(".yaml", System.StringComparison.Ordinal) && !path.EndsWith(".yml", System.StringComparison.Ordinal)
            && !path.EndsWith(".properties", System.StringComparison.Ordinal) && !path.EndsWith(".py", System.StringComparison.Ordinal))
        {
            return "the file name must end in .yaml or .yml (or .properties for a SparkSubmit, .py for an AirflowDag)";
        }

        return null;
    }
}
