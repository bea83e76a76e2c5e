using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// KD2014: a credential written as plain text into the manifest. A setting is judged by its name (one that names a
/// password, secret key, token, API key or credentials) and by its value: a file path (a key file mounted from a
/// Secret, as the Spark operator's GOOGLE_APPLICATION_CREDENTIALS), a <c>$(VAR)</c> reference to another variable,
/// an empty value and a <c>${...}</c> or Jinja <c>{{ ... }}</c> placeholder hold no credential. It looks at every
/// container KubeDsl writes: the Spark operator's driver and executor env (and the older envVars map), every pod
/// spec (Pods, workloads, the Spark, Flink and Airflow pod templates, the JobManager and TaskManager templates),
/// the Airflow pod tasks' env, and the credentials keys of sparkConf, hadoopConf and flinkConfiguration.
/// </summary>
internal sealed class CredentialRule : ResourceRule
{
    private static readonly Regex SensitiveKey = new("(password|passwd|secret[._-]?key|access[._-]?key|token|credentials?|api[._-]?key)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex SensitiveEnv = new("(PASSWORD|PASSWD|SECRET|SECRET_KEY|TOKEN|ACCESS_KEY|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // $(VAR): Kubernetes expands it from another env var of the container (dependent environment variables).
    private static readonly Regex VariableReference = new("\\$\\([A-Za-z_][A-Za-z0-9_.-]*\\)", RegexOptions.CultureInvariant);

    private const string SparkFix = "a secretKeyRef env var, or the driver's and executor's secrets";
    private const string ContainerFix = "a secretKeyRef env var, or envFrom a Secret";
    private const string FlinkFix = "mount the Secret with kubernetes.secrets, or give the pods an env var from it in the pod template";
    private const string AirflowFix = "a Jinja reference to an Airflow Variable or Connection, or an env var from a Secret in the pod template";

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.PlainTextCredential];

    public override void Check(ResourceContext context)
    {
        if (SparkSpecs.Settings(context) is { } application)
        {
            foreach (var mapName in new[] { "sparkConf", "hadoopConf" })
            {
                Configuration(context, Doc.Map(application, mapName), mapName, SparkFix);
            }

            foreach (var role in new[] { "driver", "executor" })
            {
                var pod = Doc.Map(application, role);
                foreach (var env in Doc.Mappings(pod, "env"))
                {
                    Variable(context, Doc.Text(env["name"]), env["value"], role + " env", SparkFix);
                }

                foreach (var entry in Doc.Map(pod, "envVars")?.Entries ?? [])
                {
                    Variable(context, entry.Key, entry.Value, role + " envVars", SparkFix);
                }

                foreach (var list in new[] { "sidecars", "initContainers" })
                {
                    foreach (var container in Doc.Mappings(pod, list))
                    {
                        Container(context, container, role + " " + list);
                    }
                }
            }
        }

        if (context.IsFlinkOperator && context.Kind is "FlinkDeployment" or "FlinkSessionJob")
        {
            // Flattened as the operator reads it: nested YAML maps give dotted keys.
            var conf = Flink.FlinkConfiguration.Of(context.Spec);
            foreach (var key in conf.Keys)
            {
                if (SensitiveKey.IsMatch(key) && conf.Node(key) is { } node && Doc.Text(node) is { } value && IsPlainCredential(value))
                {
                    context.Report(RuleCatalog.PlainTextCredential, node, "flinkConfiguration " + key, FlinkFix);
                }
            }
        }

        foreach (var site in PodSpecs.In(context))
        {
            foreach (var container in site.AllContainers)
            {
                Container(context, container, null);
            }
        }

        if (context.Kind == AirflowDagFiles.Kind && context.ApiVersion is null)
        {
            foreach (var task in Doc.Mappings(context.Resource, "tasks"))
            {
                foreach (var entry in Doc.Map(task, "envVars")?.Entries ?? [])
                {
                    Variable(context, entry.Key, entry.Value, "task '" + (Doc.Text(task["taskId"]) ?? "?") + "' env", AirflowFix);
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="value"/> could be a credential: not blank, not a path, not a reference to another
    /// variable and not a placeholder something else fills in (<c>${...}</c>, Jinja, or a whole <c>&lt;secret&gt;</c>
    /// of a template meant to be filled in by hand).
    /// </summary>
    public static bool IsPlainCredential(string value)
    {
        var text = value.Trim();
        return text.Length > 0
            && !IsPath(text)
            && !VariableReference.IsMatch(text)
            && text.IndexOf("${", StringComparison.Ordinal) < 0
            && text.IndexOf("{{", StringComparison.Ordinal) < 0
            && text.IndexOf("{%", StringComparison.Ordinal) < 0
            && !(text.Length > 2 && text[0] == '<' && text[text.Length - 1] == '>');
    }

    // An absolute or relative file path, or a file URI: where a mounted key file is, not the key.
    private static bool IsPath(string text) =>
        text.StartsWith("/", StringComparison.Ordinal) || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal)
        || text.StartsWith("~/", StringComparison.Ordinal) || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("local:", StringComparison.OrdinalIgnoreCase);

    private static void Container(ResourceContext context, DocMapping container, string? owner)
    {
        var role = (owner is null ? string.Empty : owner + " ") + "container '" + (Doc.Text(container["name"]) ?? "?") + "' env";
        foreach (var env in Doc.Mappings(container, "env"))
        {
            Variable(context, Doc.Text(env["name"]), env["value"], role, ContainerFix);
        }
    }

    private static void Configuration(ResourceContext context, DocMapping? conf, string mapName, string fix)
    {
        foreach (var entry in conf?.Entries ?? [])
        {
            if (SensitiveKey.IsMatch(entry.Key) && Doc.Text(entry.Value) is { } value && IsPlainCredential(value))
            {
                context.Report(RuleCatalog.PlainTextCredential, entry.Value, mapName + " " + entry.Key, fix);
            }
        }
    }

    private static void Variable(ResourceContext context, string? name, DocNode? value, string role, string fix)
    {
        if (name is not null && SensitiveEnv.IsMatch(name) && value is not null && Doc.Text(value) is { } text && IsPlainCredential(text))
        {
            context.Report(RuleCatalog.PlainTextCredential, value, role + " " + name, fix);
        }
    }
}
