using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The Flink operator's validator (DefaultValidator, release 1.15.0; rule numbers from docs/flink-validator.md)
/// for what one FlinkDeployment decides on its own, and what Flink 2.x rejects at deploy time. The effective
/// configuration is <c>flinkConfiguration</c> (the operator's default configuration adds no keys these rules read).
/// </summary>
internal sealed class FlinkDeploymentRule : ResourceRule
{
    // V05: keys the operator sets itself.
    internal static readonly string[] ForbiddenKeys = [FlinkConfKeys.KubernetesNamespace, FlinkConfKeys.KubernetesClusterId, FlinkConfKeys.HighAvailabilityClusterId];

    // V09: the only log configuration files the operator mounts.
    private static readonly string[] LogKeys = ["log4j-console.properties", "logback-console.xml"];

    // CheckpointingOptions in Flink 1.20: the current key and its deprecated aliases.
    private static readonly string[] CheckpointDirKeys = [FlinkConfKeys.CheckpointDir, "state.checkpoints.dir", "state.backend.fs.checkpointdir"];
    private static readonly string[] CheckpointStorageKeys = [FlinkConfKeys.CheckpointStorage, "state.checkpoint-storage"];
    private static readonly string[] SavepointDirKeys = [FlinkConfKeys.SavepointDir, "state.savepoints.dir", "savepoints.state.backend.fs.dir"];

    private static readonly string[] Unsupported = ["v1_13", "v1_14"];
    private static readonly string[] Deprecated = ["v1_15", "v1_16", "v1_17", "v1_18"];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        RuleCatalog.FlinkVersionMissing, RuleCatalog.FlinkVersionUnsupported, RuleCatalog.FlinkForbiddenKey, RuleCatalog.FlinkLogConfigKey,
        RuleCatalog.FlinkStateDirectory, RuleCatalog.FlinkParallelism, RuleCatalog.FlinkServiceAccount, RuleCatalog.FlinkIngress,
        RuleCatalog.FlinkKeyPrefixOverlap, RuleCatalog.FlinkNewerOperator, RuleCatalog.FlinkOperatorSetting,
        RuleCatalog.FlinkDeprecatedKey, RuleCatalog.FlinkMainContainerResources, RuleCatalog.FlinkMemoryTooSmall, RuleCatalog.FlinkJobManagerHeap, RuleCatalog.FlinkMainContainerName, RuleCatalog.FlinkMemoryMissing,
        RuleCatalog.FlinkCheckpointsInMemory,
    ];

    // Keys Flink 1.20 deprecated, with their replacements (CheckpointingOptions, StateBackendOptions).
    internal static readonly Dictionary<string, string> DeprecatedKeys = new(StringComparer.Ordinal)
    {
        ["state.checkpoints.dir"] = FlinkConfKeys.CheckpointDir,
        ["state.savepoints.dir"] = FlinkConfKeys.SavepointDir,
        ["state.checkpoints.num-retained"] = FlinkConfKeys.CheckpointsRetained,
        ["state.backend.incremental"] = FlinkConfKeys.IncrementalCheckpoints,
        ["state.backend.local-recovery"] = FlinkConfKeys.LocalRecovery,
        ["state.backend"] = FlinkConfKeys.StateBackendType,
    };

    public override void Check(ResourceContext context)
    {
        if (context.Kind != "FlinkDeployment" || !context.IsFlinkOperator || context.Spec is not { } spec)
        {
            return;
        }

        var versionNode = spec["flinkVersion"];
        var version = Doc.Text(versionNode);
        if (version is null)
        {
            context.Report(RuleCatalog.FlinkVersionMissing, spec);
        }
        else if (Unsupported.Contains(version))
        {
            // The operator rejects it (DefaultValidator.validateFlinkVersion), so this finding is an error; the
            // descriptor's default, a warning, is for the deprecated versions it still runs.
            context.Report(new RuleFinding(RuleCatalog.FlinkVersionUnsupported, versionNode!, [version, "is not supported by the operator (it needs v1_15 or later); the operator rejects the deployment"]) { Severity = RuleSeverity.Error });
        }
        else if (Deprecated.Contains(version))
        {
            // Release 1.15.0 only marks these @Deprecated in FlinkVersion; the main branch also logs a warning each time
            // it validates the resource (ValidatorUtils.validateSupportedVersion), on every reconciliation.
            context.Report(RuleCatalog.FlinkVersionUnsupported, versionNode!, version, context.Settings.FlinkMainBranch
                ? "is deprecated: the operator's main branch logs a warning on every reconciliation and a later release may drop it"
                : $"is deprecated in operator release {context.Settings.FlinkOperatorVersion} (it still runs it without a warning) and a later release may drop it");
        }

        if (!context.Settings.FlinkMainBranch)
        {
            NewerOperator(context, spec, versionNode, version);
        }

        var conf = FlinkConfiguration.Of(spec, context.Settings.FlinkOperatorDefaults);
        OperatorSettings(context, spec, conf);
        foreach (var entry in Doc.Map(spec, "flinkConfiguration")?.Entries ?? [])
        {
            if (DeprecatedKeys.TryGetValue(entry.Key, out var current))
            {
                context.ReportKeyWithReplacement(RuleCatalog.FlinkDeprecatedKey, entry, current, entry.Key, current);
            }
        }

        MainContainerResources(context, spec);
        MainContainerName(context, spec);
        Memory(context, spec, conf, taskManager: false);
        Memory(context, spec, conf, taskManager: true);
        foreach (var key in ForbiddenKeys)
        {
            if (conf.Node(key) is { } node)
            {
                context.Report(RuleCatalog.FlinkForbiddenKey, node, key);
            }
        }

        foreach (var entry in Doc.Map(spec, "logConfiguration")?.Entries ?? [])
        {
            if (!LogKeys.Contains(entry.Key))
            {
                context.ReportKey(RuleCatalog.FlinkLogConfigKey, entry, entry.Key);
            }
        }

        if (spec["ingress"] is DocMapping ingress)
        {
            Ingress(context, ingress);
        }

        if (spec["job"] is DocMapping job)
        {
            Job(context, spec, job, conf);
        }

        JobManagerReplicas(context, spec, conf);
        if (spec["serviceAccount"] is null)
        {
            context.Report(RuleCatalog.FlinkServiceAccount, spec);
        }

        if (version is not null && string.CompareOrdinal(version, "v2_0") >= 0 && version.StartsWith("v2", StringComparison.Ordinal))
        {
            PrefixOverlap(context, conf);
        }
    }

    // Fields and values the main-branch CRD has and release 1.15.0's does not (the vendored CRDs differ only there).
    private static void NewerOperator(ResourceContext context, DocMapping spec, DocNode? versionNode, string? version)
    {
        var target = context.Settings.FlinkOperatorVersion;
        foreach (var role in new[] { "jobManager", "taskManager" })
        {
            if (Doc.At(spec, role, "resources") is { } resources)
            {
                context.Report(RuleCatalog.FlinkNewerOperator, resources, role + ".resources", target,
                    "has no such field, so the API server drops it and the pods get Flink's default sizes", "use " + role + ".resource (cpu, memory)");
            }
        }

        if (version is "v2_3" or "v2_4")
        {
            context.Report(RuleCatalog.FlinkNewerOperator, versionNode!, "flinkVersion " + version, target, "rejects the value", "use v2_2");
        }
    }

    // A template with a single container of another name and no image of its own: it was meant to be the main
    // container (a sidecar needs an image), but Flink treats it as a sidecar.
    private static void MainContainerName(ResourceContext context, DocMapping spec)
    {
        foreach (var path in new[] { new[] { "podTemplate", "spec" }, new[] { "jobManager", "podTemplate", "spec" }, new[] { "taskManager", "podTemplate", "spec" } })
        {
            var containers = Doc.Mappings(Doc.Map(spec, path), "containers").ToList();
            if (containers.Count == 1 && Doc.Text(containers[0]["name"]) is { } name && name != FlinkPodTemplates.MainContainerName
                && containers[0]["image"] is null && containers[0].Entries.Count > 1)
            {
                context.Report(RuleCatalog.FlinkMainContainerName, containers[0]["name"]!, name);
            }
        }
    }

    // The operator does not check a memory size the spec sets (only a missing one); Flink fails when the process
    // starts. Sizes from resource.memory or (main branch) resources.requests/limits.memory.
    private static void Memory(ResourceContext context, DocMapping spec, FlinkConfiguration conf, bool taskManager)
    {
        var role = taskManager ? "taskManager" : "jobManager";
        var name = taskManager ? "TaskManager" : "JobManager";
        var node = Doc.At(spec, role, "resource", "memory") ?? Doc.At(spec, role, "resources", "requests", "memory") ?? Doc.At(spec, role, "resources", "limits", "memory");
        if (Doc.Text(node) is not { } text)
        {
            // V13/V16: without a size in the spec Flink must derive one from the configuration, which needs the
            // process size, the Flink size, or the fine-grained sizes (heap; task heap and managed for TaskManagers).
            var prefix = taskManager ? "taskmanager.memory." : "jobmanager.memory.";
            var fineGrained = taskManager
                ? conf.Text(prefix + "task.heap.size") is not null && conf.Text(prefix + "managed.size") is not null
                : conf.Text(prefix + "heap.size") is not null;
            if (conf.Text(prefix + "process.size") is null && conf.Text(prefix + "flink.size") is null && !fineGrained)
            {
                context.Report(RuleCatalog.FlinkMemoryMissing, Doc.Map(spec, role) ?? spec, name, role);
            }

            return;
        }

        var model = new FlinkMemory(taskManager, conf);
        if (!FlinkMemory.TryParseResource(text, out var bytes))
        {
            context.Report(RuleCatalog.FlinkMemoryTooSmall, node!, name, "'" + text + "'", "the operator cannot read it (no decimals; use 2048m, 2g or 2Gi)", "a whole number with a unit");
            return;
        }

        if (model.Problem(bytes) is { } problem)
        {
            var minimum = FlinkMemory.SmallestMiB(b => model.Problem(b) is null);
            context.Report(RuleCatalog.FlinkMemoryTooSmall, node!, name, text + " (" + FlinkMemory.Show(bytes) + ")", problem, minimum + "m");
        }
        else if (!taskManager && model.JobManagerHeap(bytes) < 128 * 1024 * 1024)
        {
            var recommended = FlinkMemory.SmallestMiB(b => model.Problem(b) is null && model.JobManagerHeap(b) >= 128L * 1024 * 1024);
            context.Report(RuleCatalog.FlinkJobManagerHeap, node!, text, FlinkMemory.Show(model.JobManagerHeap(bytes)), recommended + "m");
        }
    }

    // Flink overwrites the main container's cpu and memory with the values it derives from jobManager/taskManager.
    private static void MainContainerResources(ResourceContext context, DocMapping spec)
    {
        foreach (var (path, owner, source) in new[]
        {
            (new[] { "podTemplate", "spec" }, "the JobManager and TaskManagers", "jobManager.resource and taskManager.resource"),
            (new[] { "jobManager", "podTemplate", "spec" }, "the JobManager", "jobManager.resource"),
            (new[] { "taskManager", "podTemplate", "spec" }, "the TaskManagers", "taskManager.resource"),
        })
        {
            foreach (var container in Doc.Mappings(Doc.Map(spec, path), "containers"))
            {
                if (Doc.Text(container["name"]) != FlinkPodTemplates.MainContainerName)
                {
                    continue;
                }

                foreach (var kind in new[] { "requests", "limits" })
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        if (Doc.At(container, "resources", kind, resource) is { } node)
                        {
                            context.Report(RuleCatalog.FlinkMainContainerResources, node, resource + " " + kind.TrimEnd('s'), owner, source);
                        }
                    }
                }
            }
        }
    }

    // V06a and V11c/V11d: settings, usually in the operator's default configuration, that need something else.
    private static void OperatorSettings(ResourceContext context, DocMapping spec, FlinkConfiguration conf)
    {
        if (conf.Text(FlinkConfKeys.OperatorRollbackEnabled) == "true" && !conf.HighAvailability)
        {
            context.Report(RuleCatalog.FlinkOperatorSetting, conf.Node(FlinkConfKeys.OperatorRollbackEnabled) ?? spec, "rollbacks (kubernetes.operator.deployment.rollback.enabled) need high availability (high-availability.type)");
        }

        if (conf.Text(FlinkConfKeys.OperatorHealthCheckEnabled) == "true" && conf.Text(FlinkConfKeys.OperatorJobManagerRecoveryEnabled) == "false")
        {
            context.Report(RuleCatalog.FlinkOperatorSetting, conf.Node(FlinkConfKeys.OperatorHealthCheckEnabled) ?? spec, "the cluster health check needs JobManager deployment recovery (kubernetes.operator.jm-deployment-recovery.enabled)");
        }

        if (spec["job"] is not null)
        {
            SavepointSettings(context, spec, conf);
        }
    }

    /// <summary>V11c and V11d: periodic savepoints and a maximum checkpoint age need a savepoint directory (a job's check).</summary>
    public static void SavepointSettings(ResourceContext context, DocMapping spec, FlinkConfiguration conf)
    {
        if (conf.First(SavepointDirKeys) is null)
        {
            foreach (var key in new[] { FlinkConfKeys.OperatorPeriodicSavepointInterval, "kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age" })
            {
                if (conf.Text(key) is { Length: > 0 })
                {
                    context.Report(RuleCatalog.FlinkOperatorSetting, conf.Node(key) ?? spec, key + " needs a savepoint directory (execution.checkpointing.savepoint-dir)");
                }
            }
        }
    }

    /// <summary>V10-V12 for the job of a deployment.</summary>
    public static void Job(ResourceContext context, DocMapping spec, DocMapping job, FlinkConfiguration conf)
    {
        StateDirectories(context, job, conf);
        Parallelism(context, spec, job);
    }

    /// <summary>
    /// V10 and V11a-b: the state directories the upgrade mode and savepoint nonce need, judged on the effective
    /// configuration (for a session job: the operator's defaults, its session cluster's and its own, merged).
    /// </summary>
    public static void StateDirectories(ResourceContext context, DocMapping job, FlinkConfiguration conf)
    {
        var mode = Doc.Text(job["upgradeMode"]) ?? "stateless";
        if (mode != "stateless" && conf.First(CheckpointDirKeys) is null)
        {
            context.Report(RuleCatalog.FlinkStateDirectory, job["upgradeMode"]!, $"upgrade mode {mode} needs a checkpoint directory", FlinkConfKeys.CheckpointDir);
        }

        // The operator finds the checkpoint to resume from in the checkpoint directory; JobManager storage never writes there.
        var storage = CheckpointStorageKeys.Select(k => (Key: k, Text: conf.Text(k))).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Text));
        if (mode == "last-state" && storage.Text is { } storageText && string.Equals(storageText.Trim(), "jobmanager", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(RuleCatalog.FlinkCheckpointsInMemory, conf.Node(storage.Key) ?? job["upgradeMode"]!, storage.Key, storageText);
        }

        if (conf.First(SavepointDirKeys) is null)
        {
            if (mode == "savepoint")
            {
                context.Report(RuleCatalog.FlinkStateDirectory, job["upgradeMode"]!, "upgrade mode savepoint needs a savepoint directory", FlinkConfKeys.SavepointDir);
            }
            else if (job["savepointTriggerNonce"] is { } nonce)
            {
                context.Report(RuleCatalog.FlinkStateDirectory, nonce, "savepointTriggerNonce triggers a savepoint, which needs a savepoint directory", FlinkConfKeys.SavepointDir);
            }
        }

    }

    /// <summary>V12a-b: TaskManager replicas, or the job's parallelism when replicas are unset (always so for a session job).</summary>
    public static void Parallelism(ResourceContext context, DocMapping spec, DocMapping job)
    {
        var replicas = Doc.At(spec, "taskManager", "replicas");
        if (replicas is not null)
        {
            if (int.TryParse(Doc.Text(replicas), out var count) && count < 1)
            {
                context.Report(RuleCatalog.FlinkParallelism, replicas, "taskManager.replicas must be at least 1");
            }
        }
        else if (!int.TryParse(Doc.Text(job["parallelism"]), out var parallelism) || parallelism < 1)
        {
            context.Report(RuleCatalog.FlinkParallelism, job["parallelism"] ?? job, "job.parallelism must be at least 1 unless taskManager.replicas is set (unset means 0)");
        }
    }

    private static void JobManagerReplicas(ResourceContext context, DocMapping spec, FlinkConfiguration conf)
    {
        if (Doc.At(spec, "jobManager", "replicas") is not { } node || !int.TryParse(Doc.Text(node), out var replicas))
        {
            return;
        }

        if (replicas < 1)
        {
            context.Report(RuleCatalog.FlinkParallelism, node, "jobManager.replicas must be at least 1");
        }
        else if (replicas > 1 && !conf.HighAvailability)
        {
            context.Report(RuleCatalog.FlinkParallelism, node, "standby JobManagers (replicas above 1) need high availability (high-availability.type)");
        }
    }

    private static void Ingress(ResourceContext context, DocMapping ingress)
    {
        if (Doc.Text(ingress["template"]) is not { } template)
        {
            context.Report(RuleCatalog.FlinkIngress, ingress, "ingress.template is required when an ingress is set");
            return;
        }

        // IngressUtils: the template with its placeholders filled in, and http:// in front when there is no scheme,
        // goes to java.net.URL, which accepts nearly anything (a path-only template gives an empty host) but not a
        // port that is not a number (example.com:port) or a protocol it does not know.
        var url = template.Replace("{{name}}", "name").Replace("{{NAME}}", "name").Replace("{{namespace}}", "ns").Replace("{{NAMESPACE}}", "ns");
        if (!url.Contains("://"))
        {
            url = "http://" + url;
        }

        var scheme = url.Substring(0, url.IndexOf("://", StringComparison.Ordinal));
        var rest = url.Substring(scheme.Length + 3);
        var authority = rest.Split('/')[0];
        var colon = authority.LastIndexOf(':');
        var port = colon < 0 ? string.Empty : authority.Substring(colon + 1);
        if (scheme is not ("http" or "https"))
        {
            context.Report(RuleCatalog.FlinkIngress, ingress["template"]!, $"ingress template '{template}' has the scheme '{scheme}'; use http or https");
        }
        else if (!port.All(char.IsDigit))
        {
            context.Report(RuleCatalog.FlinkIngress, ingress["template"]!, $"ingress template '{template}' has the port '{port}', which is not a number");
        }
    }

    private static void PrefixOverlap(ResourceContext context, FlinkConfiguration conf)
    {
        var keys = conf.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            if (keys.FirstOrDefault(other => other.StartsWith(key + ".", StringComparison.Ordinal)) is { } longer)
            {
                context.Report(RuleCatalog.FlinkKeyPrefixOverlap, conf.Node(key)!, key, longer);
            }
        }
    }
}

/// <summary>A resource's <c>flinkConfiguration</c> as the operator flattens it: dotted keys, text values.</summary>
internal sealed class FlinkConfiguration
{
    private readonly Dictionary<string, DocNode> entries = new(StringComparer.Ordinal);

    /// <summary>The keys the resource itself sets (not the operator's defaults).</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>True when high-availability.type (or the deprecated high-availability) is set and not NONE.</summary>
    public bool HighAvailability =>
        (Text(FlinkConfKeys.HighAvailabilityType) ?? Text("high-availability")) is { } type && !type.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The operator's defaults overlaid with the resource's own flinkConfiguration.</summary>
    public static FlinkConfiguration Of(DocMapping? spec, IReadOnlyDictionary<string, string>? defaults = null)
    {
        var conf = new FlinkConfiguration();
        foreach (var pair in defaults ?? new Dictionary<string, string>())
        {
            // Defaults have no place in the definitions; findings about them point at the resource.
            conf.defaultTexts[pair.Key] = pair.Value;
        }

        conf.Add(Doc.Map(spec, "flinkConfiguration"), string.Empty);
        return conf;
    }

    /// <summary>
    /// A session job's effective configuration, as the operator builds it (DefaultValidator.validateSessionJobWithCluster,
    /// release 1.15.0): its defaults, overlaid with the session cluster's flinkConfiguration, overlaid with the job's.
    /// The cluster's values are texts only: findings about them point at the session job.
    /// </summary>
    public static FlinkConfiguration OfSessionJob(DocMapping? jobSpec, DocMapping? clusterSpec, IReadOnlyDictionary<string, string>? defaults = null)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in defaults ?? new Dictionary<string, string>())
        {
            merged[pair.Key] = pair.Value;
        }

        var cluster = Of(clusterSpec);
        foreach (var pair in cluster.entries)
        {
            if (Doc.Text(pair.Value) is { } text)
            {
                merged[pair.Key] = text;
            }
        }

        return Of(jobSpec, merged);
    }

    private readonly Dictionary<string, string> defaultTexts = new(StringComparer.Ordinal);

    public DocNode? Node(string key) => entries.TryGetValue(key, out var node) ? node : null;

    public string? Text(string key) => Node(key) is { } node ? Doc.Text(node) : defaultTexts.TryGetValue(key, out var text) ? text : null;

    /// <summary>The first of <paramref name="keys"/> that has a non-blank value.</summary>
    public string? First(IEnumerable<string> keys) => keys.Select(Text).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private void Add(DocMapping? mapping, string prefix)
    {
        foreach (var entry in mapping?.Entries ?? [])
        {
            var key = prefix.Length == 0 ? entry.Key : prefix + "." + entry.Key;
            if (entry.Value is DocMapping nested)
            {
                Add(nested, key);
            }
            else
            {
                entries[key] = entry.Value;
            }
        }
    }
}
