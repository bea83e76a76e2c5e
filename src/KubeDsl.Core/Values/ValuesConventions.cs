using System;
using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;

namespace KubeDsl.Values;

/// <summary>The CLR scalar types a values file may fill.</summary>
internal enum ValuesScalarKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
}

/// <summary>
/// How a values file maps onto C# types, for the build (over symbols) and the runtime (over reflection) alike:
/// which key fills which property, how a scalar becomes a number, bool or enum, and the messages when it does not.
/// </summary>
internal static class ValuesConventions
{
    /// <summary>The item type and property the MSBuild integration puts on values files passed to the compiler.</summary>
    public const string PathMetadataKey = "build_metadata.AdditionalFiles.KubeDslValuesPath";

    /// <summary>The full name of the class whose <c>Load&lt;T&gt;</c> reads a values file.</summary>
    public const string LoaderType = "KubeDsl.KubeDslValues";

    /// <summary>The name of the method that reads a values file.</summary>
    public const string LoadMethod = "Load";

    /// <summary>True for <c>KubeDslValues.Load</c>, by its type's full name and its own.</summary>
    public static bool IsLoad(string? typeName, string methodName) => typeName == LoaderType && methodName == LoadMethod;

    /// <summary>A key fills a property whose name it is, exactly or in camelCase (<c>executorCount</c> for <c>ExecutorCount</c>).</summary>
    public static bool KeyMatches(string key, string propertyName) =>
        string.Equals(key, propertyName, StringComparison.Ordinal) || string.Equals(key, ModelConventions.CamelCase(propertyName), StringComparison.Ordinal);

    /// <summary>The path as definitions write it: forward slashes, no leading "./".</summary>
    public static string NormalizePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized;
    }

    /// <summary>The scalar as the CLR value of <paramref name="kind"/>, or a <see cref="ValuesException"/> naming the value and the type.</summary>
    public static object Scalar(ValuesScalar scalar, ValuesScalarKind kind, string path, string typeName)
    {
        var text = scalar.Text;
        switch (kind)
        {
            case ValuesScalarKind.String:
                return text;
            case ValuesScalarKind.Boolean:
                if (!scalar.IsQuoted && text is "true" or "True" or "TRUE")
                {
                    return true;
                }

                if (!scalar.IsQuoted && text is "false" or "False" or "FALSE")
                {
                    return false;
                }

                break;
            case ValuesScalarKind.Int32 when !scalar.IsQuoted && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int32):
                return int32;
            case ValuesScalarKind.Int64 when !scalar.IsQuoted && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int64):
                return int64;
            case ValuesScalarKind.Double when !scalar.IsQuoted && TryDouble(text, out var number):
                return number;
            case ValuesScalarKind.Decimal when !scalar.IsQuoted && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var money):
                return money;
        }

        throw new ValuesException(path, "'" + text + "' is not " + Describe(kind) + (scalar.IsQuoted && kind != ValuesScalarKind.String ? " (it is quoted, so it is text)" : string.Empty) + ", which " + typeName + " needs", scalar.Start, scalar.End);
    }

    /// <summary>
    /// The index in <paramref name="members"/> (each member's YAML text, its [EnumMember] value or name, and its
    /// name) of the member a scalar names: by YAML text first, then by name, compared exactly.
    /// </summary>
    public static int EnumMember(ValuesScalar scalar, IReadOnlyList<KeyValuePair<string, string>> members, string path, string typeName)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Key, scalar.Text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Value, scalar.Text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        var allowed = new List<string>();
        foreach (var member in members)
        {
            allowed.Add(member.Key);
        }

        throw new ValuesException(path, "'" + scalar.Text + "' is not a value of " + typeName + "; use one of " + string.Join(", ", allowed), scalar.Start, scalar.End);
    }

    public static ValuesException UnknownKey(string path, ValuesScalar key, string typeName, IEnumerable<string> propertyNames)
    {
        var keys = new List<string>();
        foreach (var name in propertyNames)
        {
            keys.Add(ModelConventions.CamelCase(name));
        }

        return new ValuesException(path, typeName + " has no property for key '" + key.Text + "'" + (keys.Count > 0 ? "; its keys are " + string.Join(", ", keys) : string.Empty), key.Start, key.End);
    }

    public static ValuesException MissingRequired(string path, ValuesMapping mapping, string typeName, string propertyName) =>
        new(path, typeName + " requires '" + ModelConventions.CamelCase(propertyName) + "', which this mapping does not set", mapping.Start, mapping.Start);

    public static ValuesException WrongShape(string path, ValuesNode node, string expected, string typeName) =>
        new(path, "expected " + expected + " for " + typeName + ", found " + Describe(node), node.Start, node.End);

    public static ValuesException NullNotAllowed(string path, ValuesScalar scalar, string typeName) =>
        new(path, "null is not allowed here: " + typeName + " is not nullable", scalar.Start, scalar.End);

    public static ValuesException UnsupportedType(string path, ValuesNode node, string typeName) =>
        new(path, typeName + " cannot be read from a values file; use records or classes with string, number, bool, enum, list and dictionary properties", node.Start, node.End);

    public static string Describe(ValuesNode node) => node switch
    {
        ValuesMapping => "a mapping",
        ValuesSequence => "a list",
        ValuesScalar { IsNull: true } => "null",
        ValuesScalar scalar => "the scalar '" + scalar.Text + "'",
        _ => "a value",
    };

    private static string Describe(ValuesScalarKind kind) => kind switch
    {
        ValuesScalarKind.Boolean => "true or false",
        ValuesScalarKind.Int32 => "a whole number in the range of int",
        ValuesScalarKind.Int64 => "a whole number in the range of long",
        _ => "a number",
    };

    private static bool TryDouble(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or "+.inf" or ".Inf" or ".INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
