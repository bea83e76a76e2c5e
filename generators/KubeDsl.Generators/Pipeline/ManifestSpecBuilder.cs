using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Turns one [Manifest] member into a <see cref="ManifestSpec"/>: checks the member and path, evaluates it and writes its files.</summary>
internal static class ManifestSpecBuilder
{
    /// <summary>The first evaluation, without values files: a member that reads one asks for it (<see cref="ManifestSpec.Values"/>).</summary>
    public static ManifestSpec Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Build(context.SemanticModel.Compilation, context.TargetSymbol, context.Attributes[0], values: null, cancellationToken);

    /// <summary>The evaluation again of a member that reads values files, with the files it asked for.</summary>
    public static ManifestSpec Build(ValuesInput input, Compilation compilation, CancellationToken cancellationToken)
    {
        var member = DocumentationCommentId.GetFirstSymbolForDeclarationId(input.Request.MemberId, compilation);
        var attribute = member?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelConventions.ManifestAttribute);
        if (member is null || attribute is null)
        {
            // The member was asked for in this compilation; it cannot vanish from it.
            throw new System.InvalidOperationException("The [Manifest] member " + input.Request.MemberId + " is not in the compilation.");
        }

        return Build(compilation, member, attribute, new ValuesSource(input.Given, input.Known), cancellationToken);
    }

    private static ManifestSpec Build(Compilation compilation, ISymbol member, AttributeData attribute, ValuesSource? values, CancellationToken cancellationToken)
    {
        var statics = StaticValueCache.ForGenerator(compilation);
        var path = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();
        var sourceMember = ManifestMembers.SourceName(member, statics.Types);
        var diagnostics = new List<DiagnosticInfo>();

        var pathProblem = ManifestPath.Problem(path) ?? ManifestPathTemplate.Problem(path) ?? ManifestFiles.ExtensionProblem(path, ManifestMembers.DeclaredType(member, statics.Types));
        if (pathProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestPath, attributeLocation, path, pathProblem));
        }

        var memberProblem = ManifestMembers.Problem(member);
        if (memberProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestMember, member.Locations.FirstOrDefault(), sourceMember, memberProblem));
        }

        var files = new List<ManifestFile>();
        if (diagnostics.Count == 0)
        {
            foreach (var variant in ManifestEvaluation.Variants(compilation, statics, member, sourceMember, cancellationToken, values))
            {
                try
                {
                    List<ManifestFile> Files(bool origins) =>
                        ManifestFiles.Create(path, variant.Subject, variant.Documents(origins), variant.DocumentTypes, variant.Common, AirflowTargets.All);
                    List<ManifestFile> created;
                    try
                    {
                        created = Files(origins: false);
                    }
                    catch (ManifestShapeException)
                    {
                        // Again with source spans, so the error points at the value; this throws the same failure.
                        created = Files(origins: true);
                    }

                    files.AddRange(created.Select(f => f with { Environment = variant.Environment }));
                }
                catch (EvaluationException failure)
                {
                    diagnostics.Add(DiagnosticInfo.Create(failure.Descriptor, failure.Location ?? member.Locations.FirstOrDefault(), failure.Arguments));
                }
                catch (ValuesNeededException needed)
                {
                    // Evaluated again, with the files read so far and this one, in a step that has them.
                    var paths = (values?.Read ?? []).Concat([needed.Path]).Distinct().ToList();
                    var request = new ValuesRequest(DocumentationCommentId.CreateDeclarationId(member) ?? sourceMember, new EquatableArray<string>(paths));
                    return new ManifestSpec(path, sourceMember, LocationInfo.From(attributeLocation), new EquatableArray<ManifestFile>([]), new EquatableArray<DiagnosticInfo>([])) { Values = request };
                }
                catch (DuplicateResourcePathException failure)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateManifestPath, attributeLocation, (variant.Environment is null ? string.Empty : "[" + variant.Environment + "] ") + failure.Path, failure.Resources + ", both from " + sourceMember));
                }
                catch (ManifestShapeException failure)
                {
                    var tree = failure.Origin is { } origin ? compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == origin.FilePath) : null;
                    var location = tree is not null ? Location.Create(tree, new TextSpan(failure.Origin!.Start, failure.Origin.Length)) : member.Locations.FirstOrDefault();
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestValue, location, (variant.Environment is null ? string.Empty : "[" + variant.Environment + "] ") + failure.Message));
                }
            }

            if (diagnostics.Count > 0)
            {
                files.Clear();
            }
        }

        return new ManifestSpec(path, sourceMember, LocationInfo.From(attributeLocation), new EquatableArray<ManifestFile>(files), new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
