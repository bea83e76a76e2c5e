using System.Collections.Generic;
using System.Linq;
using KubeDsl.Rules.References;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Analyzers;

/// <summary>Reads the assembly attributes that declare objects managed elsewhere ([assembly: ExternalSecret("...")]).</summary>
internal static class ExternalDeclarations
{
    private static readonly Dictionary<string, ReferencedKind> Kinds = new()
    {
        ["KubeDsl.ExternalSecretAttribute"] = ReferencedKind.Secret,
        ["KubeDsl.ExternalConfigMapAttribute"] = ReferencedKind.ConfigMap,
        ["KubeDsl.ExternalServiceAccountAttribute"] = ReferencedKind.ServiceAccount,
        ["KubeDsl.ExternalPersistentVolumeClaimAttribute"] = ReferencedKind.PersistentVolumeClaim,
        ["KubeDsl.ExternalFlinkDeploymentAttribute"] = ReferencedKind.FlinkDeployment,
        ["KubeDsl.ExternalFlinkSessionJobAttribute"] = ReferencedKind.FlinkSessionJob,
    };

    public static List<Declared> Read(Compilation compilation)
    {
        var declared = new List<Declared>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() is not { } name || !Kinds.TryGetValue(name, out var kind)
                || attribute.ConstructorArguments.FirstOrDefault().Value is not string objectName)
            {
                continue;
            }

            string? ns = null;
            List<string>? keys = null;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Namespace")
                {
                    ns = argument.Value.Value as string;
                }
                else if (argument.Key == "Keys" && !argument.Value.IsNull)
                {
                    keys = argument.Value.Values.Select(v => v.Value as string).OfType<string>().ToList();
                }
            }

            declared.Add(new Declared(kind, objectName, ns, keys));
        }

        return declared;
    }
}
