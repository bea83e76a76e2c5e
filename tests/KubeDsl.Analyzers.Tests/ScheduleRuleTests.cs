using KubeDsl.Rules.Spark;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>KD2016-KD2018: schedules and time zones as the Spark operator's controller reads them.</summary>
public class ScheduleRuleTests
{
    private static string Scheduled(string schedule, string? timeZone = null) => $$"""
        public static class Defs
        {
            [Manifest("nightly.yaml")]
            public static ScheduledSparkApplication Nightly => new()
            {
                Metadata = new V1ObjectMeta { Name = "nightly" },
                Spec = new ScheduledSparkApplicationSpec
                {
                    ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
                    Schedule = {{schedule}},
                    {{(timeZone is null ? string.Empty : "TimeZone = " + timeZone + ",")}}
                    Template = new SparkApplicationSpec { Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3", Driver = new(), Executor = new() },
                },
            };
        }
        """;

    [Theory]
    [InlineData("\"0 2 * *\"", "expected exactly 5 fields (minute hour day-of-month month day-of-week), found 4")]
    [InlineData("\"61 2 * * *\"", "'61' is outside 0-59 in field 1")]
    [InlineData("\"0 2 * * MON-FRY\"", "'MON-FRY' is not a number or name in field 5")]
    [InlineData("\"0 2 * * 7\"", "'7' is outside 0-6 in field 5")]
    [InlineData("\"*/0 * * * *\"", "step of '*/0' must be a positive number")]
    [InlineData("\"0 5-1 * * *\"", "the range '5-1' begins after it ends")]
    [InlineData("\"@every 10 minutes\"", "'10 minutes' is not a Go duration such as 90s, 15m or 1h30m")]
    [InlineData("\"@fortnightly\"", "unrecognized descriptor '@fortnightly'; use @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>")]
    public Task Invalid_schedules_are_errors_with_the_parser_reason(string schedule, string reason) => Verify.Analyzer(
        Scheduled("{|#0:" + schedule + "|}"),
        Verify.Diagnostic("KD2016", 0, $"Schedule '{schedule.Trim('"')}' is not one the operator can read: {reason}"));

    [Fact]
    public Task Unknown_time_zone() => Verify.Analyzer(
        Scheduled("{|#1:\"@daily\"|}", "{|#0:\"Europe/Atlantis\"|}"),
        Verify.Diagnostic("KD2017", 0, "Time zone 'Europe/Atlantis' is not 'UTC', 'Local' or an IANA name such as 'Europe/Berlin'; the operator marks the schedule FailedValidation"));

    [Theory]
    [InlineData("0 2 * * MON-FRI", "Europe/Berlin", "2026-11-25 02:00, 2026-11-26 02:00, 2026-11-27 02:00")]
    [InlineData("*/20 9-10 1,15 * ?", "UTC", "2026-12-01 09:00, 2026-12-01 09:20, 2026-12-01 09:40")]
    [InlineData("@hourly", "UTC", "2026-11-25 01:00, 2026-11-25 02:00, 2026-11-25 03:00")]
    [InlineData("CRON_TZ=America/New_York 30 6 * * SUN", "UTC", "2026-11-29 06:30, 2026-12-06 06:30, 2026-12-13 06:30")]
    [InlineData("0 0 30 2 *", "UTC", "never, in the next five years")]
    public async Task Valid_schedules_show_their_next_runs(string schedule, string zone, string runs)
    {
        var previous = ScheduleRule.Now;
        ScheduleRule.Now = () => new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
        try
        {
            var zoneShown = schedule.StartsWith("CRON_TZ=", StringComparison.Ordinal) ? "America/New_York" : zone;
            await Verify.Analyzer(
                Scheduled("{|#0:\"" + schedule + "\"|}", "\"" + zone + "\""),
                Verify.Diagnostic("KD2018", 0, $"Schedule '{schedule}' ({zoneShown}) runs next at {runs}"));
        }
        finally
        {
            ScheduleRule.Now = previous;
        }
    }
}
