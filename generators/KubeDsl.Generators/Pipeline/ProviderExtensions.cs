using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Joins the members evaluated in different steps into one list, compared by content.</summary>
internal static class ProviderExtensions
{
    /// <summary>The items of all three providers in order, as one value that is unchanged while every item is.</summary>
    public static IncrementalValueProvider<ImmutableArray<T>> Concat<T>(this IncrementalValuesProvider<T> first, IncrementalValuesProvider<T> second, IncrementalValuesProvider<T> third) =>
        first.Collect().Combine(second.Collect()).Combine(third.Collect())
            .Select(static (parts, _) => parts.Left.Left.AddRange(parts.Left.Right).AddRange(parts.Right))
            .WithComparer(SequenceComparer<T>.Instance);

    private sealed class SequenceComparer<T> : IEqualityComparer<ImmutableArray<T>>
    {
        public static readonly SequenceComparer<T> Instance = new();

        public bool Equals(ImmutableArray<T> x, ImmutableArray<T> y) => x.SequenceEqual(y);

        public int GetHashCode(ImmutableArray<T> obj)
        {
            var hash = obj.Length;
            foreach (var item in obj)
            {
                hash = (hash * 31) + (item?.GetHashCode() ?? 0);
            }

            return hash;
        }
    }
}
