using System.Collections.Generic;
using KubeDsl.Rules;

namespace KubeDsl.CustomResources;

/// <summary>
/// The ids CRD import reports, KD8xxx (docs/adr/0015): about the CRD files themselves, not about C# or manifests,
/// so they are kept apart from <see cref="RuleCatalog"/> as the YAML front end's are (<see cref="InputRules"/>).
/// </summary>
internal static class CrdImportRules
{
    /// <summary>The category of CRD import's ids.</summary>
    public const string Category = "KubeDsl.CrdImport";

    public static readonly RuleDescriptor InvalidFile = new(
        "KD8001", "CRD file cannot be imported", Category, RuleSeverity.Error,
        "{0}");

    public static readonly RuleDescriptor Unsupported = new(
        "KD8002", "Schema construct no C# type expresses", Category, RuleSeverity.Warning,
        "{0} at {1}: written as {2}");

    public static readonly RuleDescriptor NameCollision = new(
        "KD8003", "Two schema paths give one C# name", Category, RuleSeverity.Warning,
        "{0} would be named {1}, as {2} is; it is named {3}");

    public static readonly RuleDescriptor NoSuchVersion = new(
        "KD8004", "CRD has no such version", Category, RuleSeverity.Error,
        "The CRD {0} has no version {1}; it has {2}");

    public static readonly RuleDescriptor NoNamespace = new(
        "KD8005", "CRD item without a C# namespace", Category, RuleSeverity.Error,
        "The KubeDslCrd item {0} needs Namespace metadata that is a C# namespace (Namespace=\"Acme.Platform\"); it has \"{1}\"");

    /// <summary>The ids above, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { InvalidFile, Unsupported, NameCollision, NoSuchVersion, NoNamespace };
}
