using k8s.Models;
using KubeDsl;
using Operators.Hazelcast;

namespace Samples.DataGrid;

/// <summary>Data structures on a cluster, and the Management Center that watches it.</summary>
public static class Data
{
    /// <summary>config/samples/_v1alpha1_map_store.yaml: a map loaded from and written to an external store.</summary>
    [Manifest("hazelcast/map-store.yaml")]
    public static Map MapStore => new()
    {
        Metadata = new V1ObjectMeta { Name = "map-store" },
        Spec = new MapSpec
        {
            HazelcastResourceName = "hazelcast",
            MapStore = new MapSpecMapStore { ClassName = "SimpleStore", PropertiesSecretName = "props" },
        },
    };

    /// <summary>config/samples/_v1alpha1_managementcenter.yaml: Management Center behind a load balancer, with a volume.</summary>
    [Manifest("hazelcast/managementcenter.yaml")]
    public static ManagementCenter ManagementCenter => new()
    {
        Metadata = new V1ObjectMeta { Name = "managementcenter" },
        Spec = new ManagementCenterSpec
        {
            Repository = "hazelcast/management-center",
            LicenseKeySecretName = Cluster.LicenseKey,
            ExternalConnectivity = new ManagementCenterSpecExternalConnectivity { Type = ManagementCenterSpecExternalConnectivityType.LoadBalancer },
            HazelcastClusters = [new ManagementCenterSpecHazelcastClusters { Address = "hazelcast", Name = "dev" }],
            Persistence = new ManagementCenterSpecPersistence { Enabled = true, Size = "10Gi" },
        },
    };
}
