using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.CustomResources;

/// <summary>
/// Kubernetes types CRDs embed (controller-gen copies the core types' schemas into a CRD), written as the
/// KubernetesClient k8s.Models type instead of a generated copy, so a CRD's <c>affinity</c> takes the same
/// <c>V1Affinity</c> a pod does. A schema is that type when its field is one of the names the type goes by and
/// its fields are the type's or fewer (the field name is tried first) (a CRD made against an older Kubernetes lacks newer fields); or, under any
/// name, when it has exactly the type's fields and at least three of them. The field lists are KubernetesClient's
/// (a test compares each with the type's JSON names).
/// </summary>
internal static class CrdKnownTypes
{
    /// <summary>One known type: its k8s.Models name, its JSON fields, and the field names it goes by in CRDs.</summary>
    public sealed record Entry(string Type, IReadOnlyCollection<string> Fields, IReadOnlyCollection<string> Names);

    /// <summary>The known types; the first that fits wins.</summary>
    public static IReadOnlyList<Entry> All { get; } = new[]
    {
        E("V1Affinity", "nodeAffinity podAffinity podAntiAffinity", "affinity"),
        E("V1Toleration", "effect key operator tolerationSeconds value", "tolerations"),
        E("V1ResourceRequirements", "claims limits requests", "resources"),
        E("V1EnvVar", "name value valueFrom", "env"),
        E("V1EnvFromSource", "configMapRef prefix secretRef", "envFrom"),
        E("V1VolumeMount", "bindMountOptions mountPath mountPropagation name readOnly recursiveReadOnly subPath subPathExpr", "volumeMounts"),
        E("V1Volume", "awsElasticBlockStore azureDisk azureFile cephfs cinder configMap csi downwardAPI emptyDir ephemeral fc flexVolume flocker gcePersistentDisk gitRepo glusterfs hostPath image iscsi name nfs persistentVolumeClaim photonPersistentDisk portworxVolume projected quobyte rbd scaleIO secret storageos vsphereVolume", "volumes"),
        E("V1SecurityContext", "allowPrivilegeEscalation appArmorProfile capabilities privileged procMount readOnlyRootFilesystem runAsGroup runAsNonRoot runAsUser seLinuxOptions seccompProfile windowsOptions", "securityContext containerSecurityContext"),
        E("V1PodSecurityContext", "appArmorProfile fsGroup fsGroupChangePolicy runAsGroup runAsNonRoot runAsUser seLinuxChangePolicy seLinuxOptions seccompProfile supplementalGroups supplementalGroupsPolicy sysctls windowsOptions", "securityContext podSecurityContext"),
        E("V1PersistentVolumeClaimSpec", "accessModes dataSource dataSourceRef resources selector storageClassName volumeAttributesClassName volumeMode volumeName", "spec persistentVolumeClaimSpec"),
        E("V1LocalObjectReference", "name", "imagePullSecrets"),
        E("V1LabelSelector", "matchExpressions matchLabels", "selector labelSelector namespaceSelector podSelector"),
        E("V1TopologySpreadConstraint", "labelSelector matchLabelKeys maxSkew minDomains nodeAffinityPolicy nodeTaintsPolicy topologyKey whenUnsatisfiable", "topologySpreadConstraints"),
        E("V1Probe", "exec failureThreshold grpc httpGet initialDelaySeconds periodSeconds successThreshold tcpSocket terminationGracePeriodSeconds timeoutSeconds", "livenessProbe readinessProbe startupProbe"),
        E("V1HostAlias", "hostnames ip", "hostAliases"),
        E("V1Capabilities", "add drop", "capabilities"),
        E("V1SecretKeySelector", "key name optional", "secretKeyRef"),
        E("V1ConfigMapKeySelector", "key name optional", "configMapKeyRef"),
        E("V1ContainerPort", "containerPort hostIP hostPort name protocol", "ports"),
        E("V1ServicePort", "appProtocol name nodePort port protocol targetPort", "ports"),
    };

    /// <summary>The known type a schema object with <paramref name="fields"/> under field <paramref name="name"/> is, or null.</summary>
    public static string? Match(string name, IReadOnlyCollection<string> fields)
    {
        if (fields.Count == 0)
        {
            return null;
        }

        // A type the field name points at first, so configMapKeyRef is V1ConfigMapKeySelector although
        // V1SecretKeySelector has the same fields.
        foreach (var entry in All)
        {
            if (entry.Names.Contains(name) && fields.All(entry.Fields.Contains))
            {
                return entry.Type;
            }
        }

        foreach (var entry in All)
        {
            if (fields.Count == entry.Fields.Count && fields.Count >= 3 && fields.All(entry.Fields.Contains))
            {
                return entry.Type;
            }
        }

        return null;
    }

    private static Entry E(string type, string fields, string names) =>
        new(type, new HashSet<string>(Split(fields), StringComparer.Ordinal), new HashSet<string>(Split(names), StringComparer.Ordinal));

    private static string[] Split(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
}
