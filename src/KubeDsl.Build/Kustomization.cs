using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KubeDsl.Documents;

namespace KubeDsl.Build;

/// <summary>
/// The kustomization.yaml of each manifests folder that holds resources (directly or below), so Argo CD or Flux
/// can point at any folder: its resources are the YAML resources in it and the subfolders that have one. Files a
/// tool reads (pod templates, spark-submit properties) are left out: applying them would create pods.
/// </summary>
internal static class Kustomization
{
    public const string FileName = "kustomization.yaml";

    public static List<(EmbeddedManifest Manifest, string File)> For(IReadOnlyList<(EmbeddedManifest Manifest, string File)> targets, string root)
    {
        // Folder (relative, '/' separated, "" for the root) -> entries it lists.
        var entries = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (manifest, _) in targets)
        {
            if (!manifest.IsResource || !(manifest.Path.EndsWith(".yaml", StringComparison.Ordinal) || manifest.Path.EndsWith(".yml", StringComparison.Ordinal)))
            {
                continue;
            }

            var slash = manifest.Path.LastIndexOf('/');
            var folder = slash < 0 ? string.Empty : manifest.Path.Substring(0, slash);
            Add(entries, folder, manifest.Path.Substring(slash + 1));

            // Each ancestor lists the child folder on the way down.
            while (folder.Length > 0)
            {
                var parentSlash = folder.LastIndexOf('/');
                var parent = parentSlash < 0 ? string.Empty : folder.Substring(0, parentSlash);
                Add(entries, parent, folder.Substring(parentSlash + 1));
                folder = parent;
            }
        }

        var files = new List<(EmbeddedManifest, string)>();
        foreach (var pair in entries)
        {
            var path = pair.Key.Length == 0 ? FileName : pair.Key + "/" + FileName;
            var text = new StringBuilder(ManifestHeader.For("the KubeDslKustomization build property"))
                .Append("apiVersion: kustomize.config.k8s.io/v1beta1\n")
                .Append("kind: Kustomization\n")
                .Append("resources:\n");
            foreach (var entry in pair.Value)
            {
                text.Append("- ").Append(YamlScalarStyle.NeedsQuotes(entry) ? YamlScalarStyle.DoubleQuote(entry) : entry).Append('\n');
            }

            var file = Path.GetFullPath(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
            files.Add((new EmbeddedManifest(path, "KubeDslKustomization", text.ToString()) { IsResource = false }, file));
        }

        return files;
    }

    private static void Add(SortedDictionary<string, SortedSet<string>> entries, string folder, string entry)
    {
        if (!entries.TryGetValue(folder, out var set))
        {
            entries[folder] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(entry);
    }
}
