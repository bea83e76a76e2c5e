using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Rules;

/// <summary>
/// The ids only the YAML front end (kubedsl validate) reports, KD7xxx (docs/adr/0009): files that cannot be read
/// as Kubernetes YAML, and values a schema refuses. Kept apart from <see cref="RuleCatalog"/>, whose ids the
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

    public static readonly RuleDescriptor UnknownField = new(
        "KD7010", "Field the schema does not have", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor WrongType = new(
        "KD7011", "Value of the wrong type", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor MissingRequired = new(
        "KD7012", "Required field missing", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor NotInEnum = new(
        "KD7013", "Value the schema does not allow", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor Constraint = new(
        "KD7014", "Value outside the schema's limits", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    public static readonly RuleDescriptor ApiVersion = new(
        "KD7015", "API version or kind the operator does not serve", Category, RuleSeverity.Error,
        "The {0} refuses {1}: {2}");

    /// <summary>The ids above, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { NotYaml, NotText, NotResource, UnknownField, WrongType, MissingRequired, NotInEnum, Constraint, ApiVersion };

    /// <summary>Every id the command can report: the rule catalogue's and these.</summary>
    public static IReadOnlyList<RuleDescriptor> Everything { get; } = RuleCatalog.Descriptors.Concat(All).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}
