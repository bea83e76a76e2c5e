using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using KubeDsl;

namespace Samples.Platform;

/// <summary>
/// What the jobs run as, from the same tables: per environment one Role with what a Spark driver needs, and per
/// team that owns a table a ServiceAccount bound to it.
/// </summary>
public static class Rbac
{
    private const string DriverRole = "spark-driver";

    [Manifest("rbac/{kind}-{name}.yaml")]
    public static List<object> Accounts(Stage stage)
    {
        var environment = Data.For(stage);
        var resources = new List<object> { Role(environment.Namespace) };
        foreach (var team in Data.Tables.Select(t => t.Team).Distinct().OrderBy(t => t))
        {
            resources.Add(new V1ServiceAccount { Metadata = Meta(Data.Account(team), environment.Namespace, team) });
            resources.Add(new V1RoleBinding
            {
                Metadata = Meta(Data.Account(team), environment.Namespace, team),
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = DriverRole },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = Data.Account(team), NamespaceProperty = environment.Namespace }],
            });
        }

        return resources;
    }

    // Spark's running-on-Kubernetes RBAC: the driver creates and watches its executor pods, a service and config maps.
    private static V1Role Role(string ns) => new()
    {
        Metadata = new V1ObjectMeta { Name = DriverRole, NamespaceProperty = ns },
        Rules =
        [
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create", "get", "list", "watch", "delete"] },
            new V1PolicyRule { ApiGroups = [""], Resources = ["services", "configmaps", "persistentvolumeclaims"], Verbs = ["create", "get", "list", "delete"] },
        ],
    };

    private static V1ObjectMeta Meta(string name, string ns, string team) =>
        new() { Name = name, NamespaceProperty = ns, Labels = new Dictionary<string, string> { ["team"] = team } };
}
