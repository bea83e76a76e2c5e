using System;

namespace KubeDsl;

/// <summary>
/// Declares, for KubeDsl's cross-resource rules, a Secret that exists in the cluster but is not defined with
/// [Manifest] here (created by a secret store, another repository, or by hand), so references to it are not
/// reported as missing. <c>[assembly: ExternalSecret("s3-credentials", Keys = ["access-key", "secret-key"])]</c>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalSecretAttribute : Attribute
{
    /// <summary>Declares the secret <paramref name="name"/>.</summary>
    /// <param name="name">The secret's name.</param>
    public ExternalSecretAttribute(string name) => Name = name;

    /// <summary>The secret's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that use it are applied.</summary>
    public string? Namespace { get; set; }

    /// <summary>Its keys, so references to other keys are reported; unset means any key.</summary>
    public string[]? Keys { get; set; }
}

/// <summary>
/// Declares a ConfigMap that exists in the cluster but is not defined with [Manifest] here, so references to it
/// are not reported as missing. <c>[assembly: ExternalConfigMap("spark-defaults")]</c>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalConfigMapAttribute : Attribute
{
    /// <summary>Declares the config map <paramref name="name"/>.</summary>
    /// <param name="name">The config map's name.</param>
    public ExternalConfigMapAttribute(string name) => Name = name;

    /// <summary>The config map's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that use it are applied.</summary>
    public string? Namespace { get; set; }

    /// <summary>Its keys, so references to other keys are reported; unset means any key.</summary>
    public string[]? Keys { get; set; }
}

/// <summary>
/// Declares a ServiceAccount that exists in the cluster but is not defined with [Manifest] here, such as the one the
/// Spark operator's Helm chart creates for drivers. <c>[assembly: ExternalServiceAccount("spark-operator-spark")]</c>
/// Its permissions are not checked (its roles are managed elsewhere too).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalServiceAccountAttribute : Attribute
{
    /// <summary>Declares the service account <paramref name="name"/>.</summary>
    /// <param name="name">The service account's name.</param>
    public ExternalServiceAccountAttribute(string name) => Name = name;

    /// <summary>The service account's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that use it are applied.</summary>
    public string? Namespace { get; set; }
}

/// <summary>
/// Declares a PersistentVolumeClaim that exists in the cluster but is not defined with [Manifest] here.
/// <c>[assembly: ExternalPersistentVolumeClaim("shared-data")]</c>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalPersistentVolumeClaimAttribute : Attribute
{
    /// <summary>Declares the claim <paramref name="name"/>.</summary>
    /// <param name="name">The claim's name.</param>
    public ExternalPersistentVolumeClaimAttribute(string name) => Name = name;

    /// <summary>The claim's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that use it are applied.</summary>
    public string? Namespace { get; set; }
}

/// <summary>
/// Declares a Flink operator FlinkDeployment that exists in the cluster but is not defined with [Manifest] here (a
/// shared session cluster, a deployment of another repository), so session jobs and snapshots that target it are
/// not reported (KD3030). <c>[assembly: ExternalFlinkDeployment("example-deployment", Namespace = "flink")]</c>
/// Its configuration is not known here, so the checks of a session job that need it (state directories, savepoint
/// settings, autoscaler options, judged on the cluster's and the job's configuration merged) are skipped; list the
/// deployment in an inventory file to have them made (docs/managed-elsewhere.md).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalFlinkDeploymentAttribute : Attribute
{
    /// <summary>Declares the deployment <paramref name="name"/>.</summary>
    /// <param name="name">The FlinkDeployment's name.</param>
    public ExternalFlinkDeploymentAttribute(string name) => Name = name;

    /// <summary>The FlinkDeployment's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that target it are applied.</summary>
    public string? Namespace { get; set; }
}

/// <summary>
/// Declares a Flink operator FlinkSessionJob that exists in the cluster but is not defined with [Manifest] here, so
/// snapshots of it are not reported (KD3030). <c>[assembly: ExternalFlinkSessionJob("orders-job")]</c>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ExternalFlinkSessionJobAttribute : Attribute
{
    /// <summary>Declares the session job <paramref name="name"/>.</summary>
    /// <param name="name">The FlinkSessionJob's name.</param>
    public ExternalFlinkSessionJobAttribute(string name) => Name = name;

    /// <summary>The FlinkSessionJob's name.</summary>
    public string Name { get; }

    /// <summary>Its namespace; unset means wherever the manifests that target it are applied.</summary>
    public string? Namespace { get; set; }
}
