using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using k8s.Models;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Writes a model value as the C# expression a user would write for it: object initializers, collection
/// initializers, literals. Only the properties that differ from a new instance are written.
/// </summary>
public static class CSharpLiteral
{
    public static string Write(object? value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString();
    }

    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (type == typeof(string))
        {
            return "string";
        }

        if (type.IsGenericType)
        {
            var name = type.GetGenericTypeDefinition().FullName!;
            return "global::" + name.Substring(0, name.IndexOf('`', StringComparison.Ordinal)) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return "global::" + type.FullName!.Replace('+', '.');
    }

    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                // Control and line-separator characters cannot stand in a C# string literal as they are.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static void Write(StringBuilder text, object? value, int indent)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append(String(s));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case int i:
                text.Append(i.ToString(CultureInfo.InvariantCulture));
                return;
            case long l:
                text.Append(l.ToString(CultureInfo.InvariantCulture)).Append('L');
                return;
            case double d:
                text.Append(Double(d));
                return;
            case Enum e:
                text.Append(TypeName(e.GetType())).Append('.').Append(e.ToString());
                return;
            case ResourceQuantity q:
                text.Append(String(q.ToString()));
                return;
            case IntOrString ios:
                text.Append(int.TryParse(ios.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == ios.Value && ios.Value.Length < 6
                    ? n.ToString(CultureInfo.InvariantCulture)
                    : String(ios.Value));
                return;
        }

        var type = value.GetType();
        var pad = new string(' ', (indent + 1) * 4);
        if (ModelValues.IsText(type))
        {
            text.Append(String(value.ToString()!));
        }
        else if (value is IDictionary dictionary)
        {
            text.Append("new ").Append(TypeName(type)).Append("\n").Append(new string(' ', indent * 4)).Append("{\n");
            foreach (DictionaryEntry entry in dictionary)
            {
                text.Append(pad).Append('[').Append(String((string)entry.Key)).Append("] = ");
                Write(text, entry.Value, indent + 1);
                text.Append(",\n");
            }

            text.Append(new string(' ', indent * 4)).Append('}');
        }
        else if (value is IList list)
        {
            text.Append("new ").Append(TypeName(type)).Append("\n").Append(new string(' ', indent * 4)).Append("{\n");
            foreach (var item in list)
            {
                text.Append(pad);
                Write(text, item, indent + 1);
                text.Append(",\n");
            }

            text.Append(new string(' ', indent * 4)).Append('}');
        }
        else
        {
            var fresh = Activator.CreateInstance(type);
            text.Append("new ").Append(TypeName(type)).Append("\n").Append(new string(' ', indent * 4)).Append("{\n");
            foreach (var property in ModelValues.Properties(type))
            {
                var v = property.GetValue(value);
                var required = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
                if (!required && Equals(v, property.GetValue(fresh)))
                {
                    continue;
                }

                text.Append(pad).Append(property.Name).Append(" = ");
                Write(text, v, indent + 1);
                text.Append(",\n");
            }

            text.Append(new string(' ', indent * 4)).Append('}');
        }
    }

    private static string Double(double d) =>
        double.IsNaN(d) ? "double.NaN"
        : double.IsPositiveInfinity(d) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(d) ? "double.NegativeInfinity"
        : d.ToString("R", CultureInfo.InvariantCulture) + "d";
}
