using System;
using System.Collections.Generic;
using System.Globalization;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// The schedule grammar of the Spark operator's ScheduledSparkApplication controller, which parses
/// <c>spec.schedule</c> with robfig/cron v3's <c>ParseStandard</c> (prefixed with <c>CRON_TZ=&lt;spec.timeZone&gt;</c>):
/// five fields (minute, hour, day of month, month, day of week) of <c>*</c>, <c>?</c>, numbers, names
/// (JAN-DEC, SUN-SAT), ranges <c>a-b</c>, steps <c>/n</c> and lists; the descriptors <c>@yearly</c>, <c>@annually</c>,
/// <c>@monthly</c>, <c>@weekly</c>, <c>@daily</c>, <c>@midnight</c>, <c>@hourly</c> and <c>@every &lt;duration&gt;</c>;
/// and an optional <c>CRON_TZ=</c> or <c>TZ=</c> prefix.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly (int Min, int Max, string[]? Names)[] Bounds =
    [
        (0, 59, null),
        (0, 23, null),
        (1, 31, null),
        (1, 12, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]),
        (0, 6, ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]),
    ];

    private readonly ulong[] fields = new ulong[5];
    private bool dayOfMonthStar;
    private bool dayOfWeekStar;

    /// <summary>The interval of an <c>@every</c> schedule, else null.</summary>
    public TimeSpan? Every { get; private set; }

    /// <summary>The time zone named by a CRON_TZ= or TZ= prefix, if any.</summary>
    public string? TimeZone { get; private set; }

    /// <summary>Parses <paramref name="spec"/> as the operator does; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string spec, out CronSchedule schedule, out string error)
    {
        schedule = new CronSchedule();
        error = string.Empty;
        var text = spec.Trim();
        if (text.StartsWith("CRON_TZ=", StringComparison.Ordinal) || text.StartsWith("TZ=", StringComparison.Ordinal))
        {
            var space = text.IndexOf(' ');
            if (space < 0)
            {
                error = "a CRON_TZ= prefix must be followed by a space and the schedule";
                return false;
            }

            schedule.TimeZone = text.Substring(text.IndexOf('=') + 1, space - text.IndexOf('=') - 1);
            text = text.Substring(space + 1).Trim();
        }

        if (text.StartsWith("@", StringComparison.Ordinal))
        {
            return schedule.Descriptor(text, out error);
        }

        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            error = $"expected exactly 5 fields (minute hour day-of-month month day-of-week), found {parts.Length}";
            return false;
        }

        for (var i = 0; i < 5; i++)
        {
            if (!schedule.Field(i, parts[i], out error))
            {
                return false;
            }
        }

        schedule.dayOfMonthStar = parts[2] is "*" or "?" || parts[2].StartsWith("*/", StringComparison.Ordinal);
        schedule.dayOfWeekStar = parts[4] is "*" or "?" || parts[4].StartsWith("*/", StringComparison.Ordinal);
        return true;
    }

    /// <summary>The next <paramref name="count"/> run times after <paramref name="after"/> in <paramref name="zone"/>; fewer when it stops running within five years.</summary>
    public List<DateTimeOffset> Next(DateTimeOffset after, TimeZoneInfo zone, int count)
    {
        var runs = new List<DateTimeOffset>();
        if (Every is { } every)
        {
            for (var i = 1; i <= count; i++)
            {
                runs.Add(after + TimeSpan.FromTicks(every.Ticks * i));
            }

            return runs;
        }

        var local = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        var t = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0).AddMinutes(1);
        var limit = t.AddYears(5);
        while (runs.Count < count && t < limit)
        {
            if (!Has(3, t.Month))
            {
                t = new DateTime(t.Year, t.Month, 1).AddMonths(1);
            }
            else if (!DayMatches(t))
            {
                t = t.Date.AddDays(1);
            }
            else if (!Has(1, t.Hour))
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!Has(0, t.Minute))
            {
                t = t.AddMinutes(1);
            }
            else
            {
                if (!zone.IsInvalidTime(t))
                {
                    runs.Add(new DateTimeOffset(t, zone.GetUtcOffset(t)));
                }

                t = t.AddMinutes(1);
            }
        }

        return runs;
    }

    private bool Has(int field, int value) => (fields[field] & (1UL << value)) != 0;

    // robfig/cron: when either day field is a star, both must match; otherwise either may.
    private bool DayMatches(DateTime t)
    {
        var dom = Has(2, t.Day);
        var dow = Has(4, (int)t.DayOfWeek);
        return dayOfMonthStar || dayOfWeekStar ? dom && dow : dom || dow;
    }

    private bool Descriptor(string text, out string error)
    {
        error = string.Empty;
        switch (text)
        {
            case "@yearly" or "@annually":
                return TryParse("0 0 1 1 *", out var yearly, out error) && CopyFrom(yearly);
            case "@monthly":
                return TryParse("0 0 1 * *", out var monthly, out error) && CopyFrom(monthly);
            case "@weekly":
                return TryParse("0 0 * * 0", out var weekly, out error) && CopyFrom(weekly);
            case "@daily" or "@midnight":
                return TryParse("0 0 * * *", out var daily, out error) && CopyFrom(daily);
            case "@hourly":
                return TryParse("0 * * * *", out var hourly, out error) && CopyFrom(hourly);
        }

        if (text.StartsWith("@every ", StringComparison.Ordinal))
        {
            if (!GoDuration.TryParse(text.Substring("@every ".Length).Trim(), out var duration))
            {
                error = $"'{text.Substring("@every ".Length).Trim()}' is not a Go duration such as 90s, 15m or 1h30m";
                return false;
            }

            // robfig/cron rounds down to whole seconds and runs at least every second.
            var seconds = Math.Max(1, (long)duration.TotalSeconds);
            Every = TimeSpan.FromSeconds(seconds);
            return true;
        }

        error = $"unrecognized descriptor '{text}'; use @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>";
        return false;
    }

    private bool CopyFrom(CronSchedule other)
    {
        Array.Copy(other.fields, fields, 5);
        dayOfMonthStar = other.dayOfMonthStar;
        dayOfWeekStar = other.dayOfWeekStar;
        return true;
    }

    private bool Field(int index, string text, out string error)
    {
        error = string.Empty;
        var (min, max, names) = Bounds[index];
        foreach (var part in text.Split(','))
        {
            var stepAt = part.IndexOf('/');
            var range = stepAt < 0 ? part : part.Substring(0, stepAt);
            var step = 1;
            if (stepAt >= 0 && (!int.TryParse(part.Substring(stepAt + 1), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step <= 0))
            {
                error = $"step of '{part}' must be a positive number";
                return false;
            }

            int start, end = 0;
            if (range is "*" or "?")
            {
                (start, end) = (min, max);
            }
            else
            {
                var dash = range.IndexOf('-');
                if (!Value(dash < 0 ? range : range.Substring(0, dash), names, out start)
                    || (dash >= 0 && !Value(range.Substring(dash + 1), names, out end)))
                {
                    error = $"'{part}' is not a number{(names is null ? string.Empty : " or name")} in field {index + 1}";
                    return false;
                }

                end = dash >= 0 ? end : (stepAt >= 0 ? max : start);
            }

            if (start < min || end > max)
            {
                error = $"'{part}' is outside {min}-{max} in field {index + 1}";
                return false;
            }

            if (start > end)
            {
                error = $"the range '{part}' begins after it ends";
                return false;
            }

            for (var v = start; v <= end; v += step)
            {
                fields[index] |= 1UL << v;
            }
        }

        return true;
    }

    private static bool Value(string text, string[]? names, out int value)
    {
        if (names is not null)
        {
            var at = Array.IndexOf(names, text.ToLowerInvariant());
            if (at >= 0)
            {
                value = at + (names.Length == 12 ? 1 : 0);
                return true;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

/// <summary>Go's time.ParseDuration: a sequence of decimal numbers with units ns, us, µs, ms, s, m, h (<c>1h30m</c>).</summary>
internal static class GoDuration
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text.Length == 0 || text == "0")
        {
            return text == "0";
        }

        var ticks = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (start == i || !double.TryParse(text.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < text.Length && !char.IsDigit(text[i]) && text[i] != '.')
            {
                i++;
            }

            var factor = text.Substring(unitStart, i - unitStart) switch
            {
                "ns" => 0.01,
                "us" or "µs" => 10.0,
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                "h" => TimeSpan.TicksPerHour,
                _ => -1.0,
            };
            if (factor < 0)
            {
                return false;
            }

            ticks += number * factor;
        }

        duration = TimeSpan.FromTicks((long)ticks);
        return true;
    }
}
