using System.Reflection;
using KubeDsl.Documents;

namespace KubeDsl.Tests.Architecture;

/// <summary>The dependency rules of the assemblies, checked on what the compiler actually referenced.</summary>
public class AssemblyReferenceTests
{
    private static readonly Assembly Core = typeof(DocNode).Assembly;

    [Fact]
    public void Core_holding_the_tree_emitter_and_rules_references_no_Roslyn()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Equal("KubeDsl.Core", Core.GetName().Name);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("KubeDsl", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_live_in_core_and_the_runtime_uses_the_same_copy_of_the_tree()
    {
        Assert.Same(Core, typeof(KubeDsl.Rules.RuleCatalog).Assembly);
        Assert.Contains(typeof(KubeDslYaml).Assembly.GetReferencedAssemblies(), a => a.Name == "KubeDsl.Core");
        Assert.DoesNotContain(typeof(KubeDslYaml).Assembly.GetTypes(), t => t.FullName == typeof(DocNode).FullName);
    }
}
