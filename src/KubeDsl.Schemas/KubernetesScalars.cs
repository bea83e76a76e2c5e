using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace KubeDsl.Schemas;

/// <summary>
/// Types a plain scalar the way Kubernetes does. kubectl and the API server turn YAML into JSON with
/// sigs.k8s.io/yaml, which reads YAML with go-yaml v2 into untyped values; this mirrors go-yaml v2's resolver:
/// a fixed table of words first, then (for text starting with a digit or sign) Go's integer syntax with base
/// prefixes and underscores removed, then YAML 1.1 float syntax. Everything else is a string.
/// </summary>
internal static partial class KubernetesScalars
{
    private static readonly Dictionary<string, (YamlScalarType Type, object? Value)> Words = BuildWords();

    public static (YamlScalarType Type, object? Value) Resolve(string text)
    {
        if (Words.TryGetValue(text, out var word))
        {
            return word;
        }

        switch (text[0])
        {
            case '.':
                if (DotFloat().IsMatch(text) && TryDouble(text, out var fraction))
                {
                    return (YamlScalarType.Float, fraction);
                }

                break;
            case '+' or '-' or (>= '0' and <= '9'):
                var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
                if (TryGoInteger(plain, out var integer))
                {
                    return (YamlScalarType.Int, integer);
                }

                if (YamlFloat().IsMatch(plain) && TryDouble(plain, out var number))
                {
                    return (YamlScalarType.Float, number);
                }

                break;
        }

        return (YamlScalarType.String, text);
    }

    /// <summary>
    /// Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint: optional sign, then 0x/0o/0b or a leading 0
    /// (octal), then digits of that base. The value must fit int64, or uint64 when unsigned.
    /// </summary>
    private static bool TryGoInteger(string s, out BigInteger value)
    {
        value = default;
        var signed = s.Length > 0 && s[0] is '+' or '-';
        var negative = s.Length > 0 && s[0] == '-';
        var body = signed ? s[1..] : s;
        var radix = 10;
        if (body.Length >= 2 && body[0] == '0')
        {
            (radix, body) = body[1] switch
            {
                'x' or 'X' => (16, body[2..]),
                'o' or 'O' => (8, body[2..]),
                'b' or 'B' => (2, body[2..]),
                _ => (8, body[1..]),
            };
        }

        if (body.Length == 0)
        {
            return false;
        }

        BigInteger magnitude = 0;
        foreach (var c in body)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return false;
            }

            magnitude = (magnitude * radix) + digit;
        }

        value = negative ? -magnitude : magnitude;
        return (value >= long.MinValue && value <= long.MaxValue) || (!signed && value <= ulong.MaxValue);
    }

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static Dictionary<string, (YamlScalarType, object?)> BuildWords()
    {
        var words = new Dictionary<string, (YamlScalarType, object?)>(StringComparer.Ordinal);
        void Add(YamlScalarType type, object? value, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                words.Add(spelling, (type, value));
            }
        }

        Add(YamlScalarType.Bool, true, "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
        Add(YamlScalarType.Bool, false, "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
        Add(YamlScalarType.Null, null, "", "~", "null", "Null", "NULL");
        Add(YamlScalarType.Float, double.NaN, ".nan", ".NaN", ".NAN");
        Add(YamlScalarType.Float, double.PositiveInfinity, ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
        Add(YamlScalarType.Float, double.NegativeInfinity, "-.inf", "-.Inf", "-.INF");
        return words;
    }

    // go-yaml v2's yamlStyleFloat.
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlFloat();

    /// <summary>
    /// The amount of a Kubernetes resource quantity (<c>500m</c>, <c>2Gi</c>, <c>1e3</c>, <c>0.5</c>), following the
    /// suffixes of k8s.io/apimachinery's resource.Quantity. False for text that is not a quantity or too large for
    /// a decimal.
    /// </summary>
    public static bool TryParseQuantity(string text, out decimal amount)
    {
        amount = 0;
        var match = Quantity().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var suffix = match.Groups[2].Value;
        try
        {
            amount = suffix switch
            {
                "" => number,
                "n" => number / 1_000_000_000m,
                "u" => number / 1_000_000m,
                "m" => number / 1000m,
                "k" => number * 1000m,
                "M" => number * 1_000_000m,
                "G" => number * 1_000_000_000m,
                "T" => number * 1_000_000_000_000m,
                "P" => number * 1_000_000_000_000_000m,
                "E" => number * 1_000_000_000_000_000_000m,
                "Ki" => number * 1024m,
                "Mi" => number * 1024m * 1024m,
                "Gi" => number * 1024m * 1024m * 1024m,
                "Ti" => number * 1024m * 1024m * 1024m * 1024m,
                "Pi" => number * 1024m * 1024m * 1024m * 1024m * 1024m,
                "Ei" => number * 1024m * 1024m * 1024m * 1024m * 1024m * 1024m,
                _ => Exponent(number, int.Parse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
            };
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static decimal Exponent(decimal number, int exponent)
    {
        for (; exponent > 0; exponent--)
        {
            number *= 10m;
        }

        for (; exponent < 0; exponent++)
        {
            number /= 10m;
        }

        return number;
    }

    [GeneratedRegex(@"^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    // What Go's ParseFloat accepts for text starting with '.'.
    [GeneratedRegex(@"^\.[0-9]+([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotFloat();
}
