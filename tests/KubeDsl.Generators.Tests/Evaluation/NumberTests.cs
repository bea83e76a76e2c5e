using System.Globalization;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// TimeSpan, Math and checked arithmetic. Expected values are what .NET computes for the same expression, with the
/// invariant culture.
/// </summary>
public class NumberTests
{
    private static string S(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    public static TheoryData<string, string> Spans => new()
    {
        { "TimeSpan.FromMinutes(90).ToString()", TimeSpan.FromMinutes(90).ToString() },
        { "(new TimeSpan(1, 2, 3) + TimeSpan.FromSeconds(4)).ToString()", (new TimeSpan(1, 2, 3) + TimeSpan.FromSeconds(4)).ToString() },
        { "new TimeSpan(2, 1, 0, 0, 5).ToString() + \"|\" + TimeSpan.FromTicks(15).ToString() + \"|\" + (-TimeSpan.FromDays(1.5)).ToString()", new TimeSpan(2, 1, 0, 0, 5) + "|" + TimeSpan.FromTicks(15) + "|" + (-TimeSpan.FromDays(1.5)) },
        { "$\"{(int)TimeSpan.FromHours(2).TotalSeconds}s\"", "7200s" },
        { "TimeSpan.FromMilliseconds(1500).TotalSeconds + \"|\" + TimeSpan.FromSeconds(0.1).Ticks + \"|\" + TimeSpan.FromDays(1.25).TotalHours", S(TimeSpan.FromMilliseconds(1500).TotalSeconds) + "|" + TimeSpan.FromSeconds(0.1).Ticks + "|" + S(TimeSpan.FromDays(1.25).TotalHours) },
        { "new TimeSpan(1, 2, 3, 4, 5).Days + \"/\" + new TimeSpan(1, 2, 3, 4, 5).Hours + \"/\" + new TimeSpan(1, 2, 3, 4, 5).Minutes + \"/\" + new TimeSpan(1, 2, 3, 4, 5).Seconds + \"/\" + new TimeSpan(1, 2, 3, 4, 5).Milliseconds", "1/2/3/4/5" },
        { "(TimeSpan.FromSeconds(1.5) * 2).ToString() + \"|\" + (TimeSpan.FromMinutes(1) / 4).ToString() + \"|\" + (TimeSpan.FromHours(1) / TimeSpan.FromMinutes(20))", (TimeSpan.FromSeconds(1.5) * 2) + "|" + (TimeSpan.FromMinutes(1) / 4) + "|" + S(TimeSpan.FromHours(1) / TimeSpan.FromMinutes(20)) },
        { "(TimeSpan.FromMinutes(1) > TimeSpan.FromSeconds(59)) + \"|\" + (TimeSpan.FromMinutes(1) == TimeSpan.FromSeconds(60)) + \"|\" + (TimeSpan.Zero <= TimeSpan.FromTicks(-1))", "True|True|False" },
        { "$\"{TimeSpan.FromMinutes(5):hh\\\\:mm}|{TimeSpan.FromSeconds(3661):c}|{TimeSpan.FromSeconds(61).Duration()}\"", TimeSpan.FromMinutes(5).ToString("hh\\:mm", CultureInfo.InvariantCulture) + "|" + TimeSpan.FromSeconds(3661).ToString("c") + "|" + TimeSpan.FromSeconds(61) },
        { "new[] { TimeSpan.FromHours(1), TimeSpan.FromMinutes(5) }.Min().ToString()", "00:05:00" },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void TimeSpan_matches_the_run_time(string expression, string expected) => Assert.Equal(expected, Evaluate.Text(expression));

    public static TheoryData<string, string> MathCalls => new()
    {
        { "Math.Max(1, 2) + \"/\" + Math.Min(3L, -4L) + \"/\" + Math.Abs(-2.5) + \"/\" + Math.Max(double.NaN, 1) + \"/\" + Math.Sign(-3)", "2/-4/2.5/NaN/-1" },
        { "Math.Ceiling(1.2) + \"/\" + Math.Floor(-1.8) + \"/\" + Math.Truncate(-1.8) + \"/\" + Math.Ceiling(1.2m)", "2/-2/-1/2" },
        { "Math.Round(2.5) + \"/\" + Math.Round(3.5) + \"/\" + Math.Round(2.5, MidpointRounding.AwayFromZero) + \"/\" + Math.Round(-2.5, MidpointRounding.ToZero) + \"/\" + Math.Round(2.1, MidpointRounding.ToPositiveInfinity) + \"/\" + Math.Round(2.345, 2) + \"/\" + Math.Round(1.005m, 2, MidpointRounding.AwayFromZero)",
            S(Math.Round(2.5)) + "/" + S(Math.Round(3.5)) + "/3/-2/3/" + S(Math.Round(2.345, 2)) + "/" + S(Math.Round(1.005m, 2, MidpointRounding.AwayFromZero)) },
        { "Math.Pow(2, 10) + \"/\" + Math.Sqrt(2) + \"/\" + Math.Log10(1000) + \"/\" + Math.Exp(1)", S(Math.Pow(2, 10)) + "/" + S(Math.Sqrt(2)) + "/" + S(Math.Log10(1000)) + "/" + S(Math.Exp(1)) },
        { "Math.Clamp(15, 0, 10) + \"/\" + Math.Clamp(-1L, 0L, 10L) + \"/\" + Math.Clamp(0.5, 0.0, 1.0) + \"/\" + Math.Clamp(double.NaN, 0, 1)", "10/0/0.5/NaN" },
        { "T()", "3/1/-3/-1" },
    };

    [Theory]
    [MemberData(nameof(MathCalls))]
    public void Math_matches_the_run_time(string expression, string expected) =>
        Assert.Equal(expected, Evaluate.Text(expression, "static string T() { var q = Math.DivRem(7, 2, out var r); var (q2, r2) = Math.DivRem(-7, 2); return q + \"/\" + r + \"/\" + q2 + \"/\" + r2; }"));

    public static TheoryData<string, string> Unchecked => new()
    {
        { "static string T() { int x = int.MaxValue; return (x + 1).ToString(); }", unchecked(int.MaxValue + 1).ToString(CultureInfo.InvariantCulture) },
        { "static string T() { int x = 1 << 30; return (x * 4 + 3).ToString(); }", unchecked((1 << 30) * 4 + 3).ToString(CultureInfo.InvariantCulture) },
        { "static string T() { long x = long.MinValue; return (x - 1).ToString(); }", unchecked(long.MinValue - 1).ToString(CultureInfo.InvariantCulture) },
        { "static string T() { int x = 1; return (x << 33) + \"/\" + (-8 >> 1) + \"/\" + checked(x << 31); }", "2/-4/" + (1 << 31) },
        { "static string T() { long big = 5000000000; return ((int)big).ToString(); }", unchecked((int)5000000000L).ToString(CultureInfo.InvariantCulture) },
        { "static string T() { byte b = 250; b += 10; sbyte s = 127; s++; return b + \"/\" + s; }", "4/-128" },
        { "static string T() { double d = 2.7; return checked((int)d) + \"/\" + (int)-2.7 + \"/\" + (int)2.7m + \"/\" + (long)-0.5; }", "2/-2/2/0" },
        { "static string T() { int m = int.MinValue; return (-m).ToString(); }", int.MinValue.ToString(CultureInfo.InvariantCulture) },
    };

    [Theory]
    [MemberData(nameof(Unchecked))]
    public void Unchecked_integers_wrap_like_compiled_code(string helper, string expected) => Assert.Equal(expected, Evaluate.Text("T()", helper));

    [Theory]
    [InlineData("static string T() { int x = int.MaxValue; return checked(x + 1).ToString(); }", "x + 1")]
    [InlineData("static string T() { long x = long.MaxValue; return checked(x * 2).ToString(); }", "x * 2")]
    [InlineData("static string T() { checked { int x = int.MaxValue; x++; return x.ToString(); } }", "x++")]
    [InlineData("static string T() { long x = 5000000000; return checked((int)x).ToString(); }", "(int)x")]
    [InlineData("static string T() { int m = int.MinValue; return checked(-m).ToString(); }", "-m")]
    [InlineData("static string T() { int m = int.MinValue; return (m / -1).ToString(); }", "m / -1")]
    [InlineData("static string T() { decimal big = 1e20m; return ((int)big).ToString(); }", "(int)big")]
    [InlineData("static string T() => Math.Abs(int.MinValue).ToString();", "Math.Abs(int.MinValue)")]
    [InlineData("static string T() => TimeSpan.MaxValue.Add(TimeSpan.FromTicks(1)).ToString();", "TimeSpan.MaxValue.Add(TimeSpan.FromTicks(1))")]
    [InlineData("static string T() => (TimeSpan.MaxValue + TimeSpan.FromTicks(1)).ToString();", "TimeSpan.MaxValue + TimeSpan.FromTicks(1)")]
    [InlineData("static string T() => Math.Clamp(5, 10, 1).ToString();", "Math.Clamp(5, 10, 1)")]
    public void Overflow_and_other_arithmetic_exceptions_are_KD0006_at_the_expression(string helper, string at)
    {
        var (diagnostic, location) = Evaluate.Failure("T()", helper);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Equal(at, location);
    }

    [Fact]
    public void An_out_of_range_unchecked_cast_from_double_is_refused_as_processor_dependent()
    {
        var (diagnostic, at) = Evaluate.Failure("T()", "static string T() { double d = 1e20; return ((int)d).ToString(); }");
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("depends on the processor", diagnostic.GetMessage());
        Assert.Equal("(int)d", at);
    }
}
