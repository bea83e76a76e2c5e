using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Rules;

/// <summary>
/// The ids only the YAML front end (kubedsl validate) reports, KD7xxx (docs/adr/0009): files that cannot be read
/// as Kubernetes YAML. Values a schema refuses are the rule catalogue's KD1011-KD1022, in both front ends. Kept apart from <see cref="RuleCatalog"/>, whose ids the
/// analyzers declare.
/// </summary>
internal static class InputRules
{
    /// <summary>The category of the YAML front end's ids.</summary>
    public const string Category = "KubeDsl.Schema";

    public static readonly RuleDescriptor NotYaml = new(
        "KD7001", "Not valid YAML", Category, RuleSeverity.Error,
        "The file is not valid YAML ({0}); nothing after this point is checked");

    public static readonly RuleDescriptor NotText = new(
        "KD7002", "File is not YAML text", Category, RuleSeverity.Error,
        "The file cannot be read as YAML text: {0}");

    public static readonly RuleDescriptor NotResource = new(
        "KD7003", "Document is not a resource", Category, RuleSeverity.Error,
        "{0}; kubectl applies only mappings with apiVersion and kind");

    /// <summary>
    /// Ids this front end reported for schema problems until the one schema validator moved to Core (docs/adr/0016):
    /// each with its title and the ids of the rule catalogue that report the same problems now, in both front ends.
    /// Their pages say so; the release file lists them as removed.
    /// </summary>
    public static IReadOnlyList<(string Id, string Title, string ReplacedBy)> Retired { get; } = new[]
    {
        ("KD7010", "Field the schema does not have", "KD1011"),
        ("KD7011", "Value of the wrong type", "KD1012"),
        ("KD7012", "Required field missing", "KD1013"),
        ("KD7013", "Value the schema does not allow", "KD1014"),
        ("KD7014", "Value outside the schema's limits", "KD1015, KD1016, KD1017, KD1018, KD1019, KD1021, KD1022"),
        ("KD7015", "API version or kind the operator does not serve", "KD1020"),
    };

    /// <summary>The ids above, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { NotYaml, NotText, NotResource };

    /// <summary>Every id the command can report: the rule catalogue's and these.</summary>
    public static IReadOnlyList<RuleDescriptor> Everything { get; } = RuleCatalog.Descriptors.Concat(All).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}
