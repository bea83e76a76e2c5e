using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KubeDsl.Documents;
using KubeDsl.Generators.Diagnostics;
using KubeDsl.Generators.Evaluation;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Turns one [Manifest] member into a <see cref="ManifestSpec"/>: checks the member and path, evaluates, emits YAML.</summary>
internal static class ManifestParser
{
    public static ManifestSpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var member = context.TargetSymbol;
        var statics = StaticValueCache.ForGenerator(context.SemanticModel.Compilation);
        var attribute = context.Attributes[0];
        var path = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();
        var sourceMember = SourceMemberName(member, statics.Types);
        var diagnostics = new List<DiagnosticInfo>();

        var pathProblem = ManifestPath.Problem(path) ?? ManifestFiles.ExtensionProblem(path, DeclaredType(member, statics.Types));
        if (pathProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestPath, attributeLocation, path, pathProblem));
        }

        var memberProblem = MemberProblem(member);
        if (memberProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestMember, member.Locations.FirstOrDefault(), sourceMember, memberProblem));
        }

        var files = new List<ManifestFile>();
        if (diagnostics.Count == 0)
        {
            foreach (var (environment, argument) in Environments.Variants(member))
            {
                // Each variant is evaluated on its own, with its own budget; its header names the environment.
                var variantMember = environment is null ? sourceMember : sourceMember + " for environment " + environment;
                var evaluator = new Evaluator(context.SemanticModel.Compilation, statics, variantMember, cancellationToken) { SyntaxFirst = true };
                try
                {
                    var value = evaluator.EvaluateStaticMember(member, member.Locations.FirstOrDefault(), argument);
                    List<ManifestFile> Files(bool origins) => ManifestFiles.Create(
                        path,
                        variantMember,
                        new DocumentBuilder(evaluator) { TrackOrigins = origins }.Documents(value, member.Locations.FirstOrDefault()),
                        DocumentTypes(value, statics.Types),
                        statics.Common(context.SemanticModel.Compilation));
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

                    files.AddRange(created.Select(f => f with { Environment = environment }));
                }
                catch (EvaluationException failure)
                {
                    diagnostics.Add(DiagnosticInfo.Create(failure.Descriptor, failure.Location ?? member.Locations.FirstOrDefault(), failure.Arguments));
                }
                catch (ManifestShapeException failure)
                {
                    var tree = failure.Origin is { } origin ? context.SemanticModel.Compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == origin.FilePath) : null;
                    var location = tree is not null ? Location.Create(tree, new TextSpan(failure.Origin!.Start, failure.Origin.Length)) : member.Locations.FirstOrDefault();
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifestValue, location, (environment is null ? string.Empty : "[" + environment + "] ") + failure.Message));
                }
            }

            if (diagnostics.Count > 0)
            {
                files.Clear();
            }
        }

        return new ManifestSpec(path, sourceMember, LocationInfo.From(attributeLocation), new EquatableArray<ManifestFile>(files), new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>The member's declared type, which decides the kind of file it writes.</summary>
    private static string? DeclaredType(ISymbol member, TypeLayouts types) => member switch
    {
        IPropertySymbol property => types.DisplayName(property.Type),
        IMethodSymbol method => types.DisplayName(method.ReturnType),
        IFieldSymbol field => types.DisplayName(field.Type),
        _ => null,
    };

    /// <summary>The type of each document's value: the items of a collection, or the value itself.</summary>
    public static List<string?> DocumentTypes(Value value, TypeLayouts types) => value is ListValue list
        ? list.Items.Select(item => TypeOf(item, types)).ToList()
        : [TypeOf(value, types)];

    private static string? TypeOf(Value value, TypeLayouts types) => value is ObjectValue o ? types.DisplayName(o.Type) : null;

    /// <summary>"Namespace.Type.Member", the name the header and messages use.</summary>
    public static string SourceMemberName(ISymbol member, TypeLayouts types) => types.DisplayName(member.ContainingType) + "." + member.Name;

    public static string? MemberProblem(ISymbol member)
    {
        if (!member.IsStatic)
        {
            return "must be static: manifests are evaluated without creating an instance";
        }

        switch (member)
        {
            case IMethodSymbol method when method.Parameters.Length > 0 && Environments.EnvironmentType(method) is null:
                return "must take no parameters, or one enum parameter for environment variants";
            case IMethodSymbol method when method.IsGenericMethod:
                return "must not be generic";
            case IMethodSymbol method when method.ReturnsVoid:
                return "must return the resource to write";
            case IPropertySymbol property when property.GetMethod is null:
                return "must have a getter";
            default:
                return member.ContainingType.IsGenericType ? "must not be declared in a generic type" : null;
        }
    }
}
