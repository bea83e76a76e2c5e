using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Compares what a reader made of the YAML with the object it was written from: every set property is under its
/// JSON name, strings are strings with the same text, numbers are numbers with the same value.
/// </summary>
public static class ReadBackCheck
{
    /// <summary>The differences, as "path: what"; empty when the reader got the original back.</summary>
    public static List<string> Differences(object value, ReadNode node)
    {
        var found = new List<string>();
        Walk(value, node, "", found);
        return found;
    }

    private static void Walk(object? value, ReadNode? node, string path, List<string> found)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                Scalar(node, path, found, "str", t => t == s, s);
                return;
            case bool b:
                Scalar(node, path, found, "bool", t => t is not null && (t.ToLowerInvariant() is "true" or "yes" or "on" or "y") == b, b);
                return;
            case int or long:
                var integer = new BigInteger(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                Scalar(node, path, found, "int", t => t is not null && BigInteger.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var read) && read == integer, value);
                return;
            case double d:
                if (node is ReadScalar { Kind: "int" or "float", Text: { } text } && ReadDouble(text) is { } read && (read.Equals(d) || double.IsNaN(read) && double.IsNaN(d)))
                {
                    return;
                }

                found.Add($"{path}: expected the number {d.ToString("R", CultureInfo.InvariantCulture)}, read {Show(node)}");
                return;
            case Enum e:
                var member = e.GetType().GetField(e.ToString())!.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? e.ToString();
                Scalar(node, path, found, "str", t => t == member, member);
                return;
            case ResourceQuantity q:
                Scalar(node, path, found, "str", t => t is not null && new ResourceQuantity(t).ToDecimal() == q.ToDecimal(), q.ToString());
                return;
            case IntOrString ios:
                if (node is ReadScalar { Kind: "int", Text: { } number } && number == ios.Value || node is ReadScalar { Kind: "str", Text: { } text2 } && text2 == ios.Value)
                {
                    return;
                }

                found.Add($"{path}: expected {ios.Value}, read {Show(node)}");
                return;
        }

        var type = value.GetType();
        if (ModelValues.IsText(type))
        {
            var text = value.ToString();
            Scalar(node, path, found, "str", t => t == text, text!);
        }
        else if (value is IDictionary dictionary)
        {
            if (Empty(node) && dictionary.Count == 0)
            {
                return;
            }

            if (node is not ReadMap map)
            {
                found.Add($"{path}: expected a mapping, read {Show(node)}");
                return;
            }

            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Value, Lookup(map, (string)entry.Key, path, found), path + "[" + entry.Key + "]", found);
            }
        }
        else if (value is IList list)
        {
            if (Empty(node) && list.Count == 0)
            {
                return;
            }

            if (node is not ReadSeq seq || seq.Items.Count != list.Count)
            {
                found.Add($"{path}: expected a sequence of {list.Count}, read {Show(node)}");
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                Walk(list[i], seq.Items[i], path + "[" + i + "]", found);
            }
        }
        else
        {
            var fresh = Activator.CreateInstance(type);
            var set = ModelValues.Properties(type)
                .Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null || !Equals(p.GetValue(value), p.GetValue(fresh)))
                .ToList();
            if (Empty(node) && set.Count == 0)
            {
                return;
            }

            if (node is not ReadMap map)
            {
                found.Add($"{path}: expected a mapping, read {Show(node)}");
                return;
            }

            foreach (var property in set)
            {
                var key = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
                var child = property.GetValue(value);
                var entry = map.Entries.FirstOrDefault(e => e.Key is ReadScalar { Kind: "str" } k && k.Text == key).Value;
                if (entry is null && child is null)
                {
                    continue;
                }

                if (entry is null && (child is IEnumerable and not string || IsEmptyObject(child)))
                {
                    // An empty collection or object may be left out; Walk accepts that.
                    Walk(child, null, path + "." + key, found);
                    continue;
                }

                Walk(child, entry ?? Missing, path + "." + key, found);
            }
        }
    }

    private static readonly ReadNode Missing = new ReadScalar("missing", null);

    private static bool IsEmptyObject(object? value) =>
        value is not null && ModelValues.IsModel(value.GetType()) && ModelValues.Properties(value.GetType()).All(p => Equals(p.GetValue(value), p.GetValue(Activator.CreateInstance(value.GetType()))));

    private static bool Empty(ReadNode? node) => node is null || node is ReadMap { Entries.Count: 0 } || node is ReadSeq { Items.Count: 0 };

    private static ReadNode? Lookup(ReadMap map, string key, string path, List<string> found)
    {
        var matches = map.Entries.Where(e => e.Key is ReadScalar { Kind: "str" } k && k.Text == key).ToList();
        if (matches.Count != 1)
        {
            found.Add($"{path}: expected one string key {Quote(key)}, found {matches.Count}; keys {string.Join(", ", map.Entries.Select(e => Show(e.Key)))}");
            return null;
        }

        return matches[0].Value;
    }

    private static void Scalar(ReadNode? node, string path, List<string> found, string kind, Func<string?, bool> same, object expected)
    {
        if (node is ReadScalar scalar && scalar.Kind == kind && same(scalar.Text))
        {
            return;
        }

        found.Add($"{path}: expected {kind} {Quote(System.Convert.ToString(expected, CultureInfo.InvariantCulture) ?? "")}, read {Show(node)}");
    }

    private static double? ReadDouble(string text)
    {
        var t = text.Replace("_", "", StringComparison.Ordinal);
        return t.ToLowerInvariant() switch
        {
            ".inf" or "+.inf" or "inf" => double.PositiveInfinity,
            "-.inf" or "-inf" => double.NegativeInfinity,
            ".nan" or "nan" => double.NaN,
            _ => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        };
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text.Length > 80 ? text.Substring(0, 80) + "..." : text);

    private static string Show(ReadNode? node) => node switch
    {
        null => "nothing",
        ReadScalar s => s.Kind + " " + Quote(s.Text ?? "null"),
        ReadMap m => "a mapping of " + m.Entries.Count,
        ReadSeq q => "a sequence of " + q.Items.Count,
        _ => "?",
    };
}
