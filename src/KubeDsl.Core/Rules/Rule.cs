using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;

namespace KubeDsl.Rules;

/// <summary>One finding: the rule, the document node holding the offending value, and the message arguments.</summary>
internal sealed record RuleFinding(RuleDescriptor Descriptor, DocNode At, string[] Arguments)
{
    /// <summary>For a finding about a mapping key: where the key was written, preferred over the value's place.</summary>
    public SourceOrigin? KeyOrigin { get; init; }

    /// <summary>When the fix is to write another text instead of the offending one: that text (a code fix offers it).</summary>
    public string? Replacement { get; init; }

    /// <summary>The text <see cref="Replacement"/> replaces, when it is not the value at <see cref="At"/> (a key).</summary>
    public string? Original { get; init; }

    /// <summary>
    /// When the fix is to declare an object as managed elsewhere: the attribute's name, the object's name and, when
    /// the declaration must say where it is, its namespace (docs/managed-elsewhere.md).
    /// </summary>
    public (string Attribute, string Name, string? Namespace)? Declaration { get; init; }

    /// <summary>How bad this finding is when it differs from the descriptor's default (a Pod Security finding in a
    /// namespace that enforces the level is an error, elsewhere a warning).</summary>
    public RuleSeverity? Severity { get; init; }

    /// <summary>
    /// When the fix is to set a C# member: the member path from the object at the finding (<c>SecurityContext:V1SecurityContext/RunAsNonRoot</c>,
    /// a type after the colon for objects to create on the way; empty to replace the expression itself, <c>-</c> to
    /// remove its assignment) and the C# expression to write.
    /// </summary>
    public (string Member, string Value)? SetMember { get; init; }

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments);
}

/// <summary>A check of one resource (one YAML document): a pure function of the document tree.</summary>
internal abstract class ResourceRule
{
    /// <summary>The ids this rule reports.</summary>
    public abstract IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Looks at <see cref="ResourceContext.Resource"/> and reports what is wrong.</summary>
    public abstract void Check(ResourceContext context);
}

/// <summary>What a <see cref="ResourceRule"/> sees of one resource, and where it reports.</summary>
internal sealed class ResourceContext
{
    private readonly List<RuleFinding> findings;

    public ResourceContext(DocMapping resource, List<RuleFinding> findings, RuleSettings? settings = null)
    {
        Resource = resource;
        Settings = settings ?? RuleSettings.Default;
        this.findings = findings;
        Kind = Doc.Text(resource["kind"]);
        ApiVersion = Doc.Text(resource["apiVersion"]);
        Metadata = resource["metadata"] as DocMapping;
        Namespace = Doc.Text(Metadata?["namespace"]);
    }

    /// <summary>The project's targets (operator versions, operator defaults).</summary>
    public RuleSettings Settings { get; }

    /// <summary>The resource's document.</summary>
    public DocMapping Resource { get; }

    /// <summary><c>kind</c>, when the document has one.</summary>
    public string? Kind { get; }

    /// <summary><c>apiVersion</c>, when the document has one.</summary>
    public string? ApiVersion { get; }

    /// <summary><c>metadata</c>, when set.</summary>
    public DocMapping? Metadata { get; }

    /// <summary><c>metadata.namespace</c>, when set.</summary>
    public string? Namespace { get; }

    /// <summary><c>spec</c>, when it is a mapping.</summary>
    public DocMapping? Spec => Resource["spec"] as DocMapping;

    /// <summary>True for a resource of the Spark operator's API group.</summary>
    public bool IsSparkOperator => ApiVersion?.StartsWith("sparkoperator.k8s.io/", System.StringComparison.Ordinal) == true;

    /// <summary>True for a resource of the Flink operator's API group.</summary>
    public bool IsFlinkOperator => ApiVersion?.StartsWith("flink.apache.org/", System.StringComparison.Ordinal) == true;

    /// <summary>Reports <paramref name="descriptor"/> at <paramref name="at"/>.</summary>
    public void Report(RuleDescriptor descriptor, DocNode at, params string[] arguments) => findings.Add(new RuleFinding(descriptor, at, arguments));

    /// <summary>Reports a finding whose fix is to write <paramref name="replacement"/> instead of the scalar at <paramref name="at"/>.</summary>
    public void ReportWithReplacement(RuleDescriptor descriptor, DocNode at, string replacement, params string[] arguments) =>
        findings.Add(new RuleFinding(descriptor, at, arguments) { Replacement = replacement });

    /// <summary>Reports a finding whose fix is to declare the object with <paramref name="attribute"/>.</summary>
    public void ReportMissing(RuleDescriptor descriptor, DocNode at, string attribute, string name, params string[] arguments) =>
        findings.Add(new RuleFinding(descriptor, at, arguments) { Declaration = (attribute, name, null) });

    /// <summary>As <see cref="ReportMissing"/>, for an object the declaration places in <paramref name="ns"/>.</summary>
    public void ReportMissingIn(RuleDescriptor descriptor, DocNode at, string attribute, string name, string ns, params string[] arguments) =>
        findings.Add(new RuleFinding(descriptor, at, arguments) { Declaration = (attribute, name, ns) });

    /// <summary>Reports a finding about the key of <paramref name="entry"/> whose fix is to write <paramref name="replacement"/> as the key.</summary>
    public void ReportKeyWithReplacement(RuleDescriptor descriptor, DocEntry entry, string replacement, params string[] arguments) =>
        findings.Add(new RuleFinding(descriptor, entry.Value, arguments) { KeyOrigin = entry.KeyOrigin, Replacement = replacement, Original = entry.Key });

    /// <summary>Adds a finding built by the caller (one with a severity or a fix of its own).</summary>
    public void Report(RuleFinding finding) => findings.Add(finding);

    /// <summary>Reports <paramref name="descriptor"/> about the key of <paramref name="entry"/>.</summary>
    public void ReportKey(RuleDescriptor descriptor, DocEntry entry, params string[] arguments) =>
        findings.Add(new RuleFinding(descriptor, entry.Value, arguments) { KeyOrigin = entry.KeyOrigin });
}
