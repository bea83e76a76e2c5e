using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Configuration;
using KubeDsl.Documents;
using KubeDsl.Rules.References;

namespace KubeDsl.Rules.Security;

/// <summary>
/// Least privilege for the service accounts of the project's jobs, judged over the definitions and the inventory:
/// a Spark driver's role granting more than a driver uses, secrets listed or watched by a job's account, job accounts
/// bound cluster-wide, service account tokens in pods that never call the API, and secrets handed to pods whose
/// account may read every secret of the namespace anyway.
/// </summary>
internal static class LeastPrivilegeRule
{
    // What a Spark driver may do with the API: the Role the Spark operator's Helm chart gives the driver's account
    // (kubeflow/spark-operator, charts/spark-operator-chart/templates/spark/rbac.yaml, v2.5.2 and main): the core
    // group's pods, configmaps, persistentvolumeclaims and services with these eight verbs. Spark's own list is a
    // subset (running-on-kubernetes.md, RBAC; ../shared/research/spark-native-airflow.md A8).
    internal static readonly string[] DriverResources = ["pods", "services", "configmaps", "persistentvolumeclaims"];

    internal static readonly string[] DriverVerbs = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];

    // With spark.kubernetes.allocation.pods.allocator=statefulset or deployment (Spark 3.3+, deployment 4.2) the
    // driver creates its executors through the apps group's StatefulSets or Deployments.
    private static readonly string[] AppsResources = ["statefulsets", "deployments"];

    // Verbs other rules report (KD6101 the wildcard, KD6102 these three).
    private static readonly string[] ReportedElsewhere = ["*", "escalate", "bind", "impersonate"];

    // The Flink HA services that keep leader addresses in ConfigMaps, which TaskManagers watch (FLINK-20664,
    // apache/flink#14447: "the TaskManager needs to watch ConfigMap and retrieve leader address").
    private static readonly string[] KubernetesHa = ["kubernetes", "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory"];

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        RuleCatalog.DriverRoleBeyondNeeds, RuleCatalog.SecretsListedByJob, RuleCatalog.JobClusterBinding,
        RuleCatalog.UnusedAccountToken, RuleCatalog.SecretsReadableByAccount,
    ];

    public static void Check(IReadOnlyList<ResourceContext> all)
    {
        var uses = all.SelectMany(ServiceAccounts.Uses).ToList();
        DriverRoles(all, uses);
        SecretsListed(all, uses);
        ClusterBindings(all, uses);
        Tokens(all);
        ReadableSecrets(all, uses);
    }

    // KD6104: roles bound only to accounts that nothing but Spark drivers and executors use.
    private static void DriverRoles(IReadOnlyList<ResourceContext> all, List<AccountUse> uses)
    {
        bool DriverOnly(string account, string? ns)
        {
            var same = uses.Where(u => u.Account == account && ServiceAccounts.Same(u.Namespace, ns)).ToList();
            return same.Any(u => u.Role == AccountRole.SparkDriver) && same.All(u => u.Role is AccountRole.SparkDriver or AccountRole.SparkExecutor);
        }

        foreach (var role in all.Where(r => r.Kind is "Role" or "ClusterRole" && r.ApiVersion?.StartsWith("rbac.authorization.k8s.io/", StringComparison.Ordinal) == true))
        {
            var bindings = ServiceAccounts.Bindings(all).Where(b => ReferenceEquals(ServiceAccounts.Role(all, b), role)).ToList();
            var subjects = bindings.SelectMany(b => ServiceAccounts.Subjects(b).Select(s => (Binding: b, Subject: s))).ToList();
            if (subjects.Count == 0)
            {
                continue;
            }

            var accounts = new List<(string Account, string? Namespace)>();
            var onlyDrivers = true;
            foreach (var (binding, subject) in subjects)
            {
                var account = Doc.Text(subject["name"]);
                var ns = Doc.Text(subject["namespace"]) ?? binding.Namespace;
                if (Doc.Text(subject["kind"]) != "ServiceAccount" || account is null || !DriverOnly(account, ns))
                {
                    onlyDrivers = false;
                    break;
                }

                accounts.Add((account, ns));
            }

            if (!onlyDrivers)
            {
                continue;
            }

            var drivers = uses.Where(u => u.Role == AccountRole.SparkDriver && accounts.Any(a => a.Account == u.Account && ServiceAccounts.Same(a.Namespace, u.Namespace))).ToList();
            var apps = drivers.Any(d => Doc.Text(SparkSpecs.SparkConf(SparkSpecs.Settings(d.Resource))?[SparkConfKeys.PodsAllocator]) is "statefulset" or "deployment");
            var names = string.Join(", ", accounts.Select(a => "'" + a.Account + "'").Distinct(StringComparer.Ordinal));
            var roleName = role.Kind + " '" + (Doc.Text(role.Metadata?["name"]) ?? "(unnamed)") + "'";
            var index = 0;
            foreach (var rule in Doc.Mappings(role.Resource, "rules"))
            {
                var at = "rules[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                index++;
                foreach (var item in Doc.Items(rule, "apiGroups"))
                {
                    if (Doc.Text(item) is { } group && group is not ("" or "*") && !(apps && group == "apps"))
                    {
                        role.Report(RuleCatalog.DriverRoleBeyondNeeds, item, roleName, "API group", group, at + ".apiGroups", names);
                    }
                }

                foreach (var item in Doc.Items(rule, "resources"))
                {
                    if (Doc.Text(item) is { } resource && resource != "*" && Array.IndexOf(DriverResources, resource) < 0 && !(apps && Array.IndexOf(AppsResources, resource) >= 0))
                    {
                        role.Report(RuleCatalog.DriverRoleBeyondNeeds, item, roleName, "resource", resource, at + ".resources", names);
                    }
                }

                foreach (var item in Doc.Items(rule, "verbs"))
                {
                    if (Doc.Text(item) is { } verb && Array.IndexOf(ReportedElsewhere, verb) < 0 && Array.IndexOf(DriverVerbs, verb) < 0)
                    {
                        role.Report(RuleCatalog.DriverRoleBeyondNeeds, item, roleName, "verb", verb, at + ".verbs", names);
                    }
                }

                foreach (var item in Doc.Items(rule, "nonResourceURLs"))
                {
                    if (Doc.Text(item) is { } url && url != "*")
                    {
                        role.Report(RuleCatalog.DriverRoleBeyondNeeds, item, roleName, "non-resource URL", url, at + ".nonResourceURLs", names);
                    }
                }
            }
        }
    }

    // KD6105: list and watch on secrets, which return every secret's values, for any job's account.
    private static void SecretsListed(IReadOnlyList<ResourceContext> all, List<AccountUse> uses)
    {
        var seen = new HashSet<DocNode>();
        foreach (var use in uses)
        {
            foreach (var grant in ServiceAccounts.Grants(all, use.Account, use.Namespace))
            {
                if (grant.Named || !grant.Texts("resources").Contains("secrets") || !grant.Texts("apiGroups").Any(g => g is "" or "*"))
                {
                    continue;
                }

                foreach (var item in Doc.Items(grant.Rule, "verbs"))
                {
                    if (Doc.Text(item) is { } verb && verb is "list" or "watch" && seen.Add(item))
                    {
                        grant.Role.Report(RuleCatalog.SecretsListedByJob, item, grant.RoleName, verb, "rules[" + grant.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].verbs",
                            grant.BindingName, use.Account, use.Who);
                    }
                }
            }
        }
    }

    // KD6106: a ClusterRoleBinding that gives a job's account its role in every namespace.
    private static void ClusterBindings(IReadOnlyList<ResourceContext> all, List<AccountUse> uses)
    {
        foreach (var binding in ServiceAccounts.Bindings(all).Where(b => b.Kind == "ClusterRoleBinding"))
        {
            foreach (var subject in ServiceAccounts.Subjects(binding))
            {
                var use = uses.FirstOrDefault(u => ServiceAccounts.Binds(binding, subject, u.Account, u.Namespace));
                if (use is null)
                {
                    continue;
                }

                binding.Report(RuleCatalog.JobClusterBinding, (DocNode?)subject["name"] ?? subject, Doc.Text(binding.Metadata?["name"]) ?? "(unnamed)",
                    Doc.Text(Doc.At(binding.Resource, "roleRef", "name")) ?? "(unnamed)", use.Account, use.Who, use.Namespace ?? Doc.Text(subject["namespace"]) ?? "the job's namespace");
            }
        }
    }

    // KD6107: the token of an account mounted into Spark executors, and into Flink TaskManagers without Kubernetes HA.
    private static void Tokens(IReadOnlyList<ResourceContext> all)
    {
        foreach (var resource in all)
        {
            var account = ServiceAccounts.Uses(resource);
            string? why = null;
            AccountUse? use = null;
            string? podName = null;
            if (account.FirstOrDefault(u => u.Role == AccountRole.SparkExecutor) is { } executor)
            {
                use = executor;
                podName = "the executor pod";
                why = "Spark executors never call the Kubernetes API (the driver does)";
            }
            else if (account.FirstOrDefault(u => u.Role == AccountRole.Flink) is { } flink
                && Flink.FlinkConfiguration.Of(resource.Spec, resource.Settings.FlinkOperatorDefaults) is var conf
                && !KubernetesHa.Any(h => string.Equals(conf.Text(FlinkConfKeys.HighAvailabilityType) ?? conf.Text("high-availability"), h, StringComparison.OrdinalIgnoreCase)))
            {
                use = flink;
                podName = "the TaskManager pod";
                why = "TaskManagers call the Kubernetes API only for Kubernetes high availability, which high-availability.type does not choose";
            }

            if (use is null || PodViews.In(resource).FirstOrDefault(p => p.Description == podName) is not { } pod)
            {
                continue;
            }

            var automount = pod.Spec("automountServiceAccountToken");
            if (automount?.Text == "false")
            {
                continue;
            }

            var declared = all.FirstOrDefault(r => r.Kind == "ServiceAccount" && r.ApiVersion == "v1" && Doc.Text(r.Metadata?["name"]) == use.Account && ServiceAccounts.Same(r.Namespace, use.Namespace));
            if (automount is null && Doc.Text(declared?.Resource["automountServiceAccountToken"]) == "false")
            {
                continue;
            }

            var where = resource.Kind == "FlinkDeployment" ? "spec.taskManager.podTemplate.spec"
                : resource.Kind == SparkSpecs.SubmitKind ? "executor.template.spec"
                : (resource.Kind == "ScheduledSparkApplication" ? "spec.template" : "spec") + ".executor.template.spec";
            var what = automount is null ? "sets no automountServiceAccountToken" : "sets " + automount.Path + ": true";
            resource.Report(new RuleFinding(RuleCatalog.UnusedAccountToken, automount?.Node ?? pod.Anchor, [char.ToUpperInvariant(podName![0]) + podName.Substring(1), what, use.Account, why!, where])
            {
                SetMember = automount is not null ? (string.Empty, "false") : TokenFix(resource, pod),
            });
        }
    }

    // The code fix for a pod that sets nothing: the member path from the object at the finding to the pod spec's field.
    private static (string Member, string Value)? TokenFix(ResourceContext resource, PodView pod)
    {
        const string Field = "Spec:V1PodSpec/AutomountServiceAccountToken";
        if (SparkSpecs.Application(resource) is not null)
        {
            // The typed executor: its template is made on the way.
            return ("Template:V1PodTemplateSpec/" + Field, "false");
        }

        return resource.Kind == "FlinkDeployment" && pod.AnchorPath == "spec.taskManager"
            ? (Doc.Map(resource.Spec, "taskManager", "podTemplate") is null ? "PodTemplate:V1PodTemplateSpec/" + Field : Field, "false")
            : null;
    }

    // KD6108: secrets given to a job whose account may read every secret of the namespace.
    private static void ReadableSecrets(IReadOnlyList<ResourceContext> all, List<AccountUse> uses)
    {
        foreach (var group in uses.GroupBy(u => u.Resource))
        {
            var secret = ReferenceFinder.References(group.Key).FirstOrDefault(r => r.Kind == ReferencedKind.Secret && r.Role != "imagePullSecrets");
            if (secret is null)
            {
                continue;
            }

            var accounts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var use in group.Where(u => accounts.Add(u.Account)))
            {
                var grant = ServiceAccounts.Grants(all, use.Account, use.Namespace).FirstOrDefault(g => !g.Named && g.Covers("secrets") && (g.Allows("get") || g.Allows("list")));
                if (grant is null)
                {
                    continue;
                }

                var verbs = string.Join(" and ", new[] { "get", "list" }.Where(grant.Allows));
                group.Key.Report(RuleCatalog.SecretsReadableByAccount, secret.At, secret.Name, secret.Role, use.Account, use.Who, verbs,
                    use.Namespace ?? "its namespace", grant.RoleName, grant.BindingName);
                break;
            }
        }
    }
}
