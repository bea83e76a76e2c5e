using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using Operators.Strimzi;

namespace Samples.Streaming;

/// <summary>
/// A Kafka cluster in KRaft mode run by Strimzi: node pools of controllers and brokers and the cluster they form,
/// written against the records imported from Strimzi's CRDs (Hazelcast.csproj's KubeDslCrd items).
/// </summary>
public static class KRaft
{
    /// <summary>The cluster's name; a node pool joins it by the strimzi.io/cluster label.</summary>
    public const string ClusterName = "my-cluster";

    /// <summary>Three nodes of one role, each with a 100Gi claim that also holds the KRaft metadata log.</summary>
    public static KafkaNodePool Pool(string name, KafkaNodePoolSpecRoles role) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["strimzi.io/cluster"] = ClusterName } },
        Spec = new KafkaNodePoolSpec
        {
            Replicas = 3,
            Roles = [role],
            Storage = new KafkaNodePoolSpecStorage
            {
                Type = KafkaNodePoolSpecStorageType.Jbod,
                Volumes =
                [
                    new KafkaNodePoolSpecStorageVolumes
                    {
                        Id = 0,
                        Type = KafkaNodePoolSpecStorageVolumesType.PersistentClaim,
                        Size = "100Gi",
                        KraftMetadata = KafkaNodePoolSpecStorageVolumesKraftMetadata.Shared,
                    },
                ],
            },
        },
    };

    /// <summary>A listener inside the cluster's network.</summary>
    private static KafkaSpecKafkaListeners Internal(string name, int port, bool tls) =>
        new() { Name = name, Port = port, Type = KafkaSpecKafkaListenersType.Internal, Tls = tls };

    /// <summary>examples/kafka/kafka-persistent.yaml: the node pools and the cluster, with the topic and user operators.</summary>
    [Manifest("strimzi/kafka-persistent.yaml")]
    public static List<object> Persistent =>
    [
        Pool("controller", KafkaNodePoolSpecRoles.Controller),
        Pool("broker", KafkaNodePoolSpecRoles.Broker),
        new Kafka
        {
            Metadata = new V1ObjectMeta { Name = ClusterName },
            Spec = new KafkaSpec
            {
                Kafka = new KafkaSpecKafka
                {
                    Version = "4.3.1",
                    MetadataVersion = "4.3-IV0",
                    Listeners = [Internal("plain", 9092, tls: false), Internal("tls", 9093, tls: true)],
                    Config = new Dictionary<string, object>
                    {
                        ["offsets.topic.replication.factor"] = 3,
                        ["transaction.state.log.replication.factor"] = 3,
                        ["transaction.state.log.min.isr"] = 2,
                        ["default.replication.factor"] = 3,
                        ["min.insync.replicas"] = 2,
                    },
                },
                EntityOperator = new KafkaSpecEntityOperator
                {
                    TopicOperator = new KafkaSpecEntityOperatorTopicOperator(),
                    UserOperator = new KafkaSpecEntityOperatorUserOperator(),
                },
            },
        },
    ];
}
