using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using Operators.Hazelcast;

namespace Samples.DataGrid;

/// <summary>
/// Hazelcast clusters with Jet, the stream engine, and the Jet jobs submitted to them: the Hazelcast Platform
/// Operator's samples, written against the records imported from its CRDs (Hazelcast.csproj's KubeDslCrd items).
/// </summary>
public static class Cluster
{
    /// <summary>The Enterprise image every sample runs.</summary>
    public const string Repository = "docker.io/hazelcast/hazelcast-enterprise";

    /// <summary>The Secret with the Enterprise license key, created beside the operator.</summary>
    public const string LicenseKey = "hazelcast-license-key";

    /// <summary>config/samples/_v1alpha1_hazelcast_jet.yaml: three members with Jet's engine tuned.</summary>
    [Manifest("hazelcast/hazelcast-jet.yaml")]
    public static Hazelcast Jet => new()
    {
        Metadata = new V1ObjectMeta { Name = "hazelcast" },
        Spec = new HazelcastSpec
        {
            ClusterSize = 3,
            Repository = Repository,
            Version = "5.4.0",
            LicenseKeySecretName = LicenseKey,
            Jet = new HazelcastSpecJet
            {
                Enabled = true,
                ResourceUploadEnabled = true,
                Instance = new HazelcastSpecJetInstance
                {
                    CooperativeThreadCount = 4,
                    FlowControlPeriodMillis = 100,
                    BackupCount = 1,
                    ScaleUpDelayMillis = 10000,
                    LosslessRestartEnabled = false,
                    MaxProcessorAccumulatedRecords = 1_000_000_000,
                },
                EdgeDefaults = new HazelcastSpecJetEdgeDefaults { QueueSize = 1024, PacketSizeLimit = 16384, ReceiveWindowMultiplier = 3 },
            },
            Jvm = new HazelcastSpecJvm { Args = ["-Djet.idle.cooperative.min.microseconds=50"] },
        },
    };

    /// <summary>A Jet job running a jar the cluster downloaded from its bucket.</summary>
    public static JetJob Job(string name, string jar) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new JetJobSpec { HazelcastResourceName = "hazelcast", State = JetJobSpecState.Running, JarName = jar },
    };

    /// <summary>
    /// config/samples/_v1alpha1_jetjob.yaml: a cluster that loads job jars from a Google Cloud Storage bucket, and
    /// two jobs. Upstream's jobs name the cluster "hazelcast", the one of the sample above, not this file's.
    /// </summary>
    [Manifest("hazelcast/jetjob.yaml")]
    public static List<object> Jobs =>
    [
        new Hazelcast
        {
            Metadata = new V1ObjectMeta { Name = "hazelcast-sample" },
            Spec = new HazelcastSpec
            {
                ClusterSize = 3,
                Repository = Repository,
                LicenseKeySecretName = LicenseKey,
                Jet = new HazelcastSpecJet
                {
                    Enabled = true,
                    ResourceUploadEnabled = true,
                    BucketConfig = new HazelcastSpecJetBucketConfig { BucketURI = "gs://operator-user-code/jetJobs", SecretName = "br-secret-gcp" },
                },
            },
        },
        Job("jet-job-sample", "jet-pipeline-1.0.2.jar"),
        Job("jet-job-longrun", "jet-pipeline-longrun-2.0.0.jar"),
    ];
}
