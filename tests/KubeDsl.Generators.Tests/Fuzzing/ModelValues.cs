using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CsCheck;
using k8s.Models;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Random instances of model types, found by reflection: every property with a JSON name and a type the build
/// can write. Required properties are always set; others more rarely the deeper they are, so trees stay small.
/// </summary>
public static class ModelValues
{
    private const int MaxDepth = 5;

    private static readonly ConcurrentDictionary<(Type, int), Gen<object?>> Cache = new();

    /// <summary>A random <typeparamref name="T"/> with a metadata name, as every manifest needs.</summary>
    public static Gen<T> Of<T>()
        where T : class => For(typeof(T), 0).SelectMany(value => Gen.String[Gen.Char.AlphaNumeric, 1, 12].Select(name =>
        {
            if (value is k8s.IKubernetesObject<V1ObjectMeta> resource)
            {
                resource.Metadata ??= new V1ObjectMeta();
                resource.Metadata.Name = "n" + name.ToLowerInvariant();
            }

            return (T)value!;
        }));

    /// <summary>Whether a property of this type is generated at all.</summary>
    public static bool Supported(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double)
            || type.IsEnum || type == typeof(ResourceQuantity) || type == typeof(IntOrString) || IsText(type))
        {
            return true;
        }

        if (ListElement(type) is { } element)
        {
            return Supported(element);
        }

        if (DictionaryValue(type) is { } value)
        {
            return Supported(value);
        }

        return IsModel(type);
    }

    /// <summary>The properties that are generated, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .Where(p => Supported(p.PropertyType))
            // apiVersion and kind are the resource's own; a random one would just be another resource.
            .Where(p => !(typeof(k8s.IKubernetesObject).IsAssignableFrom(type) && p.Name is "ApiVersion" or "Kind"))
            .ToList();

    public static bool IsText(Type type) => type.FullName is "KubeDsl.ImagePullPolicy" or "KubeDsl.Spark.BatchScheduler";

    public static bool IsModel(Type type) =>
        type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
        && type.Namespace is { } ns && (ns == "k8s.Models" || ns.StartsWith("KubeDsl", StringComparison.Ordinal));

    public static Type? ListElement(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>) || type.GetGenericTypeDefinition() == typeof(IList<>)) ? type.GetGenericArguments()[0] : null;

    public static Type? DictionaryValue(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Dictionary<,>) || type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        && type.GetGenericArguments()[0] == typeof(string) ? type.GetGenericArguments()[1] : null;

    private static Gen<object?> For(Type type, int depth) => Cache.GetOrAdd((type, depth), key => Create(key.Item1, key.Item2));

    private static Gen<object?> Create(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return HardStrings.Any.Select(s => (object?)s);
        }

        if (type == typeof(bool))
        {
            return Gen.Bool.Select(b => (object?)b);
        }

        if (type == typeof(int))
        {
            return Gen.Frequency<int>((3, Gen.Int[0, 100]), (1, Gen.Int), (1, Gen.OneOf(int.MinValue, int.MaxValue, -1))).Select(i => (object?)i);
        }

        if (type == typeof(long))
        {
            return Gen.Frequency<long>((3, Gen.Long[0, 100]), (1, Gen.Long), (1, Gen.OneOf(long.MinValue, long.MaxValue))).Select(i => (object?)i);
        }

        if (type == typeof(double))
        {
            return Gen.Frequency<double>((3, Gen.Int[0, 100].Select(i => i / 4.0)), (1, Gen.Double), (1, Gen.OneOf(1e300, -0.0, 1e-7, 0.1, 123456789.0))).Select(d => (object?)d);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type).Cast<object>().ToArray();
            return Gen.Int[0, values.Length - 1].Select(i => (object?)values[i]);
        }

        if (type == typeof(ResourceQuantity))
        {
            return HardStrings.Quantity.Select(q => (object?)new ResourceQuantity(q));
        }

        if (type == typeof(IntOrString))
        {
            return Gen.Frequency<object?>((1, Gen.Int[0, 65535].Select(i => (object?)(IntOrString)i)), (1, HardStrings.Any.Select(s => (object?)(IntOrString)s)));
        }

        if (IsText(type))
        {
            var convert = type.GetMethod("op_Implicit", [typeof(string)])!;
            return HardStrings.Any.Where(s => s.Length > 0).Select(s => convert.Invoke(null, [s]));
        }

        if (ListElement(type) is { } element)
        {
            return Gen.Int[0, 3].SelectMany(n => For(element, depth + 1).Array[n]).Select(items =>
            {
                var list = (IList)Activator.CreateInstance(type.IsInterface ? typeof(List<>).MakeGenericType(element) : type)!;
                foreach (var item in items)
                {
                    list.Add(item);
                }

                return (object?)list;
            });
        }

        if (DictionaryValue(type) is { } valueType)
        {
            return Gen.Int[0, 3].SelectMany(n => HardStrings.Any.Array[n].SelectMany(keys => For(valueType, depth + 1).Array[n].Select(values =>
            {
                var dictionary = (IDictionary)Activator.CreateInstance(type.IsInterface ? typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType) : type)!;
                for (var i = 0; i < n; i++)
                {
                    dictionary[keys[i]] = values[i];
                }

                return (object?)dictionary;
            })));
        }

        return ObjectOf(type, depth);
    }

    private static Gen<object?> ObjectOf(Type type, int depth)
    {
        var properties = Properties(type);

        // Each optional property is set with a chance that falls with depth; past MaxDepth only required ones.
        var percent = depth >= MaxDepth ? 0 : Math.Max(3, 45 / (depth + 1) - properties.Count / 4);
        Gen<(PropertyInfo Property, object? Value)[]> chosen = Gen.Const(Array.Empty<(PropertyInfo, object?)>());
        foreach (var property in properties)
        {
            var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            var p = property;
            chosen = chosen.SelectMany(done => Gen.Int[0, 99].SelectMany(roll => required || roll < percent
                ? For(p.PropertyType, depth + 1).Select(v => done.Append((p, v)).ToArray())
                : Gen.Const(done)));
        }

        return chosen.Select(set =>
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var (property, value) in set)
            {
                property.SetValue(instance, value);
            }

            return (object?)instance;
        });
    }
}
