using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KubeDsl.Documents;

namespace KubeDsl.Build;

/// <summary>What a run of the writer did, or would do.</summary>
internal sealed class WriteResult
{
    public List<string> Written { get; } = new();

    /// <summary>The files of <see cref="Written"/> that did not exist before.</summary>
    public HashSet<string> Created { get; } = new();

    public List<string> Unchanged { get; } = new();

    public List<string> Pruned { get; } = new();

    public List<(string Code, string File, string Message)> Errors { get; } = new();
}

/// <summary>
/// Brings the manifests folder in line with the manifests of one assembly. It writes a file only when its bytes
/// change (atomically, through a temporary file and a rename), deletes only files that carry the generated
/// header and are no longer produced, never writes outside the folder and never overwrites a hand-written file.
/// </summary>
internal static class ManifestWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="manifests">The files the definitions produce.</param>
    /// <param name="outputDirectory">The manifests folder.</param>
    /// <param name="verify">Only compare: report in <see cref="WriteResult.Written"/> and <see cref="WriteResult.Pruned"/> what a sync would change, and change nothing.</param>
    /// <param name="kustomization">Also write a kustomization.yaml in every folder with resources, listing them.</param>
    /// <param name="project">
    /// The project file whose manifests these are. The folder then belongs to it (<see cref="OwnerFile"/>), and a
    /// folder another existing project owns is refused with KD0014 before anything is written: each project
    /// prunes what it does not produce, so two projects in one folder would delete each other's files.
    /// </param>
    public static WriteResult Sync(IReadOnlyList<EmbeddedManifest> manifests, string outputDirectory, bool verify = false, bool kustomization = false, string? project = null)
    {
        var result = new WriteResult();
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var rootWithSeparator = root + Path.DirectorySeparatorChar;
        if (project is not null && (manifests.Count > 0 || Directory.Exists(root)) && ClaimFolder(root, Path.GetFullPath(project), verify) is { } owner)
        {
            result.Errors.Add((BuildErrorCodes.SharedOutputFolder, Path.Combine(root, OwnerFile), "Both " + owner + " and " + Path.GetFullPath(project) + " write manifests into " + root
                + "; each project prunes the files it does not produce, so they would delete each other's. Give each project its own KubeDslOutputPath (a subfolder each), or delete " + OwnerFile + " there if " + owner + " no longer writes to it"));
            return result;
        }

        var produced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new List<(EmbeddedManifest Manifest, string File)>();

        foreach (var manifest in manifests)
        {
            var problem = ManifestPath.Problem(manifest.Path);
            var file = problem is null ? Path.GetFullPath(Path.Combine(root, manifest.Path.Replace('/', Path.DirectorySeparatorChar))) : null;
            if (problem is null && !file!.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            {
                problem = "it resolves to " + file + ", outside " + root;
            }

            if (problem is not null)
            {
                result.Errors.Add((BuildErrorCodes.InvalidPath, manifest.Path, "Manifest path '" + manifest.Path + "' from " + manifest.SourceMember + " is invalid: " + problem));
                continue;
            }

            if (!produced.Add(file!))
            {
                result.Errors.Add((BuildErrorCodes.DuplicatePath, file!, "Manifest path '" + manifest.Path + "' is produced more than once (the second time by " + manifest.SourceMember + ")"));
                continue;
            }

            targets.Add((manifest, file!));
        }

        if (result.Errors.Count > 0)
        {
            return result;
        }

        if (kustomization)
        {
            foreach (var (manifest, file) in Kustomization.For(targets, root))
            {
                if (!produced.Add(file))
                {
                    result.Errors.Add((BuildErrorCodes.DuplicatePath, file, "Manifest path '" + manifest.Path + "' is also the kustomization.yaml KubeDslKustomization writes; rename the manifest or turn the property off"));
                    continue;
                }

                targets.Add((manifest, file));
            }

            if (result.Errors.Count > 0)
            {
                return result;
            }
        }

        foreach (var (manifest, file) in targets)
        {
            var bytes = Utf8NoBom.GetBytes(manifest.Content);
            var (state, problem) = Compare(file, bytes);
            switch (state)
            {
                case FileState.Unreadable:
                    result.Errors.Add((BuildErrorCodes.UnreadableFile, file, "Cannot read " + file + " to compare it with the manifest of " + manifest.SourceMember + ": " + problem));
                    continue;
                case FileState.Unchanged:
                    result.Unchanged.Add(file);
                    continue;
                case FileState.HandWritten:
                    result.Errors.Add((BuildErrorCodes.HandWrittenFile, file, "Refusing to overwrite " + file + " with the manifest of " + manifest.SourceMember + ": the file was not generated by KubeDsl (it does not start with '" + ManifestHeader.Marker + "'). Move or delete it, or choose another [Manifest] path"));
                    continue;
                case FileState.Missing:
                    result.Created.Add(file);
                    break;
            }

            if (!verify)
            {
                WriteAtomically(file, bytes);
            }

            result.Written.Add(file);
        }

        if (Directory.Exists(root))
        {
            Prune(root, produced, result, verify);
        }

        return result;
    }

    /// <summary>
    /// The file in a manifests folder naming the project that writes it, as a path relative to the folder with
    /// forward slashes, so it reads the same on every clone (teams commit the folder).
    /// </summary>
    public const string OwnerFile = ".kubedsl-project";

    /// <summary>
    /// Makes <paramref name="project"/> the folder's owner unless another existing project is: that project's path
    /// is returned. A recorded project that no longer exists (moved, renamed) gives the folder up. Creating the file
    /// is atomic (CreateNew), so of two projects building at once exactly one becomes the owner. Verify mode only
    /// checks.
    /// </summary>
    private static string? ClaimFolder(string root, string project, bool verify)
    {
        var file = Path.Combine(root, OwnerFile);
        var claim = RelativePath(root, project) + "\n";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            string? recorded = null;
            try
            {
                recorded = File.ReadAllText(file, Utf8NoBom).Trim();
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
            }

            if (recorded is not null)
            {
                var owner = Path.GetFullPath(Path.Combine(root, recorded.Replace('/', Path.DirectorySeparatorChar)));
                if (string.Equals(owner, project, StringComparison.Ordinal))
                {
                    return null;
                }

                if (File.Exists(owner))
                {
                    return owner;
                }

                if (!verify)
                {
                    WriteAtomically(file, Utf8NoBom.GetBytes(claim));
                }

                return null;
            }

            if (verify)
            {
                return null;
            }

            try
            {
                Directory.CreateDirectory(root);
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                var bytes = Utf8NoBom.GetBytes(claim);
                stream.Write(bytes, 0, bytes.Length);
                return null;
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another build created it first: read whom it names.
            }
        }

        return null;
    }

    // Path.GetRelativePath is not in netstandard2.0; a file URI relative to the folder's gives the same.
    private static string RelativePath(string root, string file)
    {
        var relative = new Uri(root + Path.DirectorySeparatorChar).MakeRelativeUri(new Uri(file));
        return relative.IsAbsoluteUri ? file.Replace('\\', '/') : Uri.UnescapeDataString(relative.OriginalString);
    }

    private enum FileState
    {
        /// <summary>Not there yet: the manifest is written.</summary>
        Missing,

        /// <summary>Generated with other bytes: the manifest is written over it.</summary>
        Stale,
        Unchanged,
        HandWritten,
        Unreadable,
    }

    private static (FileState State, string? Problem) Compare(string file, byte[] bytes)
    {
        byte[] existing;
        try
        {
            existing = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (FileState.Missing, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (FileState.Unreadable, e.Message);
        }

        return existing.AsSpan().SequenceEqual(bytes) ? (FileState.Unchanged, null)
            : IsGenerated(existing) ? (FileState.Stale, null)
            : (FileState.HandWritten, null);
    }

    private static void Prune(string root, HashSet<string> produced, WriteResult result, bool verify)
    {
        // A subfolder with an owner file of its own belongs to that project (KubeDslOutputPath inside this one's).
        var owned = Directory.EnumerateFiles(root, OwnerFile, SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)! + Path.DirectorySeparatorChar)
            .Where(d => d.Length > root.Length + 1)
            .ToList();
        var candidates = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => ManifestPath.HasManifestExtension(f, StringComparison.OrdinalIgnoreCase))
            .Where(f => !produced.Contains(f))
            .Where(f => !owned.Exists(d => f.StartsWith(d, StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        foreach (var file in candidates)
        {
            if (StartsWithMarker(file))
            {
                if (!verify)
                {
                    File.Delete(file);
                    RemoveEmptyParents(Path.GetDirectoryName(file)!, root);
                }

                result.Pruned.Add(file);
            }
        }
    }

    // Folders emptied by pruning go too, so renaming a path leaves no empty tree behind; the root stays.
    private static void RemoveEmptyParents(string directory, string root)
    {
        while (directory.Length > root.Length && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    private static bool StartsWithMarker(string file)
    {
        var marker = Utf8NoBom.GetBytes(ManifestHeader.Marker);
        var buffer = new byte[marker.Length];
        using var stream = File.OpenRead(file);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return buffer.AsSpan().SequenceEqual(marker);
    }

    private static bool IsGenerated(byte[] content)
    {
        var marker = Utf8NoBom.GetBytes(ManifestHeader.Marker);
        return content.Length >= marker.Length && content.AsSpan(0, marker.Length).SequenceEqual(marker);
    }

    /// <summary>
    /// Writes through a temporary file in the same folder, then replaces or moves it into place, so a reader (the
    /// compiler, kubectl, a design-time build running beside this one) never sees half a file.
    /// </summary>
    internal static void WriteAtomically(string file, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(file) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(file))
            {
                File.Replace(temporary, file, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, file);
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
