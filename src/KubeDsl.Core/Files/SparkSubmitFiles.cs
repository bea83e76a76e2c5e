using System;
using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Configuration;

namespace KubeDsl.Documents;

/// <summary>
/// The files of a <c>KubeDsl.Spark.SparkSubmit</c>: the properties file for <c>spark-submit --properties-file</c>,
/// the driver and executor pod templates it points at, and in client mode the driver's headless service. Works on
/// the document tree (keys as the SparkSubmit model names them), so the generator and the runtime share it.
/// Property names are Spark's (docs/running-on-kubernetes.md and docs/configuration.md of Apache Spark).
/// </summary>
internal static class SparkSubmitFiles
{
    private const int DefaultDriverPort = 7078;
    private const int DefaultBlockManagerPort = 7079;

    public static List<ManifestFile> Create(string path, string sourceMember, DocMapping submit)
    {
        var stem = path.Substring(0, path.Length - ".properties".Length);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<ManifestFile>();
        var driver = submit["driver"] as DocMapping;
        var executor = submit["executor"] as DocMapping;

        var mode = Text(submit["deployMode"]) ?? "cluster";
        if (mode is not ("cluster" or "client"))
        {
            throw new ManifestShapeException($"spark-submit has no deploy mode '{mode}'; use DeployMode.Cluster or DeployMode.Client.", submit["deployMode"]!.Origin);
        }

        Set(properties, SparkConfKeys.Master, submit["master"]);
        Set(properties, SparkConfKeys.DeployMode, submit["deployMode"]);
        Set(properties, SparkConfKeys.AppName, submit["appName"]);
        Set(properties, SparkConfKeys.KubernetesNamespace, submit["namespace"]);
        Set(properties, SparkConfKeys.ContainerImage, submit["image"]);
        Set(properties, SparkConfKeys.ContainerImagePullPolicy, submit["imagePullPolicy"]);
        Set(properties, SparkConfKeys.DriverServiceAccountName, submit["serviceAccount"]);
        Set(properties, SparkConfKeys.DriverCores, driver?["cores"]);
        Set(properties, SparkConfKeys.DriverMemory, driver?["memory"]);
        Set(properties, SparkConfKeys.DriverMemoryOverhead, driver?["memoryOverhead"]);
        Set(properties, SparkConfKeys.DriverPodName, driver?["podName"]);
        Set(properties, SparkConfKeys.ExecutorInstances, executor?["instances"]);
        Set(properties, SparkConfKeys.ExecutorCores, executor?["cores"]);
        Set(properties, SparkConfKeys.ExecutorMemory, executor?["memory"]);
        Set(properties, SparkConfKeys.ExecutorMemoryOverhead, executor?["memoryOverhead"]);

        var directory = Text(submit["podTemplateDirectory"]);
        if (driver?["template"] is DocMapping driverTemplate)
        {
            if (mode == "client")
            {
                throw new ManifestShapeException("In client mode Spark creates no driver pod, so it would ignore the driver's pod template; remove Driver.Template or use cluster mode.", driverTemplate.Origin);
            }

            AddTemplate(files, properties, SparkConfKeys.DriverPodTemplateFile, stem + ".driver-template.yaml", directory, driverTemplate, sourceMember);
        }

        if (executor?["template"] is DocMapping executorTemplate)
        {
            AddTemplate(files, properties, SparkConfKeys.ExecutorPodTemplateFile, stem + ".executor-template.yaml", directory, executorTemplate, sourceMember);
        }

        if (mode == "client")
        {
            files.Add(ClientService(submit, driver, properties, stem, sourceMember));
        }
        else if (driver?["serviceSelector"] is { } selector)
        {
            throw new ManifestShapeException("Driver.ServiceSelector is for client mode, where the driver runs in a pod of yours; in cluster mode Spark creates the driver's service itself.", selector.Origin);
        }

        if (submit["sparkConf"] is DocMapping conf)
        {
            foreach (var entry in conf.Entries)
            {
                if (!entry.Key.StartsWith("spark.", StringComparison.Ordinal))
                {
                    throw new ManifestShapeException($"'{entry.Key}' is not a Spark setting: spark-submit ignores properties that do not start with 'spark.'.", entry.KeyOrigin ?? entry.Value.Origin);
                }

                if (properties.ContainsKey(entry.Key))
                {
                    throw new ManifestShapeException($"'{entry.Key}' is already set by a typed property of the SparkSubmit; set it in one place.", entry.KeyOrigin ?? entry.Value.Origin);
                }

                properties[entry.Key] = Text(entry.Value) ?? string.Empty;
            }
        }

        var header = ManifestHeader.For(sourceMember)
            + "# Run: spark-submit --properties-file " + FileName(path) + " [--class <main class>] <application> [arguments]\n";
        files.Insert(0, new ManifestFile(path, JavaProperties.Write(header, properties)) { IsResource = false });
        return files;
    }

    private static void AddTemplate(List<ManifestFile> files, Dictionary<string, string> properties, string key, string templatePath, string? directory, DocMapping template, string sourceMember)
    {
        var name = FileName(templatePath);
        properties[key] = directory is null ? name : directory.TrimEnd('/') + "/" + name;
        files.Add(new ManifestFile(templatePath, YamlEmitter.EmitFile([template], sourceMember)) { IsResource = false });
    }

    private static ManifestFile ClientService(DocMapping submit, DocMapping? driver, Dictionary<string, string> properties, string stem, string sourceMember)
    {
        if (driver?["serviceSelector"] is not DocMapping { Entries.Count: > 0 } selector)
        {
            throw new ManifestShapeException(
                "Client mode needs Driver.ServiceSelector: the labels of the pod the driver runs in, which select it in the headless service executors connect to.",
                driver?.Origin ?? submit.Origin);
        }

        if (driver["podName"] is null)
        {
            throw new ManifestShapeException(
                "Client mode needs Driver.PodName, the name of the pod the driver runs in, so that its executors are deleted with it.",
                driver.Origin);
        }

        var appName = Text(submit["appName"]) ?? string.Empty;
        var serviceName = appName + "-driver-svc";
        if (serviceName.Length > 63)
        {
            throw new ManifestShapeException(
                $"The driver service name '{serviceName}' is longer than the 63 characters a Kubernetes service name may have; shorten AppName to at most 52.",
                submit["appName"]!.Origin);
        }

        var ns = Text(submit["namespace"]) ?? "default";
        var port = Integer(driver["port"]) ?? DefaultDriverPort;
        var blockManagerPort = Integer(driver["blockManagerPort"]) ?? DefaultBlockManagerPort;
        properties[SparkConfKeys.DriverHost] = serviceName + "." + ns + ".svc";
        properties[SparkConfKeys.DriverPort] = port.ToString(CultureInfo.InvariantCulture);
        properties[SparkConfKeys.DriverBlockManagerPort] = blockManagerPort.ToString(CultureInfo.InvariantCulture);

        var service = Map(
            ("apiVersion", DocScalar.String("v1")),
            ("kind", DocScalar.String("Service")),
            ("metadata", Map(("name", DocScalar.String(serviceName)), ("namespace", DocScalar.String(ns)))),
            ("spec", Map(
                ("clusterIP", DocScalar.String("None")),
                ("selector", selector),
                ("ports", new DocSequence(new EquatableArray<DocNode>(new DocNode[]
                {
                    Port("driver-rpc", port),
                    Port("blockmanager", blockManagerPort),
                }))))));
        return new ManifestFile(stem + ".driver-service.yaml", YamlEmitter.EmitFile([service], sourceMember)) { Resources = ResourceKey.Of([service]) };
    }

    private static DocMapping Port(string name, int port) =>
        Map(("name", DocScalar.String(name)), ("port", DocScalar.Integer(port)), ("targetPort", DocScalar.Integer(port)), ("protocol", DocScalar.String("TCP")));

    private static DocMapping Map(params (string Key, DocNode Value)[] entries)
    {
        var list = new DocEntry[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            list[i] = new DocEntry(entries[i].Key, entries[i].Value);
        }

        return new DocMapping(new EquatableArray<DocEntry>(list));
    }

    private static void Set(Dictionary<string, string> properties, string key, DocNode? value)
    {
        if (Text(value) is { } text)
        {
            properties[key] = text;
        }
    }

    private static string? Text(DocNode? node) => node is DocScalar { Kind: not ScalarKind.Null } scalar ? scalar.Text : null;

    private static int? Integer(DocNode? node) =>
        Text(node) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);
}
