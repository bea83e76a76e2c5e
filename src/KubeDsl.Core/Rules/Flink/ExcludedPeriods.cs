using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// <c>job.autoscaler.excluded.periods</c>, read as the Flink autoscaler reads it (CalendarUtils in
/// flink-autoscaler): a ';'-separated list whose entries are a daily range (Quartz DailyCalendar, "9:00-17:30:00"),
/// a Quartz cron expression, or one of each joined by "&amp;&amp;".
/// </summary>
internal static class ExcludedPeriods
{
    private static readonly Regex JavaInt = new("^[+-]?[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>Why the operator refuses <paramref name="value"/>, or null.</summary>
    public static string? Problem(string value)
    {
        foreach (var entry in value.Split(';').Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (EntryProblem(entry) is { } problem)
            {
                return $"excluded period '{entry}' {problem}";
            }
        }

        return null;
    }

    private static string? EntryProblem(string entry)
    {
        var parts = JavaSplit(entry, "&&");
        if (parts.Count > 2)
        {
            return "joins more than two expressions with '&&'";
        }

        var kinds = new List<bool>();
        foreach (var part in parts.Select(p => p.Trim()))
        {
            var daily = DailyProblem(part);
            var cron = QuartzCron.Problem(part);
            if (daily is not null && cron is not null)
            {
                return part.IndexOf(':') >= 0 && part.IndexOf(' ') < 0
                    ? $"is not a daily range: {daily}"
                    : $"is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: {cron}";
            }

            kinds.Add(daily is null);
        }

        return kinds.Count == 2 && kinds[0] == kinds[1]
            ? (kinds[0] ? "joins two daily ranges; '&&' combines one daily range with one cron expression" : "joins two cron expressions; '&&' combines one daily range with one cron expression")
            : null;
    }

    // Quartz DailyCalendar(start, end) after Flink splits the part on '-': two times, each 2 to 4 ':'-separated whole
    // numbers (hour, minute, second, millisecond) in range, the start strictly before the end.
    private static string? DailyProblem(string part)
    {
        var range = JavaSplit(part, "-");
        if (range.Count != 2)
        {
            return "a daily range is two times joined by '-'";
        }

        var start = Time(range[0]);
        var end = Time(range[1]);
        if (start is null || end is null)
        {
            return $"'{(start is null ? range[0] : range[1])}' is not a time of day (H:mm, H:mm:ss or H:mm:ss:SSS, 24-hour)";
        }

        return start < end ? null : "the start must be before the end (a range cannot cross midnight; exclude two ranges instead)";
    }

    private static long? Time(string text)
    {
        var fields = text.Split(':').Where(f => f.Length > 0).ToList();
        if (fields.Count is < 2 or > 4 || fields.Any(f => !JavaInt.IsMatch(f)))
        {
            return null;
        }

        var values = fields.Select(f => long.TryParse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : -1).ToList();
        long[] limits = [23, 59, 59, 999];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < 0 || values[i] > limits[i])
            {
                return null;
            }
        }

        return ((values[0] * 60 + values[1]) * 60 + (values.Count > 2 ? values[2] : 0)) * 1000 + (values.Count > 3 ? values[3] : 0);
    }

    // Java's String.split: a regex separator, trailing empty strings dropped.
    private static List<string> JavaSplit(string text, string separator)
    {
        var parts = text.Split([separator], StringSplitOptions.None).ToList();
        while (parts.Count > 0 && parts[parts.Count - 1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts;
    }
}
