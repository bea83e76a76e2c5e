using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Configuration;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>What a pod of a job does with the Kubernetes API, which decides what its service account needs.</summary>
internal enum AccountRole
{
    /// <summary>A Spark driver: creates, watches and deletes its executors and their services and config maps.</summary>
    SparkDriver,

    /// <summary>A Spark executor: never calls the API (Spark on Kubernetes; the application's own code aside).</summary>
    SparkExecutor,

    /// <summary>Flink's JobManager and TaskManagers, which share the deployment's service account.</summary>
    Flink,

    /// <summary>Any other batch pod (Job, CronJob, Pod, Airflow pod template): what it calls is unknown.</summary>
    Pod,
}

/// <summary>One service account a job's pods run as.</summary>
/// <param name="Resource">The resource whose pods use it.</param>
/// <param name="Account">The account's name (<c>default</c> when none is set).</param>
/// <param name="Namespace">Where the pods run; null when not fixed.</param>
/// <param name="Role">What the pods do with the API.</param>
/// <param name="Who">How messages name the pods: "the driver pods of SparkApplication 'etl'".</param>
internal sealed record AccountUse(ResourceContext Resource, string Account, string? Namespace, AccountRole Role, string Who);

/// <summary>A rule of a Role or ClusterRole that reaches a service account through a binding.</summary>
/// <param name="Role">The Role or ClusterRole.</param>
/// <param name="Rule">The rule mapping.</param>
/// <param name="Index">Its index in <c>rules</c>.</param>
/// <param name="Binding">The RoleBinding or ClusterRoleBinding.</param>
internal sealed record Grant(ResourceContext Role, DocMapping Rule, int Index, ResourceContext Binding)
{
    public string RoleName => Role.Kind + " '" + (Doc.Text(Role.Metadata?["name"]) ?? "(unnamed)") + "'";

    public string BindingName => Binding.Kind + " '" + (Doc.Text(Binding.Metadata?["name"]) ?? "(unnamed)") + "'";

    public IEnumerable<string> Texts(string field) => Doc.Items(Rule, field).Select(Doc.Text).OfType<string>();

    /// <summary>True when the rule covers the core API group's <paramref name="resource"/> (by name or wildcard).</summary>
    public bool Covers(string resource) =>
        Texts("apiGroups").Any(g => g is "" or "*") && Texts("resources").Any(r => r == resource || r == "*");

    /// <summary>True when the rule grants <paramref name="verb"/> (by name or wildcard).</summary>
    public bool Allows(string verb) => Texts("verbs").Any(v => v == verb || v == "*");

    /// <summary>True when the rule is limited to named objects.</summary>
    public bool Named => Doc.Items(Rule, "resourceNames").Any();
}

/// <summary>
/// The service accounts the project's jobs run as, and the RBAC rules that reach an account through the bindings
/// among the definitions and the inventory.
/// </summary>
internal static class ServiceAccounts
{
    public const string DefaultAccount = "default";

    private const string RbacGroup = "rbac.authorization.k8s.io/";

    /// <summary>The accounts the pods of <paramref name="resource"/> run as, when it is a batch job.</summary>
    public static List<AccountUse> Uses(ResourceContext resource)
    {
        var uses = new List<AccountUse>();
        var name = resource.Kind + " '" + (Doc.Text(resource.Metadata?["name"]) ?? "(unnamed)") + "'";
        if (SparkSpecs.Application(resource) is { } spark)
        {
            var driver = Doc.Text(Doc.At(spark, "driver", "serviceAccount")) ?? DefaultAccount;
            uses.Add(new AccountUse(resource, driver, resource.Namespace, AccountRole.SparkDriver, "the driver pods of " + name));
            uses.Add(new AccountUse(resource, Doc.Text(Doc.At(spark, "executor", "serviceAccount")) ?? driver, resource.Namespace, AccountRole.SparkExecutor, "the executor pods of " + name));
        }
        else if (resource.Kind == SparkSpecs.SubmitKind && resource.ApiVersion is null)
        {
            var conf = SparkSpecs.SparkConf(resource.Resource);
            var ns = PodViews.Namespace(resource);
            var driver = Doc.Text(conf?[SparkConfKeys.DriverServiceAccountName]) ?? DefaultAccount;
            uses.Add(new AccountUse(resource, driver, ns, AccountRole.SparkDriver, "the driver pods of " + name));
            uses.Add(new AccountUse(resource, Doc.Text(conf?[SparkConfKeys.ExecutorServiceAccountName]) ?? driver, ns, AccountRole.SparkExecutor, "the executor pods of " + name));
        }
        else if (resource.Kind == "FlinkDeployment" && resource.IsFlinkOperator)
        {
            uses.Add(new AccountUse(resource, Doc.Text(resource.Spec?["serviceAccount"]) ?? DefaultAccount, resource.Namespace, AccountRole.Flink, "the JobManager and TaskManager pods of " + name));
        }
        else if (resource.Kind is "Job" or "CronJob" or "Pod")
        {
            foreach (var pod in PodViews.In(resource))
            {
                var account = Doc.Text(pod.Spec("serviceAccountName")?.Node) ?? Doc.Text(pod.Spec("serviceAccount")?.Node) ?? DefaultAccount;
                uses.Add(new AccountUse(resource, account, resource.Namespace, AccountRole.Pod, "the pods of " + name));
            }
        }

        return uses;
    }

    /// <summary>Every rule that reaches <paramref name="account"/> in <paramref name="ns"/>, with the binding that grants it.</summary>
    public static List<Grant> Grants(IReadOnlyList<ResourceContext> all, string account, string? ns)
    {
        var grants = new List<Grant>();
        foreach (var binding in Bindings(all))
        {
            if (!Subjects(binding).Any(s => Binds(binding, s, account, ns)))
            {
                continue;
            }

            if (Role(all, binding) is not { } role)
            {
                continue;
            }

            var i = 0;
            foreach (var rule in Doc.Mappings(role.Resource, "rules"))
            {
                grants.Add(new Grant(role, rule, i, binding));
                i++;
            }
        }

        return grants;
    }

    /// <summary>The RoleBindings and ClusterRoleBindings among <paramref name="all"/>.</summary>
    public static IEnumerable<ResourceContext> Bindings(IReadOnlyList<ResourceContext> all) =>
        all.Where(r => r.Kind is "RoleBinding" or "ClusterRoleBinding" && r.ApiVersion?.StartsWith(RbacGroup, StringComparison.Ordinal) == true);

    /// <summary>The subjects of a binding.</summary>
    public static IEnumerable<DocMapping> Subjects(ResourceContext binding) => Doc.Mappings(binding.Resource, "subjects");

    /// <summary>True when <paramref name="subject"/> of <paramref name="binding"/> is the service account in the namespace.</summary>
    public static bool Binds(ResourceContext binding, DocMapping subject, string account, string? ns) =>
        Doc.Text(subject["kind"]) == "ServiceAccount" && Doc.Text(subject["name"]) == account
        && Same(Doc.Text(subject["namespace"]) ?? binding.Namespace, ns)
        && (binding.Kind == "ClusterRoleBinding" || Same(binding.Namespace, ns));

    /// <summary>The Role or ClusterRole a binding refers to, when it is among <paramref name="all"/>.</summary>
    public static ResourceContext? Role(IReadOnlyList<ResourceContext> all, ResourceContext binding)
    {
        var kind = Doc.Text(Doc.At(binding.Resource, "roleRef", "kind"));
        var name = Doc.Text(Doc.At(binding.Resource, "roleRef", "name"));
        return all.FirstOrDefault(r => r.Kind == kind && r.ApiVersion?.StartsWith(RbacGroup, StringComparison.Ordinal) == true
            && Doc.Text(r.Metadata?["name"]) == name && (kind == "ClusterRole" || Same(r.Namespace, binding.Namespace)));
    }

    /// <summary>Namespaces match when equal or when either is not fixed.</summary>
    public static bool Same(string? a, string? b) => a is null || b is null || a == b;
}
