using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// A ScheduledSparkApplication's <c>schedule</c> and <c>timeZone</c>, read the way the operator's controller reads
/// them (robfig/cron's ParseStandard behind a <c>CRON_TZ=</c> prefix, Go's time.LoadLocation). An invalid one
/// is accepted at apply time and only marks the resource FailedValidation later; a valid one gets its next runs
/// as an info diagnostic, so the schedule can be read off the IDE.
/// </summary>
internal sealed class ScheduleRule : ResourceRule
{
    private const int ShownRuns = 3;

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.InvalidSchedule, RuleCatalog.InvalidTimeZone, RuleCatalog.ScheduleRuns];

    /// <summary>The time the next runs are computed from; the current time unless a test fixes it.</summary>
    /// <remarks>
    /// The one read of the clock in compiler-side code: the next runs are advice about now, shown as info, and
    /// nothing written to a manifest depends on them.
    /// </remarks>
#pragma warning disable RS0030 // Banned API: see the remarks.
    public static Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;
#pragma warning restore RS0030

    public override void Check(ResourceContext context)
    {
        if (context.Kind != "ScheduledSparkApplication" || !context.IsSparkOperator || context.Spec?["schedule"] is not { } node || Doc.Text(node) is not { } schedule)
        {
            return;
        }

        if (!CronSchedule.TryParse(schedule, out var parsed, out var error))
        {
            context.Report(RuleCatalog.InvalidSchedule, node, schedule, error);
            return;
        }

        var zoneNode = context.Spec["timeZone"];
        var zoneName = parsed.TimeZone ?? Doc.Text(zoneNode);
        TimeZoneInfo zone;
        if (zoneName is null or "" or "Local")
        {
            // The operator's own zone, unknown here; UTC shows the pattern.
            zone = TimeZoneInfo.Utc;
            zoneName = "the operator's local time zone; shown in UTC";
        }
        else if (Find(zoneName) is { } found)
        {
            zone = found;
        }
        else
        {
            if (Find("Europe/Berlin") is not null)
            {
                // The zone database is here, so the name is really unknown (not just the machine lacking zones).
                context.Report(RuleCatalog.InvalidTimeZone, zoneNode ?? node, zoneName);
            }

            return;
        }

        var runs = parsed.Next(Now(), zone, ShownRuns);
        var text = runs.Count == 0
            ? "never, in the next five years"
            : string.Join(", ", runs.Select(r => r.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        context.Report(RuleCatalog.ScheduleRuns, node, schedule, zoneName, text);
    }

    private static TimeZoneInfo? Find(string name)
    {
        if (name == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
