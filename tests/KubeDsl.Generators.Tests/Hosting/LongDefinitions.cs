using System.Text;

namespace KubeDsl.Generators.Tests.Hosting;

/// <summary>Definitions that keep the evaluator busy for a long time while staying inside the step budget.</summary>
internal static class LongDefinitions
{
    /// <summary>
    /// <paramref name="count"/> manifests, each searching a 4,000,000-character string <paramref name="iterations"/>
    /// times: a few steps a turn, each scanning the whole string, so a few thousand turns take seconds while staying
    /// far inside the 1,000,000-step budget of a manifest.
    /// </summary>
    public static string Source(int count, int iterations)
    {
        var source = new StringBuilder(GeneratorHarness.Usings);
        source.Append("""
            public static class Busy
            {
                public static string Spin(int turns)
                {
                    var text = "".PadLeft(4000000, 'a');
                    var found = 0;
                    for (var i = 0; i < turns; i++)
                    {
                        if (text.Contains("b"))
                        {
                            found++;
                        }
                    }

                    return found.ToString();
                }
            }

            public static class Defs
            {

            """);
        for (var i = 0; i < count; i++)
        {
            source.Append("    [Manifest(\"m").Append(i).Append(".yaml\")] public static V1ConfigMap M").Append(i)
                .Append(" => new() { Metadata = new() { Name = \"m").Append(i).Append("\" }, Data = new Dictionary<string, string> { [\"v\"] = Busy.Spin(")
                .Append(iterations).Append(") } };\n");
        }

        return source.Append("}\n").ToString();
    }
}
