using System.Diagnostics;
using KubeDsl.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Benchmarks;

/// <summary>`phases`: the generator's work split into evaluating definitions, building document trees and writing YAML.</summary>
internal static class PhaseTiming
{
    public static void Run(InProcessProject project)
    {
        project.WarmUp();
        for (var round = 0; round < 4; round++)
        {
            var compilation = project.NewCompilation();
            _ = compilation.GetDiagnostics();
            var members = compilation.SyntaxTrees.SelectMany(t =>
            {
                var model = compilation.GetSemanticModel(t);
                return t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
                    .Where(m => m is PropertyDeclarationSyntax or MethodDeclarationSyntax && m.AttributeLists.Count > 0)
                    .Select(m => model.GetDeclaredSymbol(m)!);
            }).ToList();
            var statics = StaticValueCache.ForGenerator(compilation);
            var evaluate = new Stopwatch();
            var build = new Stopwatch();
            var emit = new Stopwatch();
            foreach (var member in members)
            {
                var evaluator = new Evaluator(compilation, statics, member.Name, default);
                evaluate.Start();
                var value = evaluator.EvaluateStaticMember(member, null);
                evaluate.Stop();
                build.Start();
                var documents = new DocumentBuilder(evaluator).Documents(value, null);
                build.Stop();
                emit.Start();
                _ = KubeDsl.Documents.YamlEmitter.EmitFile(documents, member.Name);
                emit.Stop();
            }

            Console.WriteLine($"phases ({members.Count} definitions): evaluate {evaluate.Elapsed.TotalMilliseconds:F0} ms, document tree {build.Elapsed.TotalMilliseconds:F0} ms, YAML {emit.Elapsed.TotalMilliseconds:F0} ms");
        }
    }
}
