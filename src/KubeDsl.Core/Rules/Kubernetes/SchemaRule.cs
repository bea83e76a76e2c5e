using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Schemas;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// Each resource against its schema (<see cref="KnownSchemas"/>): what the API server refuses when the object is
/// applied, found where the value is made. One id per kind of constraint, KD1011-KD1022 (docs/adr/0016).
/// </summary>
internal sealed class SchemaRule : ResourceRule
{
    private static readonly RuleDescriptor[] ByKind =
    [
        RuleCatalog.SchemaUnknownField,
        RuleCatalog.SchemaWrongType,
        RuleCatalog.SchemaMissingRequired,
        RuleCatalog.SchemaNotInEnum,
        RuleCatalog.SchemaPattern,
        RuleCatalog.SchemaRange,
        RuleCatalog.SchemaLength,
        RuleCatalog.SchemaCount,
        RuleCatalog.SchemaDuplicate,
        RuleCatalog.SchemaApiVersion,
        RuleCatalog.SchemaAlternatives,
        RuleCatalog.SchemaFormat,
    ];

    private static readonly HashSet<RuleDescriptor> Ids = new(ByKind);

    public override IReadOnlyList<RuleDescriptor> Descriptors => ByKind;

    /// <summary>The id a kind of schema problem is reported under.</summary>
    public static RuleDescriptor For(SchemaProblemKind kind) => ByKind[(int)kind];

    public override void Check(ResourceContext context)
    {
        foreach (var problem in KnownSchemas.Check(context.Resource, context.Settings.FlinkMainBranch, context.Settings.CustomResources))
        {
            var path = problem.Path.Length == 0 ? "the document" : problem.Path;
            context.Report(new RuleFinding(For(problem.Kind), problem.At, [problem.Schema, path, problem.Message]) { KeyOrigin = problem.KeyOrigin });
        }
    }

    /// <summary>
    /// Drops the schema findings on a value another rule reported on, and unknown fields holding such a node (a
    /// finding about an object, such as a missing field, stays: rules report other things on objects): the rule knows
    /// why the value is wrong (a name's syntax, a pull policy's spelling, a field of a newer operator release) and
    /// says more.
    /// </summary>
    public static void RemoveJudged(List<RuleFinding> findings)
    {
        var judged = new HashSet<DocNode>(DocNodeIdentity.Instance);
        var keys = new HashSet<SourceOrigin>();
        foreach (var finding in findings)
        {
            if (!Ids.Contains(finding.Descriptor))
            {
                judged.Add(finding.At);
                if (finding.KeyOrigin is { } key)
                {
                    keys.Add(key);
                }
            }
        }

        if (judged.Count > 0)
        {
            findings.RemoveAll(f => Ids.Contains(f.Descriptor) && ((f.At is DocScalar && judged.Contains(f.At)) || (f.Descriptor == RuleCatalog.SchemaUnknownField && Holds(f.At, judged)) || (f.KeyOrigin is { } key && keys.Contains(key))));
        }
    }

    // True when the node, or a node inside it, is one a rule judged (a rule reading a field of a newer Kubernetes
    // release than the schema's knows the field the schema calls unknown).
    private static bool Holds(DocNode node, HashSet<DocNode> judged)
    {
        if (judged.Contains(node))
        {
            return true;
        }

        switch (node)
        {
            case DocMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (Holds(entry.Value, judged))
                    {
                        return true;
                    }
                }

                return false;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (Holds(item, judged))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
