using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Schemas;

/// <summary>
/// Types a plain YAML scalar the way Kubernetes does. kubectl and the API server turn YAML into JSON with
/// sigs.k8s.io/yaml, which reads YAML with go-yaml v2 into untyped values; this mirrors go-yaml v2's resolver
/// (resolve.go): a fixed table of words first, then, for text starting with a digit or a sign, Go's integer syntax
/// with base prefixes and underscores removed, then YAML 1.1 float syntax. Everything else is a string. The same
/// reading gives a number scalar its value, so <c>0x1F</c> and <c>1_000</c> compare as Kubernetes compares them.
/// </summary>
internal static class KubernetesScalars
{
    private static readonly Dictionary<string, ScalarKind> Words = BuildWords();

    // go-yaml v2's yamlStyleFloat.
    private static readonly Regex YamlFloat = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    // What Go's ParseFloat accepts for text starting with '.'.
    private static readonly Regex DotFloat = new(@"^\.[0-9]+([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The type go-yaml v2 gives a plain (unquoted, untagged) scalar with this text.</summary>
    public static ScalarKind Resolve(string text)
    {
        if (Words.TryGetValue(text, out var word))
        {
            return word;
        }

        switch (text[0])
        {
            case '.':
                return DotFloat.IsMatch(text) && TryDouble(text, out _) ? ScalarKind.Float : ScalarKind.String;
            case '+' or '-' or (>= '0' and <= '9'):
                var plain = text.Replace("_", string.Empty);
                if (TryGoInteger(plain, out _))
                {
                    return ScalarKind.Integer;
                }

                return YamlFloat.IsMatch(plain) && TryDouble(plain, out _) ? ScalarKind.Float : ScalarKind.String;
            default:
                return ScalarKind.String;
        }
    }

    /// <summary>
    /// The type and the value of a plain scalar: a bool, a <see cref="BigInteger"/>, a double (NaN and the
    /// infinities included), null, or the text itself for a string.
    /// </summary>
    public static (ScalarKind Kind, object? Value) ResolveValue(string text)
    {
        var kind = Resolve(text);
        switch (kind)
        {
            case ScalarKind.Boolean:
                return (kind, text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON");
            case ScalarKind.Null:
                return (kind, null);
            case ScalarKind.Integer:
                TryGoInteger(text.Replace("_", string.Empty), out var integer);
                return (kind, integer);
            case ScalarKind.Float:
                var plain = text.Replace("_", string.Empty);
                return (kind, plain.ToLowerInvariant() switch
                {
                    ".nan" => double.NaN,
                    ".inf" or "+.inf" => double.PositiveInfinity,
                    "-.inf" => double.NegativeInfinity,
                    _ => double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture),
                });
            default:
                return (kind, text);
        }
    }

    /// <summary>
    /// The value of an integer or float scalar: <paramref name="integer"/> when it is a whole number (2.0 reaches the
    /// API server as 2, JSON has one number type), and <paramref name="value"/> always. False for other scalars and
    /// for NaN and the infinities, which JSON cannot carry.
    /// </summary>
    public static bool TryNumber(DocScalar scalar, out BigInteger? integer, out double value)
    {
        integer = null;
        value = 0;
        if (scalar.Kind is not (ScalarKind.Integer or ScalarKind.Float))
        {
            return false;
        }

        var text = scalar.Text.Replace("_", string.Empty);
        if (TryGoInteger(text, out var whole))
        {
            integer = whole;
            value = (double)whole;
            return true;
        }

        if (!TryDouble(text, out value))
        {
            return false;
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e300)
        {
            integer = new BigInteger(value);
        }

        return true;
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
        var body = signed ? s.Substring(1) : s;
        var radix = 10;
        if (body.Length >= 2 && body[0] == '0')
        {
            (radix, body) = body[1] switch
            {
                'x' or 'X' => (16, body.Substring(2)),
                'o' or 'O' => (8, body.Substring(2)),
                'b' or 'B' => (2, body.Substring(2)),
                _ => (8, body.Substring(1)),
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
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);

    private static Dictionary<string, ScalarKind> BuildWords()
    {
        var words = new Dictionary<string, ScalarKind>(StringComparer.Ordinal);
        void Add(ScalarKind kind, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                words.Add(spelling, kind);
            }
        }

        Add(ScalarKind.Boolean, "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
        Add(ScalarKind.Boolean, "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
        Add(ScalarKind.Null, string.Empty, "~", "null", "Null", "NULL");
        Add(ScalarKind.Float, ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
        return words;
    }
}
