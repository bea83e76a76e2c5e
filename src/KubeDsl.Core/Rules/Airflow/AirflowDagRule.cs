using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Airflow;

/// <summary>
/// What Airflow refuses when it parses a DAG file, or what fails when a task runs, for an AirflowDag: ids
/// (airflow.utils.helpers.validate_key), duplicate task ids, dependencies on unknown tasks and cycles,
/// catchup without a start date (DAG construction), pod tasks without an image, and Jinja in a Spark task's
/// application, which the SparkKubernetesOperator renders as a template.
/// </summary>
internal sealed class AirflowDagRule : ResourceRule
{
    private const int MaxIdLength = 250;

    private const int MaxGroupIdLength = 200;

    private static readonly Regex IdPattern = new("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant);

    // TaskGroup ids take no dots (validate_group_key), since the dot joins them to the task ids.
    private static readonly Regex GroupIdPattern = new("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        RuleCatalog.AirflowInvalidId, RuleCatalog.AirflowDuplicateTask, RuleCatalog.AirflowUnknownUpstream, RuleCatalog.AirflowCycle,
        RuleCatalog.AirflowCatchupWithoutStart, RuleCatalog.AirflowPodWithoutImage, RuleCatalog.AirflowJinjaInApplication,
        RuleCatalog.AirflowInvalidSchedule, RuleCatalog.AirflowUnknownTarget, RuleCatalog.AirflowScheduleRuns,
        RuleCatalog.AirflowGroupIsTask,
    ];

    // What Airflow maps its presets to before croniter reads them (CRON_PRESETS), and croniter's aliases.
    private static readonly Dictionary<string, string> PresetCron = new(StringComparer.Ordinal)
    {
        ["@hourly"] = "0 * * * *",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@weekly"] = "0 0 * * 0",
        ["@monthly"] = "0 0 1 * *",
        ["@quarterly"] = "0 0 1 */3 *",
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
    };

    // Airflow resolves these before croniter (airflow.utils.dates cron_presets), plus the two timetables it names
    // itself and the aliases croniter accepts.
    private static readonly string[] Presets = ["@once", "@continuous", "@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@midnight", "@annually"];

    public override void Check(ResourceContext context)
    {
        if (context.Kind != AirflowDagFiles.Kind)
        {
            return;
        }

        var dag = context.Resource;
        var dagId = Doc.Text(dag["dagId"]) ?? string.Empty;
        CheckId(context, "dag_id", dag["dagId"]);
        if (AirflowTargets.Parse(context.Settings.AirflowVersion) is null)
        {
            context.Report(RuleCatalog.AirflowUnknownTarget, dag["dagId"] ?? dag, context.Settings.AirflowVersion!.Trim(), dagId);
        }

        if (Doc.Text(dag["catchup"]) == "true" && dag["startDate"] is null or DocScalar { Kind: ScalarKind.Null } && Doc.Text(dag["schedule"]) is not null)
        {
            context.Report(RuleCatalog.AirflowCatchupWithoutStart, dag["catchup"]!, dagId);
        }

        if (dag["schedule"] is DocScalar { Kind: ScalarKind.String } schedule && ScheduleProblem(schedule.Text) is { } scheduleProblem)
        {
            context.Report(RuleCatalog.AirflowInvalidSchedule, schedule, schedule.Text, dagId, scheduleProblem);
        }
        else if (dag["schedule"] is DocScalar { Kind: ScalarKind.String } valid && NextRuns(valid.Text) is { } runs)
        {
            context.Report(RuleCatalog.AirflowScheduleRuns, valid, dagId, valid.Text, runs);
        }

        var tasks = Doc.Items(dag, "tasks").OfType<DocMapping>().ToList();
        var ids = new Dictionary<string, DocMapping>(StringComparer.Ordinal);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            CheckId(context, "task_id", task["taskId"]);
            if (task["group"] is DocScalar { Kind: ScalarKind.String } group && groups.Add(group.Text))
            {
                CheckId(context, "group_id", group, GroupIdPattern, MaxGroupIdLength, "ASCII letters, digits, '_' and '-'");
            }

            if (Doc.Text(task["taskId"]) is not { } shortId)
            {
                continue;
            }

            var id = AirflowDagFiles.FullId(task);
            if (id != shortId && IdPattern.IsMatch(shortId) && id.Length > MaxIdLength)
            {
                context.Report(RuleCatalog.AirflowInvalidId, task["taskId"]!, "task_id", id, "has " + id.Length + " characters with its group's prefix, more than Airflow's " + MaxIdLength);
            }

            if (!ids.ContainsKey(id))
            {
                ids.Add(id, task);
            }
            else
            {
                context.Report(RuleCatalog.AirflowDuplicateTask, task["taskId"]!, id, dagId);
            }
        }

        foreach (var task in tasks)
        {
            if (task["group"] is DocScalar { Kind: ScalarKind.String } group && ids.ContainsKey(group.Text))
            {
                context.Report(RuleCatalog.AirflowGroupIsTask, group, group.Text, dagId);
            }
        }

        foreach (var task in tasks)
        {
            foreach (var upstream in Doc.Items(task, "upstream"))
            {
                if (Doc.Text(upstream) is { } name && !ids.ContainsKey(name))
                {
                    context.Report(RuleCatalog.AirflowUnknownUpstream, upstream, name, AirflowDagFiles.FullId(task), dagId, string.Join(", ", ids.Keys));
                }
            }

            CheckImage(context, task);
            if (task["application"] is DocMapping application)
            {
                CheckJinja(context, application, Doc.Text(task["taskId"]) ?? string.Empty);
            }
        }

        CheckCycles(context, tasks, ids, dagId);
    }

    /// <summary>
    /// Why Airflow (croniter behind its cron timetable) cannot read <paramref name="schedule"/>, or null. Five-field
    /// cron is checked with the standard grammar the Spark schedules use; what croniter adds to it (<c>L</c>,
    /// <c>#</c>, <c>W</c>, 7 for Sunday) is accepted without a closer look.
    /// </summary>
    internal static string? ScheduleProblem(string schedule)
    {
        var text = schedule.Trim();
        if (text.StartsWith("@", StringComparison.Ordinal))
        {
            return Array.IndexOf(Presets, text.ToLowerInvariant()) >= 0 ? null
                : "is not one of Airflow's presets (" + string.Join(", ", Presets) + ")";
        }

        if (text.IndexOf("TZ=", StringComparison.Ordinal) >= 0)
        {
            return "has a time zone prefix, which Airflow's cron does not take; give the DAG's start date a time zone instead";
        }

        var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            return "has " + fields.Length + " fields; Airflow's cron takes five (minute, hour, day of month, month, day of week)";
        }

        if (fields.Any(f => f.IndexOfAny(['L', 'W', '#']) >= 0) || fields[4].Split(',', '-', '/').Contains("7"))
        {
            return null;
        }

        return Spark.CronSchedule.TryParse(text, out _, out var error) ? null : "is not a cron expression Airflow reads: " + error;
    }

    /// <summary>
    /// The next three runs of a valid schedule, in UTC (the generated file's start date is UTC, so the cron fields
    /// are read in UTC), or null for schedules without run times (<c>@once</c>, <c>@continuous</c>) and croniter's
    /// extensions, which are not computed here.
    /// </summary>
    internal static string? NextRuns(string schedule)
    {
        var text = schedule.Trim();
        var cron = PresetCron.TryGetValue(text.ToLowerInvariant(), out var preset) ? preset : text;
        if (cron.StartsWith("@", StringComparison.Ordinal) || cron.IndexOfAny(['L', 'W', '#']) >= 0 || !Spark.CronSchedule.TryParse(cron, out var parsed, out _))
        {
            return null;
        }

        var runs = parsed.Next(Spark.ScheduleRule.Now(), TimeZoneInfo.Utc, 3);
        return runs.Count == 0
            ? "never, in the next five years"
            : string.Join(", ", runs.Select(r => r.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static void CheckId(ResourceContext context, string what, DocNode? node) =>
        CheckId(context, what, node, IdPattern, MaxIdLength, "ASCII letters, digits, '_', '.' and '-'");

    private static void CheckId(ResourceContext context, string what, DocNode? node, Regex pattern, int maxLength, string allowed)
    {
        if (Doc.Text(node) is not { } id)
        {
            return;
        }

        var problem = id.Length == 0 ? "is empty"
            : id.Length > maxLength ? "has " + id.Length + " characters, more than Airflow's " + maxLength
            : !pattern.IsMatch(id) ? "has characters other than " + allowed
            : null;
        if (problem is not null)
        {
            context.Report(RuleCatalog.AirflowInvalidId, node!, what, id, problem);
        }
    }

    private static void CheckImage(ResourceContext context, DocMapping task)
    {
        if (task["application"] is not null || task["image"] is DocScalar { Kind: not ScalarKind.Null })
        {
            return;
        }

        if (Doc.At(task, "podTemplate", "base", "image") is DocScalar { Kind: not ScalarKind.Null })
        {
            return;
        }

        context.Report(RuleCatalog.AirflowPodWithoutImage, task["taskId"] ?? task, Doc.Text(task["taskId"]) ?? string.Empty);
    }

    // The operator passes application_file through Jinja, so "{{ x }}" in a value is replaced (or fails as
    // undefined) before the Spark operator sees it.
    private static void CheckJinja(ResourceContext context, DocNode node, string taskId)
    {
        switch (node)
        {
            case DocScalar { Kind: ScalarKind.String } scalar when scalar.Text.Contains("{{") || scalar.Text.Contains("{%") || scalar.Text.Contains("{#"):
                context.Report(RuleCatalog.AirflowJinjaInApplication, scalar, scalar.Text, taskId);
                break;
            case DocMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    CheckJinja(context, entry.Value, taskId);
                }

                break;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    CheckJinja(context, item, taskId);
                }

                break;
        }
    }

    // Depth-first over the upstream edges; each cycle is reported once, at the edge that closes it.
    private static void CheckCycles(ResourceContext context, List<DocMapping> tasks, Dictionary<string, DocMapping> ids, string dagId)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string id)
        {
            state[id] = 1;
            path.Add(id);
            foreach (var upstream in Doc.Items(ids[id], "upstream"))
            {
                if (Doc.Text(upstream) is not { } next || !ids.ContainsKey(next))
                {
                    continue;
                }

                if (state.TryGetValue(next, out var seen) && seen == 1)
                {
                    var cycle = path.Skip(path.IndexOf(next)).Append(next);
                    context.Report(RuleCatalog.AirflowCycle, upstream, string.Join(" -> ", cycle.Reverse()), dagId);
                }
                else if (!state.ContainsKey(next))
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }

        foreach (var task in tasks)
        {
            if (AirflowDagFiles.FullId(task) is { Length: > 0 } id && ids.ContainsKey(id) && !state.ContainsKey(id))
            {
                Visit(id);
            }
        }
    }
}
