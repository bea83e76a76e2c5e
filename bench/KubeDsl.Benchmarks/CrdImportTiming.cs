using System.Diagnostics;
using System.Text;
using KubeDsl.CustomResources;

namespace KubeDsl.Benchmarks;

/// <summary>
/// The CRD importer in process: the time to read CRD files into the model and write its C# (median of 9 runs after
/// 3 warm-up runs), and the size of the C# written, for each folder given.
/// </summary>
internal static class CrdImportTiming
{
    public static void Run(string name, IReadOnlyList<string> files)
    {
        var texts = files.Order(StringComparer.Ordinal).Select(f => new CrdFileText(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var input = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text));
        CrdImport import = null!;
        var source = "";
        var reads = new List<double>();
        var write = new List<double>();
        for (var run = 0; run < 12; run++)
        {
            var clock = Stopwatch.StartNew();
            import = CrdImporter.Import(texts, "Bench." + name);
            var imported = clock.Elapsed.TotalMilliseconds;
            source = CrdSourceWriter.Write(import);
            if (run >= 3)
            {
                reads.Add(imported);
                write.Add(clock.Elapsed.TotalMilliseconds - imported);
            }
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        Console.WriteLine($"{name}: {texts.Count} CRD files, {input / 1024} KB of YAML -> {import.Types.Count} types " +
            $"({import.Types.Count(t => t.Entity is not null)} kinds, {import.Types.Count(t => t.Kind == CrdTypeKind.Enum)} enums), " +
            $"{import.KnownTypes.Count} embedded schemas as k8s.Models types, {import.Problems.Count} findings");
        Console.WriteLine($"{name}: import {Median(reads):F1} ms, write {Median(write):F1} ms (median of {reads.Count}); " +
            $"C# {source.Split('\n').Length} lines, {Encoding.UTF8.GetByteCount(source) / 1024} KB");
    }
}
