using System.Reflection;
using KubeDsl.Generators.Diagnostics;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests;

/// <summary>Every diagnostic has a docs page and every page a diagnostic; ids are unique.</summary>
public class DiagnosticCatalogTests
{
    // Reported by the MSBuild task, which has no Roslyn descriptors.
    private static readonly string[] BuildTaskIds = ["KD0008", "KD0009"];

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Ids_are_unique_and_link_to_their_page()
    {
        var descriptors = Descriptors().ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLinkUri));
    }

    [Fact]
    public void Every_id_has_a_page_and_every_page_an_id()
    {
        var pages = Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "docs", "rules"), "KD*.md").Select(p => Path.GetFileNameWithoutExtension(p)!).Order().ToList();
        var ids = Descriptors().Select(d => d.Id).Concat(BuildTaskIds).Order().ToList();
        Assert.Equal(ids, pages);
    }
}
