using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The checks Quartz's CronExpression makes when it parses an expression (org.quartz.CronExpression): six or seven
/// fields (seconds, minutes, hours, day of month, month, day of week, optional year), values in range, '?' only in
/// the day fields and in exactly one of them. Unix cron's five fields are the usual mistake.
/// </summary>
internal static class QuartzCron
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] FieldNames = ["seconds", "minutes", "hours", "day of month", "month", "day of week", "year"];
    private static readonly (int Min, int Max)[] Ranges = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (1, 7), (1970, 2299)];

    private static readonly Regex Value = new("^([0-9]+|[A-Z]{3})(-([0-9]+|[A-Z]{3}))?(/([0-9]+))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Star = new("^\\*(/([0-9]+))?$", RegexOptions.CultureInvariant);
    private static readonly Regex LastDayOfMonth = new("^L(-[0-9]+)?W?$", RegexOptions.CultureInvariant);
    private static readonly Regex Weekday = new("^([0-9]+)W$", RegexOptions.CultureInvariant);
    private static readonly Regex DayOfWeekSpecial = new("^([0-9]+|[A-Z]{3})(L|#([1-5]))$", RegexOptions.CultureInvariant);

    /// <summary>Why Quartz refuses <paramref name="expression"/>, or null.</summary>
    public static string? Problem(string expression)
    {
        var fields = expression.ToUpperInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6)
        {
            return $"it has {fields.Length} field{(fields.Length == 1 ? string.Empty : "s")}, and a Quartz cron expression has 6 or 7, starting with seconds ('0 0 2 * * ?' is 02:00 every day)";
        }

        for (var i = 0; i < Math.Min(fields.Length, 7); i++)
        {
            foreach (var item in fields[i].Split([','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (ItemProblem(i, item) is { } problem)
                {
                    return $"{FieldNames[i]} '{item}' {problem}";
                }
            }
        }

        var dayOfMonthUnset = fields[3] == "?";
        var dayOfWeekUnset = fields[5] == "?";
        return dayOfMonthUnset == dayOfWeekUnset
            ? "exactly one of day of month and day of week must be '?' (Quartz cannot combine them, nor leave both open)"
            : null;
    }

    private static string? ItemProblem(int field, string item)
    {
        if (item == "?")
        {
            return field is 3 or 5 ? null : "is '?', which only the day-of-month and day-of-week fields take";
        }

        if (Star.Match(item) is { Success: true } star)
        {
            return Step(field, star.Groups[2].Value);
        }

        if (field == 3 && (LastDayOfMonth.IsMatch(item) || Weekday.Match(item) is { Success: true } weekday && Number(field, weekday.Groups[1].Value) is not null))
        {
            return null;
        }

        if (field == 5 && (item == "L" || DayOfWeekSpecial.Match(item) is { Success: true } special && Number(field, special.Groups[1].Value) is not null))
        {
            return null;
        }

        var match = Value.Match(item);
        if (!match.Success)
        {
            return "is not a value, a range, a step or a list";
        }

        var from = Number(field, match.Groups[1].Value);
        var to = match.Groups[3].Success ? Number(field, match.Groups[3].Value) : 0;
        if (from is null || to is null)
        {
            var (min, max) = Ranges[field];
            var names = field == 4 ? " or JAN-DEC" : field == 5 ? " or SUN-SAT" : string.Empty;
            return $"is out of range: {FieldNames[field]} takes {min}-{max}{names}";
        }

        return Step(field, match.Groups[5].Value);
    }

    private static string? Step(int field, string step)
    {
        if (step.Length == 0)
        {
            return null;
        }

        // A step may be as large as the field's largest value; Quartz sets no bound for years.
        var limit = field == 6 ? int.MaxValue : Ranges[field].Max;
        return int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= limit
            ? null
            : $"has the step /{step}, and {FieldNames[field]} takes steps of 1 to {limit}";
    }

    private static int? Number(int field, string text)
    {
        int value;
        if (text.Length == 3 && char.IsLetter(text[0]))
        {
            var names = field == 4 ? Months : field == 5 ? Days : [];
            var index = Array.IndexOf(names, text);
            if (index < 0)
            {
                return null;
            }

            value = index + 1;
        }
        else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        var (min, max) = Ranges[field];
        return value >= min && value <= max ? value : null;
    }
}
