using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;

namespace KubeDsl.Rules.References;

/// <summary>
/// Cross-resource checks over every resource of a compilation: secrets, config maps, persistent volume claims and
/// service accounts that are referenced but declared nowhere (neither as a resource nor as managed elsewhere),
/// keys a declared secret or config map does not have, declarations in another namespace, and a Spark driver
/// service account whose roles lack what the driver does.
/// </summary>
internal static class ReferenceRule
{
    // What a Spark driver does with the API (Spark's running-on-kubernetes docs, RBAC): it creates, watches and
    // deletes its executor pods, and creates and deletes the service and config maps of the application.
    private static readonly (string Resource, string[] Verbs)[] DriverNeeds =
    [
        ("pods", ["create", "get", "list", "watch", "delete"]),
        ("services", ["create", "get", "delete"]),
        ("configmaps", ["create", "get", "delete"]),
    ];

    private const string DefaultServiceAccount = "default";

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.MissingReference, RuleCatalog.MissingKey, RuleCatalog.OtherNamespace, RuleCatalog.DriverRbac];

    /// <summary>Runs the checks; each finding goes to the context of the resource that makes the reference.</summary>
    public static void Check(IReadOnlyList<ResourceContext> resources, IReadOnlyList<Declared> external)
    {
        var declared = new List<(Declared Item, bool Managed)>();
        declared.AddRange(external.Select(d => (d, false)));
        foreach (var resource in resources)
        {
            if (ReferenceFinder.Declaration(resource) is { } item)
            {
                declared.Add((item, true));
            }
        }

        foreach (var resource in resources)
        {
            foreach (var reference in ReferenceFinder.References(resource))
            {
                Resolve(resource, reference, declared);
            }

            DriverPermissions(resource, resources, declared);
        }
    }

    private static void Resolve(ResourceContext resource, Reference reference, List<(Declared Item, bool Managed)> declared)
    {
        var sameName = declared.Where(d => d.Item.Kind == reference.Kind && d.Item.Name == reference.Name).Select(d => d.Item).ToList();
        var ns = reference.Namespace ?? resource.Namespace;
        var match = sameName.FirstOrDefault(d => d.Namespace is null || ns is null || d.Namespace == ns);
        var kind = KindName(reference.Kind);
        if (match is null && sameName.Count > 0)
        {
            resource.ReportMissingIn(RuleCatalog.OtherNamespace, reference.At, AttributeFor(reference.Kind), reference.Name, ns!, kind, reference.Name, reference.Role, ns!, string.Join(", ", sameName.Select(d => d.Namespace)), AttributeFor(reference.Kind));
        }
        else if (match is null && reference.Kind == ReferencedKind.ServiceAccount && reference.Name == DefaultServiceAccount)
        {
            // Kubernetes creates this account in every namespace (the service account controller).
        }
        else if (match is null)
        {
            resource.ReportMissing(RuleCatalog.MissingReference, reference.At, AttributeFor(reference.Kind), reference.Name, kind, reference.Name, reference.Role, AttributeFor(reference.Kind));
        }
        else if (reference.Key is { } key && match.Keys is { } keys && !keys.Contains(key))
        {
            resource.Report(RuleCatalog.MissingKey, reference.KeyNode ?? reference.At, kind, reference.Name, key, reference.Role, string.Join(", ", keys.OrderBy(k => k, StringComparer.Ordinal)));
        }
    }

    private static void DriverPermissions(ResourceContext resource, IReadOnlyList<ResourceContext> all, List<(Declared Item, bool Managed)> declared)
    {
        var spark = SparkSpecs.Application(resource);
        if (Doc.At(spark, "driver", "serviceAccount") is not { } node || Doc.Text(node) is not { } account)
        {
            return;
        }

        // Only an account these definitions create has its bindings here too; one managed elsewhere is trusted, and
        // so is one the project also declares with ExternalServiceAccount (its roles are managed elsewhere).
        var ns = resource.Namespace;
        bool Declares(bool managed) => declared.Any(d => d.Managed == managed && d.Item.Kind == ReferencedKind.ServiceAccount && d.Item.Name == account && SameNamespace(d.Item.Namespace, ns));
        if (!Declares(managed: true) || Declares(managed: false))
        {
            return;
        }

        var granted = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var bound = false;
        foreach (var binding in all.Where(r => r.Kind is "RoleBinding" or "ClusterRoleBinding" && r.ApiVersion?.StartsWith("rbac.authorization.k8s.io/", StringComparison.Ordinal) == true))
        {
            var bindsAccount = Doc.Mappings(binding.Resource, "subjects").Any(s =>
                Doc.Text(s["kind"]) == "ServiceAccount" && Doc.Text(s["name"]) == account && SameNamespace(Doc.Text(s["namespace"]) ?? binding.Namespace, ns));
            if (!bindsAccount || (binding.Kind == "RoleBinding" && !SameNamespace(binding.Namespace, ns)))
            {
                continue;
            }

            var roleKind = Doc.Text(Doc.At(binding.Resource, "roleRef", "kind"));
            var roleName = Doc.Text(Doc.At(binding.Resource, "roleRef", "name"));
            var role = all.FirstOrDefault(r => r.Kind == roleKind && Doc.Text(r.Metadata?["name"]) == roleName && (roleKind == "ClusterRole" || SameNamespace(r.Namespace, binding.Namespace)));
            if (role is null)
            {
                // A role managed elsewhere (for example a ClusterRole from the operator's chart): cannot be checked.
                return;
            }

            bound = true;
            foreach (var rule in Doc.Mappings(role.Resource, "rules"))
            {
                var groups = Doc.Items(rule, "apiGroups").Select(Doc.Text).ToList();
                if (!groups.Contains(string.Empty) && !groups.Contains("*"))
                {
                    continue;
                }

                var verbs = Doc.Items(rule, "verbs").Select(Doc.Text).OfType<string>().ToList();
                foreach (var kind in Doc.Items(rule, "resources").Select(Doc.Text).OfType<string>())
                {
                    if (!granted.TryGetValue(kind, out var set))
                    {
                        granted[kind] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.UnionWith(verbs);
                }
            }
        }

        if (!bound)
        {
            resource.ReportMissing(RuleCatalog.DriverRbac, node, AttributeFor(ReferencedKind.ServiceAccount), account, account, $"no RoleBinding or ClusterRoleBinding in these definitions binds it to a role (when its bindings are managed elsewhere, list them in an inventory file or declare the account with [assembly: {AttributeFor(ReferencedKind.ServiceAccount)}(\"{account}\")])");
            return;
        }

        var missing = new List<string>();
        foreach (var (kind, verbs) in DriverNeeds)
        {
            var has = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in new[] { kind, "*" })
            {
                if (granted.TryGetValue(key, out var set))
                {
                    has.UnionWith(set);
                }
            }

            var lacking = has.Contains("*") ? [] : verbs.Where(v => !has.Contains(v)).ToList();
            if (lacking.Count > 0)
            {
                missing.Add(kind + ": " + string.Join(", ", lacking));
            }
        }

        if (missing.Count > 0)
        {
            resource.Report(RuleCatalog.DriverRbac, node, account, "its roles do not allow " + string.Join("; ", missing));
        }
    }

    private static bool SameNamespace(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>The Kubernetes kind of an object of the kind.</summary>
    public static string KindName(ReferencedKind kind) => kind switch
    {
        ReferencedKind.Secret => "Secret",
        ReferencedKind.ConfigMap => "ConfigMap",
        ReferencedKind.ServiceAccount => "ServiceAccount",
        ReferencedKind.FlinkDeployment => "FlinkDeployment",
        ReferencedKind.FlinkSessionJob => "FlinkSessionJob",
        _ => "PersistentVolumeClaim",
    };

    /// <summary>The assembly attribute that declares an object of the kind as managed elsewhere.</summary>
    public static string AttributeFor(ReferencedKind kind) => "External" + KindName(kind);
}
