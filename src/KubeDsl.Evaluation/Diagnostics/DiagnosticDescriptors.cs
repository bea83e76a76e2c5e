using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>Every diagnostic the generator reports, in id order. Each id has a page at docs/rules/&lt;ID&gt;.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Evaluation = "KubeDsl.Evaluation";
    private const string Build = "KubeDsl.Build";
    private const string HelpBase = "https://github.com/kubedsl/kubedsl/blob/main/docs/rules/";

    /// <summary>A construct outside the evaluable subset of C#.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "KD0001",
        "Construct cannot be evaluated at build time",
        "{0} cannot be evaluated at build time: {1}",
        Evaluation);

    /// <summary>Evaluation ran past its step or call-depth budget.</summary>
    public static readonly DiagnosticDescriptor BudgetExceeded = Create(
        "KD0002",
        "Evaluation budget exceeded",
        "Evaluating {0} exceeded the {1}; look for a loop that does not end or unbounded recursion in the helpers it calls",
        Evaluation);

    /// <summary>Two members write the same file.</summary>
    public static readonly DiagnosticDescriptor DuplicateManifestPath = Create(
        "KD0003",
        "Two manifests write the same file",
        "Manifest path '{0}' is also used by {1}; give each [Manifest] its own path, or return both resources from one member to put them in one file",
        Build);

    /// <summary>The path is not a relative YAML path inside the output folder.</summary>
    public static readonly DiagnosticDescriptor InvalidManifestPath = Create(
        "KD0004",
        "Invalid manifest path",
        "Manifest path '{0}' is invalid: {1}",
        Build);

    /// <summary>The attributed member cannot be a manifest.</summary>
    public static readonly DiagnosticDescriptor InvalidManifestMember = Create(
        "KD0005",
        "Member cannot be a manifest",
        "[Manifest] member {0} {1}",
        Evaluation);

    /// <summary>The code would throw when run, so there is no value to write.</summary>
    public static readonly DiagnosticDescriptor ValueWouldThrow = Create(
        "KD0006",
        "Expression would throw at run time",
        "{0}",
        Evaluation);

    /// <summary>The value has a type the YAML mapping does not cover.</summary>
    public static readonly DiagnosticDescriptor UnsupportedValueType = Create(
        "KD0007",
        "Value type has no YAML form",
        "A value of type {0} cannot be written to YAML{1}",
        Evaluation);

    /// <summary>A value evaluates but does not fit the files its type writes (SparkSubmit, Airflow pod templates).</summary>
    public static readonly DiagnosticDescriptor InvalidManifestValue = Create(
        "KD0010",
        "Definition does not fit the files it writes",
        "{0}",
        Evaluation);

    /// <summary>A values file that is missing, does not parse, or does not fit the type a definition reads it as.</summary>
    public static readonly DiagnosticDescriptor InvalidValuesFile = Create(
        "KD0013",
        "Values file cannot be read as the type the definition asks for",
        "{0}",
        Evaluation);

    /// <summary>
    /// Two resources of one output tree are the same object (API group, kind, namespace, name): each file is valid,
    /// but Kustomize, Argo CD and Flux refuse or keep flipping the folder.
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicateResource = Create(
        "KD0016",
        "Two files of one output tree describe the same object",
        "{0} in '{1}' is also written to {2}; Kustomize, Argo CD and Flux refuse a folder that holds one object twice: give one another name or namespace, or write each in a build of its own",
        Build,
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
