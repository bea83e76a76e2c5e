namespace KubeDsl.Rules;

/// <summary>How bad a finding is by default; users change it per id in .editorconfig.</summary>
internal enum RuleSeverity
{
    /// <summary>The operator or Kubernetes rejects the resource, or the job cannot start.</summary>
    Error,

    /// <summary>It starts, but is very likely wrong.</summary>
    Warning,

    /// <summary>Advice.</summary>
    Info,
}

/// <summary>
/// The catalogue entry of one rule id: what the IDE shows and where the docs page is. The message format takes
/// the arguments a rule passes with each finding ({0}, {1}, ...).
/// </summary>
internal sealed record RuleDescriptor(string Id, string Title, string Category, RuleSeverity Severity, string MessageFormat)
{
    /// <summary>True for rules over all resources of a compilation, reported when the compilation ends.</summary>
    public bool CrossResource { get; init; }

    /// <summary>
    /// False for advice a project turns on in .editorconfig (<c>dotnet_diagnostic.&lt;id&gt;.severity</c>, or
    /// <c>--severity</c> of kubedsl validate); such a rule reports nothing until then.
    /// </summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>The category of Kubernetes rules (KD1xxx).</summary>
    public const string Kubernetes = "KubeDsl.Kubernetes";

    /// <summary>The category of Spark rules (KD2xxx).</summary>
    public const string Spark = "KubeDsl.Spark";

    /// <summary>The category of Flink rules (KD3xxx).</summary>
    public const string Flink = "KubeDsl.Flink";

    /// <summary>The category of Airflow rules (KD4xxx).</summary>
    public const string Airflow = "KubeDsl.Airflow";

    /// <summary>The category of cross-resource rules (KD5xxx).</summary>
    public const string References = "KubeDsl.References";

    /// <summary>The category of security rules (KD6xxx): the Pod Security Standards.</summary>
    public const string Security = "KubeDsl.Security";

    /// <summary>The docs page of the id.</summary>
    public string HelpLink => "https://github.com/kubedsl/kubedsl/blob/main/docs/rules/" + Id + ".md";
}
