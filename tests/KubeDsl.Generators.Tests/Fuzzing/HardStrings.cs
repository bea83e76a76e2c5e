using CsCheck;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>Strings that are hard to write as YAML: the quoting table's cases, pieces of them glued together, and noise.</summary>
public static class HardStrings
{
    /// <summary>Whole values a YAML reader may take for something other than a string, or that need quoting.</summary>
    public static readonly string[] Cases =
    [
        "", " ", "y", "Y", "n", "yes", "No", "on", "OFF", "true", "False", "TRUE", "~", "null", "Null", "NULL",
        "0", "-0", "+12", "5000", "0755", "0o17", "0x1F", "0b101", "1_000", "190:20:30", "12:30", "1e3", "1E3",
        "-1e-3", "1.5", ".5", "5.", "6.8523015e+5", ".inf", "-.Inf", "+.INF", ".NaN", ".nan", "2001-12-14",
        "2001-12-14t21:59:43.10-05:00", "<<", "=", "*all", "&anchor", "!tag", "!!str", "|pipe", ">fold", "%dir",
        "@at", "`tick", "- item", "-", "--", "---", "...", "? key", "?", ":", ": x", "a: b", "key:", "a #b", "#c",
        ",comma", "[list", "]", "{map", "}", "'single", "\"double", "it's", "say \"hi\"", " lead", "trail ",
        "\ttab", "tab\there", "line\nbreak", "crlf\r\n", "\n", "bell\u0007", "nul\0", "del\u007f", "c1\u0085",
        "nbsp\u00a0", "ls\u2028", "bom\ufeff", "back\\slash", "é", "中文", "emoji 🙂", "𝄞", "a b  c",
        "512m", "1Gi", "3.5.3", "spark:3.5.3", "local:///opt/x.jar", "k8s://https://host:443", "--verbose",
        "-Xmx2g", "@every 3m", "*/5 * * * *", "spark.metrics.conf.*.sink", "yes please", "1.2.3.4", "0.5Gi",
        "%", "{{ .Values.x }}", "${VAR}", "a,b", "x=y", "-1", "9223372036854775808", "1,000",
    ];

    private static readonly Gen<string> Case = Gen.OneOf(Cases);

    private static readonly Gen<string> Glued = Case.Array[2, 3].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Noise = Gen.Char.Array[0, 12].Select(chars => new string(chars.Where(c => !char.IsSurrogate(c)).ToArray()));

    private static readonly Gen<string> Long = Gen.Int[1, 4].Select(n => new string('x', n * 4096) + (n % 2 == 0 ? ": end" : " #end"));

    /// <summary>Mostly table cases, then glued cases, random characters and a few very long strings.</summary>
    public static readonly Gen<string> Any = Gen.Frequency<string>((6, Case), (3, Glued), (2, Noise), (1, Gen.String[Gen.Char.AlphaNumeric, 0, 8]), (1, Long));

    /// <summary>Valid Kubernetes quantities, in the forms users write them.</summary>
    public static readonly Gen<string> Quantity = Gen.OneOf("0", "1", "500m", "1Gi", "512Mi", "1.5", "2k", "1e3", "100M", "0.5Gi", "1024", "123456789012");
}
