namespace KubeDsl.Documents;

/// <summary>
/// Rules for the path in [Manifest("...")], checked by the generator (as a compile error) and again by the build
/// task before it writes, so no definition can write outside the manifests folder.
/// </summary>
internal static class ManifestPath
{
    /// <summary>
    /// The kinds of file a member may write: YAML, a SparkSubmit's properties, an AirflowDag's Python. The build task
    /// prunes only files with these endings.
    /// </summary>
    public static readonly string[] Extensions = [".yaml", ".yml", ".properties", ".py"];

    /// <summary>True when <paramref name="path"/> ends in one of <see cref="Extensions"/> (in any case, for the files on disk).</summary>
    public static bool HasManifestExtension(string path, System.StringComparison comparison) =>
        System.Array.Exists(Extensions, e => path.EndsWith(e, comparison));

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

        if (!HasManifestExtension(path, System.StringComparison.Ordinal))
        {
            return "the file name must end in .yaml or .yml (or .properties for a SparkSubmit, .py for an AirflowDag)";
        }

        return null;
    }
}
