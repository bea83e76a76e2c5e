using System;
using System.Globalization;

namespace KubeDsl.Documents;

/// <summary>How a CLR type is written in YAML; decided by full type name so the generator (symbols) and the
/// runtime serializer (reflection) classify types the same way.</summary>
internal enum ValueShape
{
    Object,
    String,
    Boolean,
    Integer,
    Float,
    Decimal,
    Enum,
    Quantity,
    IntOrString,

    /// <summary>A TimeSpan, written in its invariant "c" form (<c>00:05:00</c>); only Airflow DAGs read it.</summary>
    Duration,

    /// <summary>A KubeDsl type that stands for one string (<see cref="ModelConventions.TextTypes"/>), written as it.</summary>
    Text,
    Dictionary,
    Sequence,
    Unsupported,
}

/// <summary>
/// The mapping from C# models to YAML, shared by the compile-time evaluator and the runtime serializer: key
/// names, apiVersion and kind, enum values, and the scalar types that have their own text form.
/// </summary>
internal static class ModelConventions
{
    public const string ManifestAttribute = "KubeDsl.ManifestAttribute";
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string EnumMemberAttribute = "System.Runtime.Serialization.EnumMemberAttribute";
    public const string KubernetesEntityAttribute = "k8s.Models.KubernetesEntityAttribute";
    public const string ResourceQuantity = "k8s.Models.ResourceQuantity";
    public const string IntOrString = "k8s.Models.IntOrString";

    /// <summary>
    /// KubeDsl's named-value types: a record with one string, static readonly members marked [EnumMember] with their
    /// text, and an implicit conversion from string. The evaluator reads the members' text from the attribute.
    /// </summary>
    public static readonly string[] TextTypes = ["KubeDsl.ImagePullPolicy", "KubeDsl.Spark.BatchScheduler"];

    /// <summary>The model whose [Manifest] writes a properties file and pod templates instead of one YAML file.</summary>
    public const string SparkSubmit = "KubeDsl.Spark.SparkSubmit";

    /// <summary>The model whose [Manifest] writes a Python DAG file and the files its tasks read.</summary>
    public const string AirflowDag = "KubeDsl.Airflow.AirflowDag";

    /// <summary>The text of a TimeSpan in the document tree: the invariant "c" form, which both writers share.</summary>
    public static string Duration(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>The model whose [Manifest] writes an Airflow pod template file (a Pod with the base container first).</summary>
    public const string AirflowPodTemplate = "KubeDsl.Airflow.AirflowPodTemplate";

    /// <summary>The Flink model whose unnamed pod-template container is the main one (see FlinkPodTemplates).</summary>
    public const string FlinkDeployment = "KubeDsl.Flink.FlinkDeployment";

    /// <summary>Properties that <see cref="KubernetesEntityAttribute"/> fills in; users never write them.</summary>
    public static bool IsTypeMetaProperty(string propertyName) => propertyName is "ApiVersion" or "Kind";

    /// <summary>The apiVersion of a resource: "group/version", or just "version" for the core group.</summary>
    public static string ApiVersion(string? group, string version) =>
        string.IsNullOrEmpty(group) ? version : group + "/" + version;

    /// <summary>Classifies a type by its metadata name (namespace plus name, generic arity suffix included).</summary>
    public static ValueShape ShapeOf(string fullName) => fullName switch
    {
        "System.String" => ValueShape.String,
        "System.Boolean" => ValueShape.Boolean,
        "System.Byte" or "System.SByte" or "System.Int16" or "System.UInt16" or "System.Int32" or "System.UInt32"
            or "System.Int64" or "System.UInt64" => ValueShape.Integer,
        "System.Single" or "System.Double" => ValueShape.Float,
        "System.Decimal" => ValueShape.Decimal,
        ResourceQuantity => ValueShape.Quantity,
        IntOrString => ValueShape.IntOrString,
        "System.Collections.Generic.Dictionary`2" or "System.Collections.Generic.IDictionary`2"
            or "System.Collections.Generic.IReadOnlyDictionary`2" or "System.Collections.Generic.SortedDictionary`2"
            => ValueShape.Dictionary,
        "System.Collections.Generic.List`1" or "System.Collections.Generic.IList`1"
            or "System.Collections.Generic.IReadOnlyList`1" or "System.Collections.Generic.ICollection`1"
            or "System.Collections.Generic.IReadOnlyCollection`1" or "System.Collections.Generic.IEnumerable`1"
            or "System.Collections.Immutable.ImmutableArray`1" => ValueShape.Sequence,
        "System.TimeSpan" => ValueShape.Duration,
        "System.Object" or "System.DateTime" or "System.DateTimeOffset" or "System.Guid"
            or "System.Char" or "System.IntPtr" => ValueShape.Unsupported,
        _ => Array.IndexOf(TextTypes, fullName) >= 0 ? ValueShape.Text : ValueShape.Object,
    };

    /// <summary>
    /// A byte array (<c>V1Secret.Data</c>, <c>V1ConfigMap.BinaryData</c>) is one base64 string, as Kubernetes'
    /// JSON form of <c>[]byte</c> has it; any other array or list is a sequence.
    /// </summary>
    public static DocScalar Bytes(byte[] bytes) => DocScalar.String(Convert.ToBase64String(bytes));

    /// <summary>The key for a property without an explicit name: camelCase as System.Text.Json writes it.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Invariant text of a floating-point number, shortest form that round-trips.</summary>
    public static DocScalar Float(double value)
    {
        if (double.IsNaN(value))
        {
            return new DocScalar(".nan", ScalarKind.Float);
        }

        if (double.IsInfinity(value))
        {
            return new DocScalar(value > 0 ? ".inf" : "-.inf", ScalarKind.Float);
        }

        // "R" writes 1E-07 for 1e-7; YAML 1.1 readers (PyYAML, which reads Airflow's pod templates) take a float
        // only with a dot in the mantissa, so 1.0E-07 is what every reader sees as the same number.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E');
        if (exponent > 0 && text.IndexOf('.') < 0)
        {
            text = text.Substring(0, exponent) + ".0" + text.Substring(exponent);
        }

        return new DocScalar(text, ScalarKind.Float);
    }

    /// <summary>Invariant text of a decimal number.</summary>
    public static DocScalar Decimal(decimal value) =>
        new(value.ToString(CultureInfo.InvariantCulture), ScalarKind.Float);

    /// <summary>
    /// An IntOrString holds only text; KubernetesClient writes it as a number when the text is an int32, so
    /// the YAML does the same whichever way it was built.
    /// </summary>
    public static DocScalar IntOrStringValue(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? new DocScalar(text.TrimStart('+'), ScalarKind.Integer)
            : DocScalar.String(text);
}
