using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// Writes a <c>KubeDsl.Airflow.AirflowDag</c> document as a Python DAG file for Airflow 3 or 2.11
/// (<see cref="AirflowTargets"/>) and the cncf.kubernetes provider 10.x, with the files its tasks read in a folder named after the DAG file: a Spark
/// task's SparkApplication (passed as <c>application_file</c>, relative to the DAG folder, where the operator's
/// Jinja loader looks) and a pod task's template (passed as <c>pod_template_file</c>, built from the DAG file's own
/// folder, because the provider opens that path from the worker's working directory and silently runs without a
/// template when it is missing). Facts from the provider's KubernetesPodOperator and SparkKubernetesOperator.
/// </summary>
internal static class AirflowDagFiles
{
    /// <summary>The kind the rules know a DAG document by (it is not a Kubernetes resource).</summary>
    public const string Kind = "KubeDsl.AirflowDag";

    public static List<ManifestFile> Create(string path, string sourceMember, DocMapping dag, CommonMetadata? common, IReadOnlyList<string> targets)
    {
        var files = new List<ManifestFile>();
        foreach (var target in targets)
        {
            var written = Create(path, sourceMember, dag, common, target);
            files.Add(targets.Count > 1 ? written[0] with { AirflowTarget = target } : written[0]);
            if (files.Count == 1)
            {
                // The files the tasks read are the same for every release.
                files.AddRange(written.Skip(1));
            }
        }

        return files;
    }

    private static List<ManifestFile> Create(string path, string sourceMember, DocMapping dag, CommonMetadata? common, string target)
    {
        var slash = path.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : path.Substring(0, slash + 1);
        var stem = path.Substring(slash + 1, path.Length - slash - 1 - ".py".Length);
        var companions = new List<ManifestFile>();
        var python = new DagWriter(sourceMember, target);

        // Tasks in declaration order, except that a task group's tasks follow its first task, inside its block.
        var tasks = ((dag["tasks"] as DocSequence)?.Items ?? EquatableArray<DocNode>.Empty).OfType<DocMapping>().ToList();
        var groupsFirst = tasks.Select((t, i) => (Group: Text(t["group"]), Index: i)).Where(t => t.Group is not null).GroupBy(t => t.Group!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        tasks = tasks.Select((t, i) => (Task: t, Index: i))
            .OrderBy(t => Text(t.Task["group"]) is { } g ? groupsFirst[g] : t.Index)
            .ThenBy(t => t.Index)
            .Select(t => t.Task)
            .ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var variables = new List<(string TaskId, string Variable, DocMapping Task)>();
        foreach (var task in tasks)
        {
            variables.Add((FullId(task), PythonText.Identifier(Text(task["taskId"]) ?? string.Empty, names), task));
        }

        foreach (var (taskId, variable, task) in variables)
        {
            python.Group(Text(task["group"]));
            var file = stem + "/" + FileName(taskId);
            if (task["application"] is DocMapping application)
            {
                var written = (DocMapping)(common is { IsEmpty: false } ? common.Apply(application) : application);
                companions.Add(new ManifestFile(directory + file + ".yaml", YamlEmitter.EmitFile([written], sourceMember)) { IsResource = false });
                python.SparkTask(variable, task, Text((written["metadata"] as DocMapping)?["namespace"]), file + ".yaml");
            }
            else
            {
                string? template = null;
                if (task["podTemplate"] is DocMapping podTemplate)
                {
                    template = file + ".pod.yaml";
                    companions.Add(new ManifestFile(directory + template, YamlEmitter.EmitFile([AirflowPodTemplates.ToPod(podTemplate)], sourceMember)) { IsResource = false });
                }

                python.PodTask(variable, task, template);
            }
        }

        var byId = variables.GroupBy(v => v.TaskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Variable, StringComparer.Ordinal);
        foreach (var (_, variable, task) in variables)
        {
            foreach (var upstream in (task["upstream"] as DocSequence)?.Items ?? EquatableArray<DocNode>.Empty)
            {
                if (Text(upstream) is { } id && byId.TryGetValue(id, out var from))
                {
                    python.Edge(from, variable);
                }
            }
        }

        var files = new List<ManifestFile> { new(path, python.File(dag, companions.Select(c => c.Path.Substring(directory.Length)).ToList())) { IsResource = false } };
        files.AddRange(companions);
        return files;
    }

    /// <summary>
    /// A task's id as Airflow knows it: with its task group's id and a dot in front (<c>TaskGroup</c> with
    /// <c>prefix_group_id=True</c>, the default), so upstream entries name grouped tasks this way.
    /// </summary>
    internal static string FullId(DocMapping task)
    {
        var taskId = Text(task["taskId"]) ?? string.Empty;
        return Text(task["group"]) is { Length: > 0 } group ? group + "." + taskId : taskId;
    }

    /// <summary>The documents the rules judge: the DAG under <see cref="Kind"/>, and each Spark task's application as the resource it is.</summary>
    public static IEnumerable<DocNode> RuleDocuments(DocMapping dag)
    {
        yield return new DocMapping(new EquatableArray<DocEntry>(new[] { new DocEntry("kind", DocScalar.String(Kind)) }.Concat(dag.Entries))) { Origin = dag.Origin };
        foreach (var task in ((dag["tasks"] as DocSequence)?.Items ?? EquatableArray<DocNode>.Empty).OfType<DocMapping>())
        {
            if (task["application"] is DocMapping application)
            {
                yield return application;
            }
            else if (task["podTemplate"] is DocMapping template)
            {
                yield return AirflowPodTemplates.ToPod(template);
            }
        }
    }

    private static string FileName(string taskId)
    {
        var builder = new StringBuilder(taskId.Length);
        foreach (var c in taskId)
        {
            builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' ? c : '-');
        }

        return builder.Length == 0 ? "task" : builder.ToString();
    }

    private static string? Text(DocNode? node) => Rules.Doc.Text(node);

    // The Python text, built part by part; imports are decided at the end by what the parts used.
    private sealed class DagWriter
    {
        private readonly string sourceMember;
        private readonly string target;
        private readonly StringBuilder tasks = new();
        private readonly List<string> edges = new();
        private bool pods;
        private bool spark;
        private bool here;
        private bool kubernetes;
        private bool secrets;
        private bool groups;
        private string? group;
        private bool dates;

        public DagWriter(string sourceMember, string target)
        {
            this.sourceMember = sourceMember;
            this.target = target;
        }

        private bool Airflow2 => target == AirflowTargets.Airflow211;

        public void PodTask(string variable, DocMapping task, string? template)
        {
            pods = true;
            var arguments = new List<(string, string)>();
            Add(arguments, "task_id", task["taskId"]);
            Add(arguments, "namespace", task["namespace"]);
            Add(arguments, "image", task["image"]);
            Add(arguments, "cmds", task["cmds"]);
            Add(arguments, "arguments", task["arguments"]);
            Add(arguments, "env_vars", task["envVars"]);
            Add(arguments, "labels", task["labels"]);
            Add(arguments, "annotations", task["annotations"]);
            Add(arguments, "node_selector", task["nodeSelector"]);
            Model(arguments, "container_resources", "V1ResourceRequirements", task["containerResources"]);
            if (task["secrets"] is DocSequence { Items.Count: > 0 } secrets)
            {
                this.secrets = true;
                arguments.Add(("secrets", List(secrets.Items.OfType<DocMapping>().Select(Secret))));
            }

            Model(arguments, "volumes", "V1Volume", task["volumes"]);
            Model(arguments, "volume_mounts", "V1VolumeMount", task["volumeMounts"]);
            Model(arguments, "affinity", "V1Affinity", task["affinity"]);
            Model(arguments, "tolerations", "V1Toleration", task["tolerations"]);
            Add(arguments, "service_account_name", task["serviceAccountName"]);
            Add(arguments, "image_pull_policy", task["imagePullPolicy"]);
            if (template is not null)
            {
                here = true;
                arguments.Add(("pod_template_file", "os.path.join(_HERE, " + string.Join(", ", template.Split('/').Select(PythonText.String)) + ")"));
            }

            Add(arguments, "startup_timeout_seconds", task["startupTimeoutSeconds"]);
            Add(arguments, "get_logs", task["getLogs"]);
            Add(arguments, "on_finish_action", task["onFinishAction"]);
            Operator(variable, "KubernetesPodOperator", arguments);
        }

        // A kubernetes client model, or a list of them, as constructor calls.
        private void Model(List<(string, string)> arguments, string name, string model, DocNode? node)
        {
            switch (node)
            {
                case DocMapping mapping:
                    kubernetes = true;
                    arguments.Add((name, KubernetesPythonModels.Constructor(model, mapping, Literal)));
                    break;
                case DocSequence { Items.Count: > 0 } sequence:
                    kubernetes = true;
                    arguments.Add((name, List(sequence.Items.Select(i => KubernetesPythonModels.Constructor(model, i, Literal)))));
                    break;
            }
        }

        // A list argument of constructor calls, one item per line.
        private static string List(IEnumerable<string> items) => "[\n" + string.Concat(items.Select(i => "            " + i + ",\n")) + "        ]";

        // The provider's Secret(deploy_type, deploy_target, secret, key), by keyword.
        private static string Secret(DocMapping secret)
        {
            var parts = new List<(string, string)>();
            Add(parts, "deploy_type", secret["deployType"]);
            parts.Add(("deploy_target", Text(secret["deployTarget"]) is { } target ? PythonText.String(target) : "None"));
            Add(parts, "secret", secret["secret"]);
            Add(parts, "key", secret["key"]);
            return "Secret(" + string.Join(", ", parts.Select(p => p.Item1 + "=" + p.Item2)) + ")";
        }

        public void SparkTask(string variable, DocMapping task, string? @namespace, string applicationFile)
        {
            spark = true;
            var arguments = new List<(string, string)>();
            Add(arguments, "task_id", task["taskId"]);
            if (@namespace is not null)
            {
                // The operator's namespace overrides the application's (its default is "default"): keep them one.
                arguments.Add(("namespace", PythonText.String(@namespace)));
            }

            arguments.Add(("application_file", PythonText.String(applicationFile)));
            Add(arguments, "delete_on_termination", task["deleteOnTermination"]);
            Add(arguments, "get_logs", task["getLogs"]);
            Operator(variable, "SparkKubernetesOperator", arguments);
        }

        // Opens the task group's block (tasks of no group close it); the tasks are then indented inside it.
        public void Group(string? id)
        {
            if (id == group)
            {
                return;
            }

            group = id;
            if (id is not null)
            {
                groups = true;
                tasks.Append(tasks.Length > 0 ? "\n" : string.Empty).Append("    with TaskGroup(group_id=").Append(PythonText.String(id)).Append("):\n");
                firstInGroup = true;
            }
        }

        private bool firstInGroup;

        public void Edge(string from, string to) => edges.Add("    " + from + " >> " + to + "\n");

        public string File(DocMapping dag, IReadOnlyList<string> companions)
        {
            var defaults = new List<(string, string)>();
            if (dag["defaultArgs"] is DocMapping args)
            {
                Add(defaults, "owner", args["owner"]);
                Add(defaults, "retries", args["retries"]);
                AddDuration(defaults, "retry_delay", args["retryDelay"]);
                AddDuration(defaults, "execution_timeout", args["executionTimeout"]);
                Add(defaults, "email_on_failure", args["emailOnFailure"]);
            }

            var parameters = new List<(string, string)>();
            Add(parameters, "dag_id", dag["dagId"]);
            Add(parameters, "description", dag["description"]);
            parameters.Add(("schedule", Text(dag["schedule"]) is { } schedule ? PythonText.String(schedule) : "None"));
            if (Text(dag["startDate"]) is { } start)
            {
                dates = true;
                parameters.Add(("start_date", Date(start)));
            }

            parameters.Add(("catchup", Text(dag["catchup"]) == "true" ? "True" : "False"));
            Add(parameters, "max_active_runs", dag["maxActiveRuns"]);
            if (defaults.Count > 0)
            {
                parameters.Add(("default_args", "default_args"));
            }

            Add(parameters, "tags", dag["tags"]);

            var text = new StringBuilder();
            text.Append(ManifestHeader.For(sourceMember));
            text.Append(Airflow2 ? "# Airflow 2.11 with apache-airflow-providers-cncf-kubernetes 10.11 or later." : "# Airflow 3 with apache-airflow-providers-cncf-kubernetes 10.x.");
            if (companions.Count > 0)
            {
                text.Append(" Files it reads: ").Append(string.Join(", ", companions)).Append('.');
            }

            text.Append("\n\nfrom __future__ import annotations\n\n");
            if (dates)
            {
                text.Append("import datetime\n");
            }

            if (here)
            {
                text.Append("import os\n");
            }

            if (dates || here)
            {
                text.Append('\n');
            }

            if (Airflow2)
            {
                text.Append("from airflow import DAG\n");
            }

            if (pods)
            {
                text.Append("from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator\n");
            }

            if (spark)
            {
                text.Append("from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator\n");
            }

            if (secrets)
            {
                text.Append("from airflow.providers.cncf.kubernetes.secret import Secret\n");
            }

            if (!Airflow2)
            {
                text.Append(groups ? "from airflow.sdk import DAG, TaskGroup\n" : "from airflow.sdk import DAG\n");
            }
            else if (groups)
            {
                text.Append("from airflow.utils.task_group import TaskGroup\n");
            }

            if (kubernetes)
            {
                text.Append("from kubernetes.client import models as k8s\n");
            }

            if (here)
            {
                text.Append("\n_HERE = os.path.dirname(os.path.abspath(__file__))\n");
            }

            if (defaults.Count > 0)
            {
                text.Append("\ndefault_args = {\n");
                foreach (var (key, value) in defaults)
                {
                    text.Append("    ").Append(PythonText.String(key)).Append(": ").Append(value).Append(",\n");
                }

                text.Append("}\n");
            }

            text.Append("\nwith DAG(\n");
            foreach (var (key, value) in parameters)
            {
                text.Append("    ").Append(key).Append('=').Append(value).Append(",\n");
            }

            text.Append(") as dag:\n");
            text.Append(tasks.Length > 0 ? tasks.ToString() : "    pass\n");
            if (edges.Count > 0)
            {
                text.Append('\n').Append(string.Concat(edges));
            }

            return text.ToString();
        }

        private void Operator(string variable, string type, List<(string Name, string Value)> arguments)
        {
            if (tasks.Length > 0 && !firstInGroup)
            {
                tasks.Append('\n');
            }

            firstInGroup = false;
            var indent = group is null ? "    " : "        ";
            tasks.Append(indent).Append(variable).Append(" = ").Append(type).Append("(\n");
            foreach (var (name, value) in arguments)
            {
                tasks.Append(indent).Append("    ").Append(name).Append('=').Append(value.Replace("\n", "\n" + (group is null ? string.Empty : "    "))).Append(",\n");
            }

            tasks.Append(indent).Append(")\n");
        }

        private void AddDuration(List<(string, string)> arguments, string name, DocNode? node)
        {
            if (Text(node) is { } text && TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var span))
            {
                dates = true;
                arguments.Add((name, "datetime.timedelta(seconds=" + ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + ")"));
            }
        }

        private static void Add(List<(string, string)> arguments, string name, DocNode? node)
        {
            if (node is not null and not DocScalar { Kind: ScalarKind.Null })
            {
                arguments.Add((name, Literal(node)));
            }
        }

        // An ISO date as an aware UTC datetime, so the DAG does not depend on the deployment's default timezone.
        private static string Date(string iso) =>
            DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? "datetime.datetime(" + date.Year.ToString(CultureInfo.InvariantCulture) + ", " + date.Month.ToString(CultureInfo.InvariantCulture) + ", " + date.Day.ToString(CultureInfo.InvariantCulture) + ", tzinfo=datetime.timezone.utc)"
                : "datetime.datetime.fromisoformat(" + PythonText.String(iso) + ")";

        private static string Literal(DocNode node) => node switch
        {
            DocScalar { Kind: ScalarKind.Boolean } b => b.Text == "true" ? "True" : "False",
            DocScalar { Kind: ScalarKind.Integer or ScalarKind.Float } n => n.Text,
            DocScalar { Kind: ScalarKind.Null } => "None",
            DocScalar s => PythonText.String(s.Text),
            DocSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Literal)) + "]",
            DocMapping mapping => "{" + string.Join(", ", mapping.Entries.Select(e => PythonText.String(e.Key) + ": " + Literal(e.Value))) + "}",
            _ => "None",
        };
    }
}
