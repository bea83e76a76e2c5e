using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KubeDsl.Documents;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>
/// The one evaluation loop of a [Manifest] member, shared by the generator (which writes its files) and the
/// analyzers (which run the rules on its documents): one variant per environment, each with its own evaluator
/// and budget.
/// </summary>
internal static class ManifestEvaluation
{
    /// <summary>
    /// The variants of <paramref name="member"/>, each evaluated when it is first asked for its value, reading
    /// <paramref name="values"/> (null to learn which values files it needs: a read throws <see cref="ValuesNeededException"/>).
    /// Every variant records the declarations it reads in <paramref name="reads"/> when one is given.
    /// </summary>
    public static List<ManifestVariant> Variants(Compilation compilation, StaticValueCache statics, ISymbol member, string sourceMember, CancellationToken cancellationToken, ValuesSource? values = null, SourceReads? reads = null)
    {
        var variants = new List<ManifestVariant>();
        foreach (var (environment, argument) in Environments.Variants(member))
        {
            var subject = environment is null ? sourceMember : sourceMember + " for environment " + environment;
            var evaluator = new Evaluator(compilation, statics, subject, cancellationToken, values, reads) { SyntaxFirst = true };
            variants.Add(new ManifestVariant(environment, subject, evaluator, member, argument));
        }

        return variants;
    }
}

/// <summary>One environment variant of a [Manifest] member (or the member itself when it has no environments).</summary>
internal sealed class ManifestVariant
{
    private readonly Evaluator evaluator;
    private readonly ISymbol member;
    private readonly Value? argument;
    private Value? value;

    public ManifestVariant(string? environment, string subject, Evaluator evaluator, ISymbol member, Value? argument)
    {
        Environment = environment;
        Subject = subject;
        this.evaluator = evaluator;
        this.member = member;
        this.argument = argument;
    }

    /// <summary>The environment's folder name, or null for a member without environments.</summary>
    public string? Environment { get; }

    /// <summary>The member's name, with the environment when there is one: what headers and messages name.</summary>
    public string Subject { get; }

    /// <summary>The evaluated value; throws <see cref="EvaluationException"/> when the member does not evaluate.</summary>
    public Value Value => value ??= evaluator.EvaluateStaticMember(member, member.Locations.FirstOrDefault(), argument);

    /// <summary>
    /// The common labels and annotations of the assembly, with the default namespace of the nearest class around the
    /// member that declares one ([DefaultNamespace] on a class), else the assembly's.
    /// </summary>
    public CommonMetadata Common => evaluator.Context.Cache.Common(evaluator.Context.Compilation, member);

    /// <summary>The full type name of each document's value.</summary>
    public List<string?> DocumentTypes => ManifestMembers.DocumentTypes(Value, evaluator.Types);

    /// <summary>
    /// The document trees of the value, with source spans when <paramref name="trackOrigins"/> (rules need them to
    /// place findings; writing YAML does not). Throws <see cref="EvaluationException"/>.
    /// </summary>
    public List<DocNode> Documents(bool trackOrigins) =>
        new DocumentBuilder(evaluator) { TrackOrigins = trackOrigins }.Documents(Value, member.Locations.FirstOrDefault());

    /// <summary>
    /// The documents the rules judge: the resources as written, and a SparkSubmit's settings under the kind the
    /// rules know it by (it writes a properties file, not a resource). Throws <see cref="EvaluationException"/> and
    /// <see cref="ManifestShapeException"/>.
    /// </summary>
    public IReadOnlyList<DocNode> RuleDocuments()
    {
        var documents = Documents(trackOrigins: true);
        var types = DocumentTypes;
        if (types.Contains(ModelConventions.SparkSubmit))
        {
            return documents.Select(SubmitDocument).ToList();
        }

        if (types.Contains(ModelConventions.AirflowDag))
        {
            return documents.OfType<DocMapping>().SelectMany(AirflowDagFiles.RuleDocuments).Select(Common.ApplyNamespace).ToList();
        }

        // The rules judge resources as the cluster gets them: in the default namespace when they name none.
        return ManifestFiles.Documents(documents, types).Select(Common.ApplyNamespace).ToList();
    }

    private static DocNode SubmitDocument(DocNode node) => node is DocMapping submit
        ? new DocMapping(new EquatableArray<DocEntry>(new[] { new DocEntry("kind", DocScalar.String(SparkSpecs.SubmitKind)) }.Concat(submit.Entries)))
        : node;
}
