using System.Collections.Generic;
using k8s;
using k8s.Models;
using KubeDsl;

namespace KubeDslProject.Definitions;

/// <summary>
/// The service accounts the jobs run as, and what they may do in the namespace. A Spark driver creates, watches and
/// deletes its executor pods and its service and config maps; a Flink JobManager manages its TaskManager pods,
/// config maps for high availability, and its deployment.
/// </summary>
public static class Access
{
    [Manifest("access/service-accounts.yaml")]
    public static List<IKubernetesObject<V1ObjectMeta>> ServiceAccounts =>
    [
        new V1ServiceAccount { Metadata = Meta.Of(Defaults.SparkServiceAccount) },
        new V1ServiceAccount { Metadata = Meta.Of(Defaults.FlinkServiceAccount) },
    ];

    [Manifest("access/roles.yaml")]
    public static List<IKubernetesObject<V1ObjectMeta>> Roles =>
    [
        Role("spark-driver",
        [
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create", "get", "list", "watch", "delete", "deletecollection"] },
            new V1PolicyRule { ApiGroups = [""], Resources = ["services", "configmaps", "persistentvolumeclaims"], Verbs = ["create", "get", "list", "watch", "delete", "deletecollection"] },
        ]),
        Binding("spark-driver", Defaults.SparkServiceAccount),
        Role("flink",
        [
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods", "configmaps", "services"], Verbs = FlinkVerbs },
            new V1PolicyRule { ApiGroups = ["apps"], Resources = ["deployments", "deployments/finalizers"], Verbs = FlinkVerbs },
        ]),
        Binding("flink", Defaults.FlinkServiceAccount),
    ];

    // The Flink operator's Helm chart grants the jobs' role "*" on these resources; written out, the role cannot grow
    // with verbs Kubernetes adds later (KD6101).
    private static readonly List<string> FlinkVerbs = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];

    private static V1Role Role(string name, List<V1PolicyRule> rules) => new()
    {
        Metadata = Meta.Of(name),
        Rules = rules,
    };

    private static V1RoleBinding Binding(string role, string serviceAccount) => new()
    {
        Metadata = Meta.Of(role),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = role },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = serviceAccount, NamespaceProperty = Defaults.Namespace }],
    };
}
