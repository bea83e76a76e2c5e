using KubeDsl.Rules.Flink;

namespace KubeDsl.Analyzers.Tests;

/// <summary>job.autoscaler.excluded.periods as the autoscaler's CalendarUtils and Quartz read it.</summary>
public class ExcludedPeriodsTests
{
    [Theory]
    [InlineData("9:00-17:00")]
    [InlineData("09:00:00-17:30:00;22:00-23:59:59:999")]
    [InlineData("0 0 9-17 ? * MON-FRI")]
    [InlineData("0 */15 * * * ?")]
    [InlineData("0 0 12 L * ?")]
    [InlineData("0 0 12 15W * ?")]
    [InlineData("0 0 12 ? * 6#3")]
    [InlineData("0 0 12 ? JAN,JUL FRIL 2027")]
    [InlineData("10:00-14:00 && 0 0 * ? * SAT,SUN")]
    public void Accepted(string value) => Assert.Null(ExcludedPeriods.Problem(value));

    [Theory]
    [InlineData("0 2 * * *", "excluded period '0 2 * * *' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: it has 5 fields, and a Quartz cron expression has 6 or 7, starting with seconds ('0 0 2 * * ?' is 02:00 every day)")]
    [InlineData("0 0 2 * * *", "excluded period '0 0 2 * * *' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: exactly one of day of month and day of week must be '?' (Quartz cannot combine them, nor leave both open)")]
    [InlineData("0 0 24 ? * *", "excluded period '0 0 24 ? * *' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: hours '24' is out of range: hours takes 0-23")]
    [InlineData("0 0 1 ? * MON-FRX", "excluded period '0 0 1 ? * MON-FRX' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: day of week 'MON-FRX' is out of range: day of week takes 1-7 or SUN-SAT")]
    [InlineData("? 0 1 * * ?", "excluded period '? 0 1 * * ?' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: seconds '?' is '?', which only the day-of-month and day-of-week fields take")]
    [InlineData("22:00-02:00", "excluded period '22:00-02:00' is not a daily range: the start must be before the end (a range cannot cross midnight; exclude two ranges instead)")]
    [InlineData("9:00-25:00", "excluded period '9:00-25:00' is not a daily range: '25:00' is not a time of day (H:mm, H:mm:ss or H:mm:ss:SSS, 24-hour)")]
    [InlineData("9:00-10:00 && 11:00-12:00", "excluded period '9:00-10:00 && 11:00-12:00' joins two daily ranges; '&&' combines one daily range with one cron expression")]
    [InlineData("9:00-10:00 && 0 0 * ? * MON && 0 0 * ? * TUE", "excluded period '9:00-10:00 && 0 0 * ? * MON && 0 0 * ? * TUE' joins more than two expressions with '&&'")]
    public void Refused(string value, string problem) => Assert.Equal(problem, ExcludedPeriods.Problem(value));
}
