using System;
using System.Globalization;

namespace KubeDsl.Documents;

/// <summary>
/// Kubernetes resource quantities ("500m", "1Gi", "2") in the canonical form Kubernetes stores them in: no
/// precision lost, no fractional digits, the largest suffix of the same family. KubernetesClient's
/// ResourceQuantity.ToString() writes this form, so the build writes it too and both paths agree.
/// Grammar and canonical rules: k8s.io/apimachinery/pkg/api/resource/quantity.go.
/// </summary>
internal static class QuantityText
{
    private static readonly (string Suffix, int Exponent)[] DecimalSuffixes =
    {
        ("n", -9), ("u", -6), ("m", -3), (string.Empty, 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18),
    };

    private static readonly (string Suffix, int Power)[] BinarySuffixes =
    {
        ("Ki", 1), ("Mi", 2), ("Gi", 3), ("Ti", 4), ("Pi", 5), ("Ei", 6),
    };

    private enum Format
    {
        DecimalSI,
        BinarySI,
        DecimalExponent,
    }

    /// <summary>True when Kubernetes accepts the text as a quantity.</summary>
    public static bool IsValid(string text) => TryCanonicalize(text, out _, out _);

    /// <summary>The amount of a quantity (<c>500m</c> is 0.5, <c>1Ki</c> is 1024), for comparisons.</summary>
    public static bool TryParseAmount(string text, out decimal amount) => TryParse(text, out amount, out _);

    /// <summary>Parses a quantity and writes it in canonical form; on failure says why in <paramref name="error"/>.</summary>
    public static bool TryCanonicalize(string text, out string canonical, out string? error)
    {
        canonical = string.Empty;
        error = null;
        if (!TryParse(text, out var value, out var format))
        {
            error = "'" + text + "' is not a Kubernetes quantity: use a number with an optional suffix such as 512Mi, 1Gi, 500m or 2";
            return false;
        }

        canonical = Write(value, format);
        return true;
    }

    private static bool TryParse(string text, out decimal value, out Format format)
    {
        value = 0;
        format = Format.DecimalSI;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (text[0] == '+' || text[0] == '-')
        {
            negative = text[0] == '-';
            i++;
        }

        var numberStart = i;
        var digits = 0;
        var dots = 0;
        while (i < text.Length && (char.IsDigit(text[i]) && text[i] < 128 || text[i] == '.'))
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else
            {
                digits++;
            }

            i++;
        }

        if (digits == 0 || dots > 1)
        {
            return false;
        }

        if (!decimal.TryParse(text.Substring(numberStart, i - numberStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var suffix = text.Substring(i);
        decimal multiplier;
        try
        {
            if (TryDecimalSuffix(suffix, out var exponent))
            {
                multiplier = Pow10(exponent);
                format = Format.DecimalSI;
            }
            else if (TryBinarySuffix(suffix, out var power))
            {
                multiplier = Pow1024(power);
                format = Format.BinarySI;
            }
            else if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E')
                && int.TryParse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e)
                && char.IsDigit(suffix[suffix.Length - 1]) && Math.Abs(e) <= 27)
            {
                multiplier = Pow10(e);
                format = Format.DecimalExponent;
            }
            else
            {
                return false;
            }

            value = number * multiplier;
        }
        catch (OverflowException)
        {
            return false;
        }

        // Kubernetes keeps nine fractional digits and rounds anything finer up (away from zero).
        var scaled = value * 1_000_000_000m;
        var rounded = decimal.Ceiling(scaled);
        value = rounded / 1_000_000_000m;
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static string Write(decimal value, Format format)
    {
        if (value == 0)
        {
            return "0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(value);

        // Small or fractional binary values read better in decimal units.
        if (format == Format.BinarySI && (magnitude < 1024 || decimal.Truncate(magnitude) != magnitude))
        {
            format = Format.DecimalSI;
        }

        if (format == Format.BinarySI)
        {
            var power = 0;
            var mantissa = magnitude;
            while (power < 6 && mantissa % 1024 == 0)
            {
                mantissa /= 1024;
                power++;
            }

            var suffix = power == 0 ? string.Empty : BinarySuffixes[power - 1].Suffix;
            return sign + mantissa.ToString("0", CultureInfo.InvariantCulture) + suffix;
        }

        // Express as an integer mantissa times 10^exponent, exponent a multiple of 3, as large as possible.
        var exponent = -9;
        var scaled = magnitude * 1_000_000_000m;
        while (exponent < 18 && scaled % 1000 == 0)
        {
            scaled /= 1000;
            exponent += 3;
        }

        var text = scaled.ToString("0", CultureInfo.InvariantCulture);
        if (format == Format.DecimalExponent)
        {
            return sign + text + (exponent == 0 ? string.Empty : "e" + exponent.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (suffix, e) in DecimalSuffixes)
        {
            if (e == exponent)
            {
                return sign + text + suffix;
            }
        }

        return sign + text;
    }

    private static bool TryDecimalSuffix(string suffix, out int exponent)
    {
        foreach (var (s, e) in DecimalSuffixes)
        {
            if (s == suffix)
            {
                exponent = e;
                return true;
            }
        }

        exponent = 0;
        return false;
    }

    private static bool TryBinarySuffix(string suffix, out int power)
    {
        foreach (var (s, p) in BinarySuffixes)
        {
            if (s == suffix)
            {
                power = p;
                return true;
            }
        }

        power = 0;
        return false;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10 : result / 10;
        }

        return result;
    }

    private static decimal Pow1024(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 1024;
        }

        return result;
    }
}
