using System.Text.RegularExpressions;

namespace KubeDsl.Rules;

/// <summary>
/// Kubernetes name and label syntax (k8s.io/apimachinery/pkg/util/validation): DNS-1123 labels and subdomains,
/// DNS-1035 labels, qualified names and label values.
/// </summary>
internal static class Names
{
    private static readonly Regex Dns1123Label = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex Dns1123Subdomain = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Dns1035Label = new("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex QualifiedNamePart = new("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant);

    /// <summary>Why <paramref name="name"/> is not a DNS-1035 label (a Service name), or null.</summary>
    public static string? Dns1035LabelProblem(string name) =>
        name.Length > 63 ? $"it is {name.Length} characters long, more than 63"
        : Dns1035Label.IsMatch(name) ? null
        : "it must start with a lower-case letter, contain only lower-case letters, digits and '-', and end with a letter or digit";

    /// <summary>Why <paramref name="name"/> is not a DNS-1123 label, or null.</summary>
    public static string? Dns1123LabelProblem(string name) =>
        name.Length > 63 ? $"it is {name.Length} characters long, more than 63"
        : Dns1123Label.IsMatch(name) ? null
        : "it must contain only lower-case letters, digits and '-', and start and end with a letter or digit";

    /// <summary>Why <paramref name="name"/> is not a DNS-1123 subdomain (most object names), or null.</summary>
    public static string? Dns1123SubdomainProblem(string name) =>
        name.Length > 253 ? $"it is {name.Length} characters long, more than 253"
        : Dns1123Subdomain.IsMatch(name) ? null
        : "it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit";

    /// <summary>Why <paramref name="key"/> is not a label or annotation key (an optional DNS prefix, '/', a name of at most 63 characters), or null.</summary>
    public static string? QualifiedNameProblem(string key)
    {
        var slash = key.IndexOf('/');
        var name = slash < 0 ? key : key.Substring(slash + 1);
        if (slash >= 0)
        {
            var prefix = key.Substring(0, slash);
            if (prefix.Length == 0 || Dns1123SubdomainProblem(prefix) is not null)
            {
                return $"the prefix '{prefix}' must be a DNS subdomain such as example.com";
            }
        }

        return name.Length == 0 ? "the name part is empty"
            : name.Length > 63 ? $"the name part is {name.Length} characters long, more than 63"
            : QualifiedNamePart.IsMatch(name) ? null
            : "the name part must start and end with a letter or digit and contain only letters, digits, '-', '_' and '.'";
    }

    /// <summary>Why <paramref name="value"/> is not a label value (at most 63 characters, may be empty), or null.</summary>
    public static string? LabelValueProblem(string value) =>
        value.Length == 0 ? null
        : value.Length > 63 ? $"it is {value.Length} characters long, more than 63"
        : QualifiedNamePart.IsMatch(value) ? null
        : "it must start and end with a letter or digit and contain only letters, digits, '-', '_' and '.'";
}
