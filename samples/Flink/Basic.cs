using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>The application-cluster examples: basic, ingress, reactive, checkpointing with HA, logging, canary.</summary>
public static class Basic
{
    /// <summary>examples/basic.yaml: the state machine job on a Flink 2.2 application cluster.</summary>
    [Manifest("basic.yaml")]
    public static FlinkDeployment Example => Common.Deployment("basic-example", Common.Cluster with { Job = Common.StateMachine });

    /// <summary>examples/basic-ingress.yaml: the web UI under a host name made from the resource's name and namespace.</summary>
    [Manifest("basic-ingress.yaml")]
    public static FlinkDeployment Ingress => Common.Deployment("basic-ingress", Common.Cluster with
    {
        Ingress = new IngressSpec { Template = "{{name}}.{{namespace}}.flink.k8s.io" },
        Job = Common.StateMachine with { UpgradeMode = null },
    });

    /// <summary>examples/advanced-ingress.yaml: the web UI under a path, with an nginx rewrite rule.</summary>
    [Manifest("advanced-ingress.yaml")]
    public static FlinkDeployment AdvancedIngress => Common.Deployment("advanced-ingress", Common.Cluster with
    {
        Ingress = new IngressSpec
        {
            Template = "/{{namespace}}/{{name}}(/|$)(.*)",
            ClassName = "nginx",
            Annotations = new Dictionary<string, string> { ["nginx.ingress.kubernetes.io/rewrite-target"] = "/$2" },
        },
        Job = Common.StateMachine with { UpgradeMode = null },
    });

    /// <summary>A job that keeps state across upgrades through savepoints, and the configuration it needs.</summary>
    private static readonly JobSpec SavepointedStateMachine = Common.StateMachine with
    {
        UpgradeMode = UpgradeMode.Savepoint,
        State = JobState.Running,
        SavepointTriggerNonce = 0,
    };

    /// <summary>examples/basic-checkpoint-ha.yaml: savepoint upgrades, checkpoints and Kubernetes high availability.</summary>
    [Manifest("basic-checkpoint-ha.yaml")]
    public static FlinkDeployment CheckpointHa => Common.Deployment("basic-checkpoint-ha-example", Common.Cluster with
    {
        FlinkConfiguration = new()
        {
            [FlinkOptions.TaskSlots] = "2",
            ["state.savepoints.dir"] = "file:///flink-data/savepoints",
            ["state.checkpoints.dir"] = "file:///flink-data/checkpoints",
            ["high-availability.type"] = "kubernetes",
            ["high-availability.storageDir"] = "file:///flink-data/ha",
            ["kubernetes.operator.savepoint.format.type"] = "NATIVE",
        },
#pragma warning disable KD6004 // the host directory of upstream's example, see Common.FlinkDataVolume
        PodTemplate = Common.FlinkDataVolume,
#pragma warning restore KD6004
        Job = SavepointedStateMachine,
    });

    /// <summary>examples/basic-reactive.yaml: reactive scaling in standalone mode.</summary>
    [Manifest("basic-reactive.yaml")]
    public static FlinkDeployment Reactive => Common.Deployment("basic-reactive-example", Common.Cluster with
    {
        Mode = KubernetesDeploymentMode.Standalone,
        FlinkConfiguration = new()
        {
            ["scheduler-mode"] = "REACTIVE",
            [FlinkOptions.TaskSlots] = "2",
            ["state.savepoints.dir"] = "file:///flink-data/savepoints",
            ["state.checkpoints.dir"] = "file:///flink-data/checkpoints",
            ["high-availability.type"] = "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory",
            ["high-availability.storageDir"] = "file:///flink-data/ha",
        },
#pragma warning disable KD6004 // the host directory of upstream's example, see Common.FlinkDataVolume
        PodTemplate = Common.FlinkDataVolume,
#pragma warning restore KD6004
        Job = SavepointedStateMachine,
    });

    /// <summary>examples/custom-logging.yaml: a log4j configuration that replaces the operator's default.</summary>
    [Manifest("custom-logging.yaml")]
    public static FlinkDeployment CustomLogging => Common.Deployment("custom-logging-example", Common.Cluster with
    {
        Job = Common.StateMachine,
        LogConfiguration = new Dictionary<string, string> { ["log4j-console.properties"] = Log4jDebug },
    });

    private const string Log4jDebug = """
        rootLogger.level = DEBUG
        rootLogger.appenderRef.file.ref = LogFile
        rootLogger.appenderRef.console.ref = LogConsole
        appender.file.name = LogFile
        appender.file.type = File
        appender.file.append = false
        appender.file.fileName = ${sys:log.file}
        appender.file.layout.type = PatternLayout
        appender.file.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
        appender.console.name = LogConsole
        appender.console.type = CONSOLE
        appender.console.layout.type = PatternLayout
        appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
        logger.akka.name = akka
        logger.akka.level = INFO
        logger.kafka.name= org.apache.kafka
        logger.kafka.level = INFO
        logger.hadoop.name = org.apache.hadoop
        logger.hadoop.level = INFO
        logger.zookeeper.name = org.apache.zookeeper
        logger.zookeeper.level = INFO
        logger.netty.name = org.apache.flink.shaded.akka.org.jboss.netty.channel.DefaultChannelPipeline
        logger.netty.level = OFF

        """;

    /// <summary>
    /// examples/canary.yaml: the operator's canary resource. With the label and no spec, the operator only checks
    /// that it reconciles it, as a health signal.
    /// </summary>
    [Manifest("canary.yaml")]
    public static FlinkDeployment Canary => new()
    {
        Metadata = new V1ObjectMeta { Name = "canary", Labels = new Dictionary<string, string> { ["flink.apache.org/canary"] = "true" } },
    };
}
