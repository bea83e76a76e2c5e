using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.References;

/// <summary>
/// Collects what a resource refers to by name and what it declares. Pods and pod templates: volumes, env and
/// envFrom references, image pull secrets, the service account. The Spark operator's specs: driver and executor
/// service accounts, secrets, config maps and env secret refs, sparkConfigMap and hadoopConfigMap. The Flink
/// operator's: the service account and <c>kubernetes.secrets</c> in flinkConfiguration. An Airflow DAG's pod
/// tasks: the service account, secrets and volumes.
/// </summary>
internal static class ReferenceFinder
{
    public static List<Reference> References(ResourceContext context)
    {
        var found = new List<Reference>();
        foreach (var site in PodSpecs.In(context))
        {
            PodSpec(site.Spec, found);
        }

        if (SparkSpecs.Application(context) is { } spark)
        {
            Add(found, ReferencedKind.ConfigMap, spark["sparkConfigMap"], null, "sparkConfigMap");
            Add(found, ReferencedKind.ConfigMap, spark["hadoopConfigMap"], null, "hadoopConfigMap");
            if (SparkSpecs.SparkConf(spark) is { } conf)
            {
                // Spark mounts these into the driver (KerberosConfDriverFeatureStep); KD2019 checks they come in pairs.
                Add(found, ReferencedKind.ConfigMap, conf[SparkConfKeys.KerberosKrb5ConfigMapName], null, SparkConfKeys.KerberosKrb5ConfigMapName);
                if (conf[SparkConfKeys.KerberosTokenSecretName] is { } tokenSecret && Doc.Text(tokenSecret) is { Length: > 0 } tokenSecretName)
                {
                    var itemKey = conf[SparkConfKeys.KerberosTokenSecretItemKey];
                    found.Add(new Reference(ReferencedKind.Secret, tokenSecretName, Doc.Text(itemKey), tokenSecret, SparkConfKeys.KerberosTokenSecretName) { KeyNode = itemKey });
                }
            }

            foreach (var item in Doc.Items(spark, "imagePullSecrets"))
            {
                Add(found, ReferencedKind.Secret, item, null, "imagePullSecrets");
            }

            Volumes(Doc.Mappings(spark, "volumes"), found);
            foreach (var role in new[] { "driver", "executor" })
            {
                var pod = Doc.Map(spark, role);
                Add(found, ReferencedKind.ServiceAccount, pod?["serviceAccount"], null, "the " + role);
                foreach (var secret in Doc.Mappings(pod, "secrets"))
                {
                    Add(found, ReferencedKind.Secret, secret["name"], null, "the " + role + "'s secrets");
                }

                foreach (var configMap in Doc.Mappings(pod, "configMaps"))
                {
                    Add(found, ReferencedKind.ConfigMap, configMap["name"], null, "the " + role + "'s configMaps");
                }

                if (Doc.Map(pod, "envSecretKeyRefs") is { } refs)
                {
                    foreach (var entry in refs.Entries)
                    {
                        KeyRef(found, ReferencedKind.Secret, entry.Value as DocMapping, "name", "key", "the " + role + "'s env " + entry.Key);
                    }
                }

                Container(pod, found, "the " + role);
            }
        }

        if (context.IsFlinkOperator && context.Kind == "FlinkDeployment")
        {
            Add(found, ReferencedKind.ServiceAccount, context.Spec?["serviceAccount"], null, "the JobManager and TaskManagers");
            if (Doc.Map(context.Spec, "flinkConfiguration")?[FlinkConfKeys.KubernetesSecrets] is DocScalar mounts)
            {
                // "name:/path,other:/path2" (Flink's kubernetes.secrets option).
                foreach (var part in mounts.Text.Split(','))
                {
                    var name = part.Split(':')[0].Trim();
                    if (name.Length > 0)
                    {
                        found.Add(new Reference(ReferencedKind.Secret, name, null, mounts, FlinkConfKeys.KubernetesSecrets));
                    }
                }
            }
        }

        if (context.Kind == AirflowDagFiles.Kind)
        {
            AirflowTasks(context.Resource, found);
        }

        return found;
    }

    // The pods an Airflow DAG's pod tasks create (their templates are judged as the Pods they are).
    private static void AirflowTasks(DocMapping dag, List<Reference> found)
    {
        foreach (var task in Doc.Mappings(dag, "tasks"))
        {
            var role = "task '" + (Doc.Text(task["taskId"]) ?? "?") + "'";
            var uses = new List<Reference>();
            Add(uses, ReferencedKind.ServiceAccount, task["serviceAccountName"], null, role);
            foreach (var secret in Doc.Mappings(task, "secrets"))
            {
                if (Doc.Text(secret["secret"]) is { Length: > 0 } name)
                {
                    var key = secret["key"] is DocScalar { Kind: not ScalarKind.Null } keyNode ? keyNode : null;
                    uses.Add(new Reference(ReferencedKind.Secret, name, Doc.Text(key), secret["secret"]!, "the secrets of " + role) { KeyNode = key });
                }
            }

            Volumes(Doc.Mappings(task, "volumes"), uses);

            // The task's pod runs in the task's namespace, which is where these must be.
            var ns = Doc.Text(task["namespace"]);
            found.AddRange(uses.Select(r => r with { Namespace = ns }));
        }
    }

    /// <summary>What the resource itself declares, when it is a Secret, ConfigMap, ServiceAccount or PVC.</summary>
    public static Declared? Declaration(ResourceContext context)
    {
        if (Doc.Text(context.Metadata?["name"]) is not { } name || context.ApiVersion != "v1")
        {
            return null;
        }

        return context.Kind switch
        {
            "Secret" => new Declared(ReferencedKind.Secret, name, context.Namespace, Keys(context.Resource, "data", "stringData")),
            "ConfigMap" => new Declared(ReferencedKind.ConfigMap, name, context.Namespace, Keys(context.Resource, "data", "binaryData")),
            "ServiceAccount" => new Declared(ReferencedKind.ServiceAccount, name, context.Namespace, null),
            "PersistentVolumeClaim" => new Declared(ReferencedKind.PersistentVolumeClaim, name, context.Namespace, null),
            _ => null,
        };
    }

    // A secret or config map whose manifest lists no keys at all is a placeholder: its keys are not known.
    private static IReadOnlyCollection<string>? Keys(DocMapping resource, string first, string second)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { first, second })
        {
            if (resource[field] is DocMapping map)
            {
                foreach (var entry in map.Entries)
                {
                    keys.Add(entry.Key);
                }
            }
        }

        return keys.Count == 0 ? null : keys;
    }

    private static void PodSpec(DocMapping spec, List<Reference> found)
    {
        Add(found, ReferencedKind.ServiceAccount, spec["serviceAccountName"], null, "the pod");
        foreach (var secret in Doc.Mappings(spec, "imagePullSecrets"))
        {
            Add(found, ReferencedKind.Secret, secret["name"], null, "imagePullSecrets");
        }

        Volumes(Doc.Mappings(spec, "volumes"), found);
        foreach (var container in Doc.Mappings(spec, "containers"))
        {
            Container(container, found, "container '" + (Doc.Text(container["name"]) ?? "?") + "'");
        }

        foreach (var container in Doc.Mappings(spec, "initContainers"))
        {
            Container(container, found, "init container '" + (Doc.Text(container["name"]) ?? "?") + "'");
        }
    }

    private static void Volumes(IEnumerable<DocMapping> volumes, List<Reference> found)
    {
        foreach (var volume in volumes)
        {
            var role = "volume '" + (Doc.Text(volume["name"]) ?? "?") + "'";
            Add(found, ReferencedKind.Secret, Doc.At(volume, "secret", "secretName"), null, role);
            Add(found, ReferencedKind.ConfigMap, Doc.At(volume, "configMap", "name"), null, role);
            Add(found, ReferencedKind.PersistentVolumeClaim, Doc.At(volume, "persistentVolumeClaim", "claimName"), null, role);
            foreach (var source in Doc.Mappings(Doc.Map(volume, "projected"), "sources"))
            {
                Add(found, ReferencedKind.Secret, Doc.At(source, "secret", "name"), null, role);
                Add(found, ReferencedKind.ConfigMap, Doc.At(source, "configMap", "name"), null, role);
            }
        }
    }

    private static void Container(DocMapping? container, List<Reference> found, string role)
    {
        foreach (var env in Doc.Mappings(container, "env"))
        {
            var variable = role + "'s env " + (Doc.Text(env["name"]) ?? "?");
            KeyRef(found, ReferencedKind.Secret, Doc.Map(env, "valueFrom", "secretKeyRef"), "name", "key", variable);
            KeyRef(found, ReferencedKind.ConfigMap, Doc.Map(env, "valueFrom", "configMapKeyRef"), "name", "key", variable);
        }

        foreach (var source in Doc.Mappings(container, "envFrom"))
        {
            if (Doc.Text(Doc.At(source, "secretRef", "optional")) != "true")
            {
                Add(found, ReferencedKind.Secret, Doc.At(source, "secretRef", "name"), null, role + "'s envFrom");
            }

            if (Doc.Text(Doc.At(source, "configMapRef", "optional")) != "true")
            {
                Add(found, ReferencedKind.ConfigMap, Doc.At(source, "configMapRef", "name"), null, role + "'s envFrom");
            }
        }
    }

    private static void KeyRef(List<Reference> found, ReferencedKind kind, DocMapping? selector, string nameKey, string keyKey, string role)
    {
        if (selector is null || Doc.Text(selector["optional"]) == "true" || Doc.Text(selector[nameKey]) is not { } name)
        {
            return;
        }

        var keyNode = selector[keyKey];
        found.Add(new Reference(kind, name, Doc.Text(keyNode), selector[nameKey]!, role) { KeyNode = keyNode });
    }

    private static void Add(List<Reference> found, ReferencedKind kind, DocNode? node, string? key, string role)
    {
        if (Doc.Text(node) is { Length: > 0 } name)
        {
            found.Add(new Reference(kind, name, key, node!, role));
        }
    }
}
