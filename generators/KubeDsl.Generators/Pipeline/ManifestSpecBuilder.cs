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
    public static ManifestSpec Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var member = context.TargetSymbol;
        var statics = StaticValueCache.ForGenerator(context.SemanticModel.Compilation);
        var attribute = context.Attributes[0];
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
            var compilation = context.SemanticModel.Compilation;
            foreach (var variant in ManifestEvaluation.Variants(compilation, statics, member, sourceMember, cancellationToken))
            {
                try
                {
                    List<ManifestFile> Files(bool origins) =>
                        ManifestFiles.Create(path, variant.Subject, variant.Documents(origins), variant.DocumentTypes, statics.Common(compilation));
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
