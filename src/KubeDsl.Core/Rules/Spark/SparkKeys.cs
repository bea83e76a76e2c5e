using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KubeDsl.Rules.Spark;

/// <summary>Lookups over the curated Spark key lists (<see cref="SparkKubernetesKeys"/>, <see cref="SparkCoreKeys"/>).</summary>
internal static class SparkKeys
{
    // Keys whose release is read from source; the keys from docs only are known, with no release to compare.
    private static readonly IReadOnlyList<(string Key, string? Since)> All =
        SparkKubernetesKeys.All.Concat(SparkCoreKeys.All).Select(k => (k.Key, (string?)k.Since))
            .Concat(SparkCoreKeys.FromDocs.Select(k => (k.Key, (string?)null)))
            .ToList();

    private static readonly Dictionary<string, string?> Exact = All.Where(k => k.Key.IndexOf('[') < 0)
        .GroupBy(k => k.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Since, StringComparer.Ordinal);

    // "[Name]" parts are chosen by the user; a label key may itself contain dots.
    private static readonly (Regex Pattern, string? Since)[] Patterns = All.Where(k => k.Key.IndexOf('[') >= 0)
        .Select(k => (new Regex("^" + Regex.Replace(Regex.Escape(k.Key), "\\\\\\[[^\\]]*]", ".+") + "$", RegexOptions.CultureInvariant), k.Since))
        .ToArray();

    /// <summary>True when the lists know <paramref name="key"/>; <paramref name="since"/> is its release when known from source.</summary>
    public static bool IsKnown(string key, out string? since)
    {
        if (Exact.TryGetValue(key, out since))
        {
            return true;
        }

        // A key outside the exact list is tried against every pattern; definitions repeat the same keys, so the
        // answer is kept.
        var (known, patternSince) = PatternMatches.GetOrAdd(key, MatchPatterns);
        since = patternSince;
        return known;
    }

    private static readonly ConcurrentDictionary<string, (bool Known, string? Since)> PatternMatches = new(StringComparer.Ordinal);

    private static (bool Known, string? Since) MatchPatterns(string key)
    {
        foreach (var (pattern, since) in Patterns)
        {
            if (pattern.IsMatch(key))
            {
                return (true, since);
            }
        }

        return (false, null);
    }

    /// <summary>True when the lists hold every key of <paramref name="key"/>'s family, so a key missing from them is unknown to Spark.</summary>
    public static bool IsCompletelyListed(string key) =>
        key.StartsWith("spark.kubernetes.", StringComparison.Ordinal) || SparkCoreKeys.CompleteFamilies.Any(f => key.StartsWith(f, StringComparison.Ordinal));

    /// <summary>
    /// The known key <paramref name="key"/> most likely misspells: the same key in another case, or one within a
    /// couple of edits (more for long keys); null when none is that close.
    /// </summary>
    public static string? Closest(string key)
    {
        // Every unknown spark.* key of every definition asks, and most ask again (spark.sql.shuffle.partitions):
        // remember the answers. The cache stays small in practice; it is dropped if a project floods it.
        if (ClosestCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (ClosestCache.Count > 10_000)
        {
            ClosestCache.Clear();
        }

        var limit = Math.Max(2, key.Length / 10);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in Exact.Keys)
        {
            // Keys whose lengths differ by more than the limit cannot be within it.
            if (Math.Abs(known.Length - key.Length) > limit)
            {
                continue;
            }

            var distance = string.Equals(key, known, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(key, known);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(known, best) < 0))
            {
                bestDistance = distance;
                best = known;
            }
        }

        var result = bestDistance <= limit ? best : null;
        ClosestCache[key] = result;
        return result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> ClosestCache = new(StringComparer.Ordinal);

    // Levenshtein distance; keys are short, so the simple two-row form is enough.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
