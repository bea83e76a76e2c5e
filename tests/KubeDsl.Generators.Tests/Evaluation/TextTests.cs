using System.Globalization;
using System.Text;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// Formatting, string members, StringBuilder and parsing. Each expected value is what .NET itself computes for the
/// same expression (with the invariant culture), so the evaluator is held to the run time's results.
/// </summary>
public class TextTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static TheoryData<string, string> Formats => new()
    {
        { "string.Format(\"{0:D3}-{1,5}-{2:0.00}-{3:x}\", 7, \"ab\", 1.5, 255)", string.Format(Invariant, "{0:D3}-{1,5}-{2:0.00}-{3:x}", 7, "ab", 1.5, 255) },
        { "string.Format(\"{0,-4}|{1:N1}|{{literal}}|{0}\", \"a\", 1234.56)", string.Format(Invariant, "{0,-4}|{1:N1}|{{literal}}|{0}", "a", 1234.56) },
        { "string.Format(CultureInfo.InvariantCulture, \"{0:P0} {1:E2} {2:X4}\", 0.25, 12345.678, 255)", string.Format(Invariant, "{0:P0} {1:E2} {2:X4}", 0.25, 12345.678, 255) },
        { "string.Format(\"{0}{1}{2}{3}{4}\", 1, 2, 3, 4, 5)", "12345" },
        { "string.Format(\"[{0}]\", (string?)null)", "[]" },
        { "$\"{7:D2}|{\"ab\",-5}|{3.14159:0.00}|{255:X}|{42,6:D3}\"", string.Format(Invariant, "{0:D2}|{1,-5}|{2:0.00}|{3:X}|{4,6:D3}", 7, "ab", 3.14159, 255, 42) },
        { "7.ToString(\"D3\") + \"|\" + 1.25.ToString(\"0.0\") + \"|\" + 5.ToString(CultureInfo.InvariantCulture) + \"|\" + 2.5.ToString(\"F2\", CultureInfo.InvariantCulture)", "007|" + 1.25.ToString("0.0", Invariant) + "|5|2.50" },
        { "1e21.ToString() + \"|\" + 0.1.ToString() + \"|\" + (1.0 / 3).ToString()", 1e21.ToString(Invariant) + "|" + 0.1.ToString(Invariant) + "|" + (1.0 / 3).ToString(Invariant) },
        { "FormattableString.Invariant($\"{1.5}\")", "1.5" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Composite_formats_and_format_specifiers_match_the_run_time(string expression, string expected) =>
        Assert.Equal(expected, Evaluate.Text(expression));

    public static TheoryData<string, string> Strings => new()
    {
        { "string.Join(\"|\", \"a,b,,c\".Split(','))", string.Join("|", "a,b,,c".Split(',')) },
        { "string.Join(\"|\", \"a,b,,c\".Split(',', StringSplitOptions.RemoveEmptyEntries))", string.Join("|", "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries)) },
        { "string.Join(\"|\", \" a , b ,, c \".Split(\",\", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))", string.Join("|", " a , b ,, c ".Split(",", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) },
        { "string.Join(\"|\", \"a;b,c\".Split(';', ','))", string.Join("|", "a;b,c".Split(';', ',')) },
        { "string.Join(\"|\", \"a::b::c\".Split(new[] { \"::\" }, StringSplitOptions.None))", string.Join("|", "a::b::c".Split(new[] { "::" }, StringSplitOptions.None)) },
        { "string.Join(\"|\", \"a b  c\".Split())", string.Join("|", "a b  c".Split()) },
        { "string.Join(\"|\", \"a,b,c\".Split(',', 2))", string.Join("|", "a,b,c".Split(',', 2)) },
        { "string.Join(\"|\", \"abc\".Split(\"\"))", string.Join("|", "abc".Split("")) },
        { "string.Join(\"|\", new List<int> { 1, 2 }) + string.Join('-', new[] { \"a\", \"b\" }) + string.Join(\",\", \"x\", \"y\", \"z\")", "1|2a-bx,y,z" },
        { "string.Join(\",\", new[] { \"a\", \"b\", \"c\", \"d\" }, 1, 2) + string.Join(\",\", new object?[] { 1, null, \"s\" })", "b,c1,,s" },
        { "string.Concat(\"a\", \"b\") + string.Concat(new[] { \"x\", \"y\" }) + string.Concat(new List<int> { 1, 2 })", "abxy12" },
        { "\"abcabc\".IndexOf(\"c\") + \"/\" + \"abcabc\".IndexOf('c', 3) + \"/\" + \"abcabc\".LastIndexOf(\"b\") + \"/\" + \"abc\".IndexOf(\"z\")", "2/5/4/-1" },
        { "\"ab\".PadLeft(4, '0') + \"|\" + \"ab\".PadRight(4) + \"|\" + \" x \".Trim() + \"|\" + \"--x--\".Trim('-') + \"|\" + \"xxy\".TrimStart('x')", "00ab|ab  |x|x|y" },
        { "\"a\".Contains('a') + \"/\" + \"Hello\".StartsWith(\"he\", StringComparison.OrdinalIgnoreCase) + \"/\" + \"Hello\".EndsWith('o') + \"/\" + \"ABC\".Equals(\"abc\", StringComparison.OrdinalIgnoreCase)", "True/True/True/True" },
        { "\"a-b-c\".Replace('-', '_') + \"|\" + \"aXbxc\".Replace(\"x\", \"\", StringComparison.OrdinalIgnoreCase) + \"|\" + \"abc\".Insert(1, \"_\") + \"|\" + \"abcdef\".Remove(2, 2) + \"|\" + \"abcdef\".Remove(4)", "a_b_c|abc|a_bc|abef|abcd" },
        { "\"MiXeD\".ToLowerInvariant() + \"MiXeD\".ToUpperInvariant() + \"abc\"[1] + string.Compare(\"a\", \"B\", StringComparison.Ordinal) + string.CompareOrdinal(\"b\", \"a\")", "mixedMIXEDb11" },
        { "new string(\"abc\".ToCharArray().Reverse().ToArray())", "cba" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_members_match_the_run_time(string expression, string expected)
    {
        if (expression.StartsWith("new string", StringComparison.Ordinal))
        {
            // A string made from chars has no constructor the evaluator runs; it is refused, not guessed.
            Assert.Equal("KD0001", Evaluate.Failure(expression).Diagnostic.Id);
            return;
        }

        Assert.Equal(expected, Evaluate.Text(expression));
    }

    [Fact]
    public void StringBuilder_is_built_in_place_and_chains()
    {
        const string helper = """
            static string T()
            {
                var b = new StringBuilder("x=");
                b.Append("a").Append('c').Append(3).Append(true).Append(1.5);
                foreach (var item in new[] { "p", "q" }) b.Append(item).Append(',');
                b.Length--;
                b.Insert(0, "[").Append(']');
                b.Append('-', 2).AppendJoin("+", new[] { 1, 2 }).AppendFormat("{0:D2}", 5);
                b.AppendLine().AppendLine("end");
                b.Replace("end", "fin");
                return b.ToString().Replace("\n", "~") + "|" + b.Length + "|" + b[1];
            }
            """;
        var expected = new StringBuilder("x=").Append("a").Append('c').Append(3).Append(true).Append(1.5.ToString(Invariant)).Append("p,q")
            .Insert(0, "[").Append(']').Append('-', 2).AppendJoin("+", 1, 2).Append("05").Append('\n').Append("fin\n");
        Assert.Equal(expected.ToString().Replace("\n", "~") + "|" + expected.Length + "|x", Evaluate.Text("T()", helper));
    }

    [Fact]
    public void A_shared_StringBuilder_is_not_changed()
    {
        var (diagnostic, _) = Evaluate.Failure("T()", "static readonly StringBuilder Shared = new(\"s\"); static string T() { Shared.Append(\"x\"); return Shared.ToString(); }");
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("static member", diagnostic.GetMessage());
    }

    public static TheoryData<string, string> Parsed => new()
    {
        { "int.Parse(\"42\") + \"/\" + long.Parse(\"-7\") + \"/\" + double.Parse(\"1.5\") + \"/\" + bool.Parse(\" True \") + \"/\" + decimal.Parse(\"2.50\")", "42/-7/1.5/True/2.50" },
        { "int.Parse(\" 12 \", CultureInfo.InvariantCulture) + \"/\" + int.Parse(\"ff\", NumberStyles.HexNumber) + \"/\" + double.Parse(\"1,000.5\", CultureInfo.InvariantCulture)", "12/255/1000.5" },
        { "T()", "True12/False0/True2.5/False0" },
    };

    [Theory]
    [MemberData(nameof(Parsed))]
    public void Parse_and_TryParse_use_the_invariant_culture(string expression, string expected)
    {
        const string helper = """
            static string T()
            {
                var a = int.TryParse("12", out var n);
                var b = long.TryParse("x", out long m);
                var c = double.TryParse("2.5", NumberStyles.Float, CultureInfo.InvariantCulture, out var d);
                var e = int.TryParse("99999999999", out _);
                return a + "" + n + "/" + b + m + "/" + c + d + "/" + e + 0;
            }
            """;
        Assert.Equal(expected, Evaluate.Text(expression, helper));
    }

    [Theory]
    [InlineData("int.Parse(\"nope\").ToString()", "'nope' is not a valid int, so int.Parse throws FormatException", "int.Parse(\"nope\")")]
    [InlineData("int.Parse(\"99999999999\").ToString()", "'99999999999' is outside the range of int, so int.Parse throws OverflowException", "int.Parse(\"99999999999\")")]
    [InlineData("bool.Parse(\"yes\").ToString()", "'yes' is not a valid bool", "bool.Parse(\"yes\")")]
    [InlineData("string.Format(\"{1}\", 1)", "refers to argument 1 of 1, which throws FormatException", "string.Format(\"{1}\", 1)")]
    [InlineData("string.Format(\"{0\", 1)", "is not a valid composite format", "string.Format(\"{0\", 1)")]
    [InlineData("\"abc\".Substring(2, 5)", "throws ArgumentOutOfRangeException", "\"abc\".Substring(2, 5)")]
    [InlineData("\"abc\".Replace(\"\", \"x\")", "throws ArgumentException", "\"abc\".Replace(\"\", \"x\")")]
    [InlineData("7.ToString(\"D1000000000\")", "invalid for Int32", "7.ToString(\"D1000000000\")")]
    public void Text_that_would_throw_is_KD0006_naming_it(string expression, string message, string at)
    {
        var (diagnostic, location) = Evaluate.Failure(expression);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Equal(at, location);
    }

    [Theory]
    [InlineData("\"ABC\".ToLower()", "use ToLowerInvariant()")]
    [InlineData("1.5.ToString(CultureInfo.CurrentCulture)", "pass CultureInfo.InvariantCulture")]
    [InlineData("1.5.ToString(new CultureInfo(\"de-DE\"))", "")]
    [InlineData("\"abc\".StartsWith(\"A\", StringComparison.CurrentCulture).ToString()", "use StringComparison.Ordinal")]
    [InlineData("string.Format((IFormatProvider?)null, \"{0}\", 1)", "only CultureInfo.InvariantCulture")]
    [InlineData("\"abc\".GetHashCode().ToString()", "hash codes differ")]
    public void Culture_dependent_text_is_refused_with_the_invariant_alternative(string expression, string message)
    {
        var (diagnostic, _) = Evaluate.Failure(expression);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
    }
}
