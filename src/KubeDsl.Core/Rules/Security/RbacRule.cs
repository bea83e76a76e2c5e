using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// Least privilege in the RBAC a project defines: Roles and ClusterRoles that grant with a wildcard or grant the
/// verbs that hand out more than the role holds (escalate, bind, impersonate), and bindings to cluster-admin.
/// </summary>
internal sealed class RbacRule : ResourceRule
{
    // Verbs that let a subject gain permissions it was not given: edit roles beyond its own (escalate), bind any
    // role (bind), act as another user, group or service account (impersonate). Kubernetes RBAC docs, "Privilege
    // escalation prevention and bootstrapping" and "User impersonation".
    private static readonly string[] EscalatingVerbs = ["escalate", "bind", "impersonate"];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.RbacWildcard, RuleCatalog.RbacEscalatingVerb, RuleCatalog.ClusterAdminBinding];

    public override void Check(ResourceContext context)
    {
        if (context.ApiVersion?.StartsWith("rbac.authorization.k8s.io/", System.StringComparison.Ordinal) != true)
        {
            return;
        }

        var name = context.Kind + " '" + (Doc.Text(context.Metadata?["name"]) ?? "(unnamed)") + "'";
        if (context.Kind is "Role" or "ClusterRole")
        {
            var i = 0;
            foreach (var rule in Doc.Mappings(context.Resource, "rules"))
            {
                var at = "rules[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                foreach (var field in new[] { "apiGroups", "resources", "verbs", "nonResourceURLs" })
                {
                    foreach (var item in Doc.Items(rule, field))
                    {
                        if (Doc.Text(item) == "*")
                        {
                            context.Report(RuleCatalog.RbacWildcard, item, name, at + "." + field);
                        }
                    }
                }

                foreach (var item in Doc.Items(rule, "verbs"))
                {
                    if (Doc.Text(item) is { } verb && System.Array.IndexOf(EscalatingVerbs, verb) >= 0)
                    {
                        context.Report(RuleCatalog.RbacEscalatingVerb, item, name, verb, at + ".verbs");
                    }
                }

                i++;
            }
        }
        else if (context.Kind is "RoleBinding" or "ClusterRoleBinding"
            && Doc.Map(context.Resource, "roleRef") is { } roleRef && Doc.Text(roleRef["kind"]) == "ClusterRole" && roleRef["name"] is { } role && Doc.Text(role) == "cluster-admin")
        {
            context.Report(RuleCatalog.ClusterAdminBinding, role, name);
        }
    }
}
