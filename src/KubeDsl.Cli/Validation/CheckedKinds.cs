using KubeDsl.Rules;
using KubeDsl.Rules.References;
using KubeDsl.Schemas;

namespace KubeDsl.Cli.Validation;

/// <summary>
/// Which resources the rules and schemas judge: the operators' kinds, the Kubernetes kinds with a schema, the
/// groups of the --crd CRDs, anything holding a pod spec, and the objects
/// the cross-resource rules look up (service accounts, RBAC, secrets, config maps, claims). Other kinds are read
/// (a reference may still name them) but counted as skipped.
/// </summary>
internal static class CheckedKinds
{
    private static readonly HashSet<string> Rbac = new(StringComparer.Ordinal) { "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding" };

    public static bool Has(ResourceContext context) =>
        KnownSchemas.IsOperatorGroup(context.ApiVersion)
        || KnownSchemas.Covers(context.ApiVersion, context.Kind)
        || PodSpecs.In(context).Count > 0
        || ReferenceFinder.Declaration(context) is not null
        || (context.Kind is { } kind && Rbac.Contains(kind))
        || context.Settings.CustomResources.Any(crd => context.ApiVersion?.StartsWith(crd.Group + "/", StringComparison.Ordinal) == true);
}
