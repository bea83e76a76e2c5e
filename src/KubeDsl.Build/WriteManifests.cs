using System;
using System.IO;
using KubeDsl.Documents;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeDsl.Build;

/// <summary>
/// MSBuild task run after compilation: writes the manifests the KubeDsl generator embedded in the assembly into
/// the manifests folder.
/// </summary>
public sealed class WriteManifests : Task
{
    /// <summary>The compiled assembly (the intermediate assembly in obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The manifests folder; relative paths are taken from <see cref="ProjectDirectory"/>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The project folder, to resolve a relative output folder and shorten paths in messages.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The project file (MSBuildProjectFullPath). When given, the manifests folder belongs to this project and a
    /// folder another project writes is an error (KD0014).
    /// </summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>
    /// Check mode for CI: write nothing, and fail listing every file that differs from what the definitions
    /// produce (missing, changed, or generated but no longer produced).
    /// </summary>
    public bool Verify { get; set; }

    /// <summary>Also write a kustomization.yaml listing the resources of each folder.</summary>
    public bool Kustomization { get; set; }

    /// <summary>Number of files written in this run, for tests and logs.</summary>
    [Output]
    public int WrittenCount { get; set; }

    /// <summary>Number of files deleted because no definition produces them any more.</summary>
    [Output]
    public int PrunedCount { get; set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        var output = Path.IsPathRooted(OutputDirectory) || ProjectDirectory.Length == 0
            ? OutputDirectory
            : Path.Combine(ProjectDirectory, OutputDirectory);

        // Timed for the summary below (-v:n), so a slow step shows in the build log.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        System.Collections.Generic.IReadOnlyList<EmbeddedManifest> manifests;
        try
        {
            manifests = ManifestReader.Read(AssemblyPath);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
        {
            Log.LogError(null, BuildErrorCodes.UnreadableAssembly, null, AssemblyPath, 0, 0, 0, 0, "KubeDsl could not read the manifests embedded in {0}: {1}", AssemblyPath, e.Message);
            return false;
        }

        var readTime = watch.ElapsedMilliseconds;
        var result = ManifestWriter.Sync(manifests, output, Verify, Kustomization, ProjectFile.Length == 0 ? null : ProjectFile);
        var syncTime = watch.ElapsedMilliseconds - readTime;
        foreach (var (code, file, message) in result.Errors)
        {
            Log.LogError(null, code, null, file, 0, 0, 0, 0, message);
        }

        if (Verify)
        {
            foreach (var file in result.Written)
            {
                Log.LogError(null, BuildErrorCodes.OutOfDate, null, file, 0, 0, 0, 0, "{0} {1}; build without KubeDslVerify and commit the result", Relative(file), result.Created.Contains(file) ? "is missing although the definitions produce it" : "differs from what the definitions produce");
            }

            foreach (var file in result.Pruned)
            {
                Log.LogError(null, BuildErrorCodes.OutOfDate, null, file, 0, 0, 0, 0, "{0} was generated but no definition produces it any more; build without KubeDslVerify and commit the deletion", Relative(file));
            }

            Log.LogMessage(MessageImportance.High, "KubeDsl: verified {0} manifests, {1} out of date", manifests.Count, result.Written.Count + result.Pruned.Count);
            return !Log.HasLoggedErrors;
        }

        foreach (var file in result.Written)
        {
            Log.LogMessage(MessageImportance.High, "KubeDsl: wrote {0}", Relative(file));
        }

        foreach (var file in result.Pruned)
        {
            Log.LogMessage(MessageImportance.High, "KubeDsl: deleted {0} (no definition produces it any more)", Relative(file));
        }

        Log.LogMessage(MessageImportance.Normal, "KubeDsl: {0} manifests, {1} written, {2} unchanged, {3} deleted (read from the assembly in {4} ms, synced with the folder in {5} ms)", manifests.Count, result.Written.Count, result.Unchanged.Count, result.Pruned.Count, readTime, syncTime);
        WrittenCount = result.Written.Count;
        PrunedCount = result.Pruned.Count;
        return !Log.HasLoggedErrors;
    }

    private string Relative(string file)
    {
        if (ProjectDirectory.Length == 0)
        {
            return file;
        }

        var root = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return file.StartsWith(root, StringComparison.Ordinal) ? file.Substring(root.Length) : file;
    }
}
