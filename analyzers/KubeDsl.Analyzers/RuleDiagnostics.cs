using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Analyzers;

/// <summary>The Roslyn descriptors of the rule catalogue, made once.</summary>
internal static class RuleDiagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalog.Descriptors.ToDictionary(d => d.Id, Create);

    /// <summary>Every rule descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleCatalog.Descriptors.Select(d => ById[d.Id]).ToImmutableArray();

    /// <summary>Diagnostic property: the text the finding is about (the string a code fix replaces).</summary>
    public const string OriginalProperty = "KubeDsl.Original";

    /// <summary>Diagnostic property: the text to write instead, when the rule knows it.</summary>
    public const string ReplacementProperty = "KubeDsl.Replacement";

    /// <summary>Diagnostic property: the assembly attribute that declares the missing object as managed elsewhere.</summary>
    public const string AttributeProperty = "KubeDsl.Attribute";

    /// <summary>Diagnostic property: the missing object's name.</summary>
    public const string NameProperty = "KubeDsl.Name";

    /// <summary>Diagnostic property: the namespace the declaration of the missing object gives, when it must give one.</summary>
    public const string NamespaceProperty = "KubeDsl.Namespace";

    /// <summary>Diagnostic property: the C# member path a code fix sets (see <see cref="RuleFinding.SetMember"/>).</summary>
    public const string MemberProperty = "KubeDsl.Member";

    /// <summary>Diagnostic property: the C# expression a code fix writes to <see cref="MemberProperty"/>.</summary>
    public const string ValueProperty = "KubeDsl.Value";

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    /// <summary>The Roslyn severity of a rule severity.</summary>
    public static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Environments), DiagnosticDescriptor> ByEnvironment = new();

    /// <summary>
    /// The descriptor for a finding in environment variants: the same id, with the environments in front of the
    /// message (<c>[prod, staging] ...</c>) so the IDE says where the value is wrong.
    /// </summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule, IReadOnlyList<string> environments)
    {
        if (environments.Count == 0)
        {
            return ById[rule.Id];
        }

        var names = string.Join(", ", environments).Replace("{", "{{").Replace("}", "}}");
        return ByEnvironment.GetOrAdd((rule.Id, names), key =>
        {
            var plain = ById[key.Id];
            return new DiagnosticDescriptor(plain.Id, plain.Title, "[" + key.Environments + "] " + rule.MessageFormat, plain.Category, plain.DefaultSeverity, plain.IsEnabledByDefault, helpLinkUri: plain.HelpLinkUri, customTags: plain.CustomTags.ToArray());
        });
    }

    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        rule.MessageFormat,
        rule.Category,
        Severity(rule.Severity),
        isEnabledByDefault: rule.EnabledByDefault,
        helpLinkUri: rule.HelpLink,
        // Cross-resource rules need every definition, so they report when the compilation ends.
        customTags: rule.CrossResource || rule.Category == RuleDescriptor.References ? [WellKnownDiagnosticTags.CompilationEnd] : []);
}
