using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// KD6208: a Spark driver pod that no NetworkPolicy of its namespace (definitions or inventory) selects. The driver's
/// labels are those the operator and Spark give it (<c>spark-role: driver</c>,
/// <c>sparkoperator.k8s.io/launched-by-spark-operator: "true"</c>, for a SparkApplication
/// <c>sparkoperator.k8s.io/app-name: &lt;name&gt;</c>; kubeflow/spark-operator pkg/common/spark.go) and the typed and
/// template labels. Labels only known at run time (<c>spark-app-selector</c>) match no selector here.
/// </summary>
internal static class NetworkPolicyRule
{
    public static void Check(IReadOnlyList<ResourceContext> resources)
    {
        var policies = resources.Where(r => r.Kind == "NetworkPolicy" && r.ApiVersion == "networking.k8s.io/v1").ToList();
        foreach (var resource in resources)
        {
            if (SparkSpecs.Application(resource) is not { } spark || Doc.Map(spark, "driver") is not { } driver)
            {
                continue;
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["spark-role"] = "driver",
                ["sparkoperator.k8s.io/launched-by-spark-operator"] = "true",
            };
            if (resource.Kind == "SparkApplication" && Doc.Text(resource.Metadata?["name"]) is { } name)
            {
                labels["sparkoperator.k8s.io/app-name"] = name;
            }

            foreach (var source in new[] { Doc.Map(driver, "template", "metadata", "labels"), Doc.Map(driver, "labels") })
            {
                foreach (var entry in source?.Entries ?? [])
                {
                    if (Doc.Text(entry.Value) is { } value)
                    {
                        labels[entry.Key] = value;
                    }
                }
            }

            if (policies.Any(p => ServiceAccounts.Same(p.Namespace, resource.Namespace) && Selects(Doc.Map(p.Spec, "podSelector"), labels)))
            {
                continue;
            }

            var what = resource.Kind + " '" + (Doc.Text(resource.Metadata?["name"]) ?? "(unnamed)") + "'";
            resource.Report(RuleCatalog.DriverWithoutNetworkPolicy, driver, what, resource.Namespace is { } ns ? "in namespace '" + ns + "'" : "among the definitions and the inventory");
        }
    }

    /// <summary>True when a label selector (absent or empty: every pod) matches the labels.</summary>
    public static bool Selects(DocMapping? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return false;
        }

        foreach (var entry in Doc.Map(selector, "matchLabels")?.Entries ?? [])
        {
            if (!labels.TryGetValue(entry.Key, out var value) || value != Doc.Text(entry.Value))
            {
                return false;
            }
        }

        foreach (var expression in Doc.Mappings(selector, "matchExpressions"))
        {
            var key = Doc.Text(expression["key"]) ?? string.Empty;
            var values = Doc.Items(expression, "values").Select(Doc.Text).ToList();
            var has = labels.TryGetValue(key, out var value);
            var matches = Doc.Text(expression["operator"]) switch
            {
                "In" => has && values.Contains(value),
                "NotIn" => !has || !values.Contains(value),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
