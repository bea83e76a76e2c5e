using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KubeDsl.Evaluation;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Analyzers.Caching;

/// <summary>
/// Keeps each member's result from one compilation of a project to the next, so a keystroke evaluates again only
/// the members whose source it touched. A result is kept while the compilation's options, references, rule
/// settings and values files are equal, no declaration changed (<see cref="TreeVersions"/>), and no edit touched a
/// span its evaluation read (<see cref="SourceRegions"/>): those are everything an evaluation depends on.
/// </summary>
/// <remarks>
/// One generation per project (by assembly name) is kept, the latest, for the most recent few projects; it holds
/// syntax trees and documents, never a compilation or a symbol, so an old compilation can be collected.
/// </remarks>
internal static class MemberResultCache
{
    private const int Projects = 8;

    private static readonly object Gate = new();
    private static readonly List<MemberResults> Latest = new();

    /// <summary>The generation of <paramref name="compilation"/>, holding the earlier generation's results that still hold.</summary>
    public static MemberResults Start(Compilation compilation, RuleSettings settings, IReadOnlyList<ValuesFileText> values, CancellationToken cancellationToken)
    {
        var current = new MemberResults(compilation, settings, values);
        lock (Gate)
        {
            var index = Latest.FindIndex(g => g.AssemblyName == current.AssemblyName);
            if (index >= 0)
            {
                current.CarryOver(Latest[index], cancellationToken);
                Latest.RemoveAt(index);
            }

            Latest.Add(current);
            if (Latest.Count > Projects)
            {
                Latest.RemoveAt(0);
            }
        }

        return current;
    }

    /// <summary>Forgets every kept result (the benchmark measures what they hold).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            Latest.Clear();
        }
    }

    /// <summary>The latest generation of the project named <paramref name="assemblyName"/> (for tests).</summary>
    public static MemberResults? Current(string assemblyName)
    {
        lock (Gate)
        {
            return Latest.FindLast(g => g.AssemblyName == assemblyName);
        }
    }
}

/// <summary>The results of one compilation's members, by the member's documentation id.</summary>
internal sealed class MemberResults
{
    private readonly CompilationOptions options;
    private readonly MetadataReference[] references;
    private readonly RuleSettings settings;
    private readonly IReadOnlyList<ValuesFileText> values;
    private readonly IReadOnlyList<SyntaxTree> trees;
    private readonly ConcurrentDictionary<string, MemberResult> results = new(System.StringComparer.Ordinal);

    public MemberResults(Compilation compilation, RuleSettings settings, IReadOnlyList<ValuesFileText> values)
    {
        AssemblyName = compilation.AssemblyName ?? string.Empty;
        options = compilation.Options;
        references = compilation.References.ToArray();
        this.settings = settings;
        this.values = values;
        trees = compilation.SyntaxTrees.ToArray();
    }

    public string AssemblyName { get; }

    /// <summary>How many results this generation took over from the one before (for tests).</summary>
    public int CarriedOver { get; private set; }

    /// <summary>The kept result of the member declared by <paramref name="declaration"/>, if it still holds there.</summary>
    public MemberResult? Find(string key, SyntaxNode declaration)
    {
        if (!results.TryGetValue(key, out var result))
        {
            return null;
        }

        var now = result.Regions.Locate(result.Member);
        return now is not null && now.SourceTree == declaration.SyntaxTree && now.SourceSpan == declaration.Span ? result : null;
    }

    /// <summary>How many members this generation evaluated itself (for tests).</summary>
    public int Evaluated => evaluated;

    private int evaluated;

    /// <summary>Keeps a member's fresh result for this compilation and the ones after it.</summary>
    public void Keep(string key, MemberResult result)
    {
        results[key] = result;
        Interlocked.Increment(ref evaluated);
    }

    internal void CarryOver(MemberResults before, CancellationToken cancellationToken)
    {
        if (before.AssemblyName != AssemblyName || !before.options.Equals(options) || !before.references.SequenceEqual(references, ReferenceIdentity.Instance)
            || !before.settings.Equals(settings) || !before.values.SequenceEqual(values))
        {
            return;
        }

        var paths = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
        foreach (var tree in before.trees)
        {
            if (paths.ContainsKey(tree.FilePath))
            {
                return;
            }

            paths[tree.FilePath] = tree;
        }

        if (TreeVersions.Between(paths, trees, cancellationToken) is not { } versions)
        {
            return;
        }

        foreach (var pair in before.results)
        {
            if (pair.Value.MovedTo(versions) is { } moved)
            {
                results[pair.Key] = moved;
                CarriedOver++;
            }
        }
    }

    private sealed class ReferenceIdentity : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceIdentity Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
