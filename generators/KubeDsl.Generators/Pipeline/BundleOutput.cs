using System.Collections.Generic;
using System.Collections.Immutable;
using KubeDsl.Documents;
using KubeDsl.Generators.Emit;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Adds the generated source that carries the planned files. Registered as implementation output: the IDE never runs it.</summary>
internal static class BundleOutput
{
    public static void Emit(SourceProductionContext context, ImmutableArray<ManifestContent> contents, ManifestPlan plan)
    {
        var files = new List<EmbeddedManifest>();
        foreach (var planned in plan.Written)
        {
            var content = contents[planned.Member];
            for (var i = 0; i < content.Files.Count; i++)
            {
                files.Add(new EmbeddedManifest(planned.Paths[i], content.SourceMember, content.Files[i].Content) { IsResource = content.Files[i].IsResource });
            }
        }

        if (files.Count > 0)
        {
            context.AddSource(ManifestSourceWriter.HintName, ManifestSourceWriter.Write(files));
        }
    }
}
