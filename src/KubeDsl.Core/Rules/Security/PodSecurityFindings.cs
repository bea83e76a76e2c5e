using System;
using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// Where the Pod Security checks of one resource report: each finding gets the severity and the reason its
/// namespace gives the level, and a node reported by two pods (a Flink base template's container is in the
/// JobManager and the TaskManager pods) is reported once.
/// </summary>
internal sealed class PodSecurityFindings
{
    private readonly ResourceContext context;
    private readonly Func<PodSecurityLevel, (RuleSeverity Severity, string Reason)?> verdict;
    private readonly HashSet<(string Id, DocNode Node, string Field)> seen = new(new Comparer());

    public PodSecurityFindings(ResourceContext context, Func<PodSecurityLevel, (RuleSeverity Severity, string Reason)?> verdict)
    {
        this.context = context;
        this.verdict = verdict;
    }

    /// <summary>True when something asks for <paramref name="level"/> here, so its checks are worth running.</summary>
    public bool Wants(PodSecurityLevel level) => verdict(level) is not null;

    /// <summary>Reports a value that is set and not allowed: <c>{who} sets {path}: {value}</c>.</summary>
    public void Set(RuleDescriptor descriptor, PodSecurityLevel level, string who, Found found, (string Member, string Value)? fix = null, string? replacement = null) =>
        Add(descriptor, level, who, found.Node, found.Path, "sets " + found.Path + (found.Node is DocMapping ? string.Empty : ": " + Show(found.Node)), fix, replacement);

    /// <summary>Reports a setting a container lacks, at its security context (or the container when it has none).</summary>
    public void Missing(RuleDescriptor descriptor, PodSecurityLevel level, ContainerView container, string field, string member, string value)
    {
        if (container.SecurityContexts.Count > 0)
        {
            var context = container.SecurityContexts[0];
            Add(descriptor, level, container.Description, context.Map, context.Path, "does not set " + context.Path + "." + field, (member, value), null);
        }
        else if (container.Hint is { } hint)
        {
            Add(descriptor, level, container.Description, container.Anchor, container.AnchorPath, "does not set securityContext." + field + " (" + hint + ")", null, null);
        }
        else
        {
            Add(descriptor, level, container.Description, container.Anchor, container.AnchorPath, "does not set " + container.AnchorPath + ".securityContext." + field,
                container.AnchorTakesSecurityContext ? ("SecurityContext:V1SecurityContext/" + member, value) : null, null);
        }
    }

    private void Add(RuleDescriptor descriptor, PodSecurityLevel level, string who, DocNode at, string field, string what, (string Member, string Value)? fix, string? replacement)
    {
        if (verdict(level) is not { } found || !seen.Add((descriptor.Id, at, field)))
        {
            return;
        }

        // Messages start with what the finding is about; the pod or container names begin in lower case.
        var subject = who.Length > 0 ? char.ToUpperInvariant(who[0]) + who.Substring(1) : who;
        context.Report(new RuleFinding(descriptor, at, [subject, what, PodSecurityLevels.Name(level), found.Reason])
        {
            Severity = found.Severity,
            SetMember = fix,
            Replacement = replacement,
        });
    }

    private static string Show(DocNode node) => node switch
    {
        DocScalar { Kind: ScalarKind.String } scalar => "'" + scalar.Text + "'",
        DocScalar scalar => scalar.Text,
        DocSequence sequence => "[" + string.Join(", ", System.Linq.Enumerable.Select(sequence.Items, Show)) + "]",
        _ => "{ ... }",
    };

    // Nodes are records with value equality; two equal nodes at different places are different findings.
    private sealed class Comparer : IEqualityComparer<(string Id, DocNode Node, string Field)>
    {
        public bool Equals((string Id, DocNode Node, string Field) x, (string Id, DocNode Node, string Field) y) =>
            x.Id == y.Id && ReferenceEquals(x.Node, y.Node) && x.Field == y.Field;

        public int GetHashCode((string Id, DocNode Node, string Field) obj) =>
            (obj.Id.GetHashCode() * 31) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Node);
    }
}
