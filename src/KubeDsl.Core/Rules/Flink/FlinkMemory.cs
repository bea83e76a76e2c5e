using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// Flink's memory model for a JobManager or TaskManager given its total process size, as Flink derives it
/// (ProcessMemoryUtils, TaskExecutorFlinkMemoryUtils, JobManagerFlinkMemoryUtils; defaults from TaskManagerOptions
/// and JobManagerOptions of Flink 1.20/2.x): fractions are Java floats widened to double, products truncate to whole
/// bytes, and every unit is binary.
/// </summary>
internal sealed class FlinkMemory
{
    private const long MiB = 1024L * 1024L;
    private static readonly Regex FlinkSize = new("^([0-9]+)\\s*(b|bytes|k|kb|kibibytes|m|mb|mebibytes|g|gb|gibibytes|t|tb|tebibytes)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly bool taskManager;
    private readonly FlinkConfiguration conf;

    public FlinkMemory(bool taskManager, FlinkConfiguration conf)
    {
        this.taskManager = taskManager;
        this.conf = conf;
    }

    private string Prefix => taskManager ? "taskmanager.memory." : "jobmanager.memory.";

    /// <summary>
    /// The operator's reading of a memory string (ResourceConfigUtils.parseResourceMemoryString): Flink's syntax first
    /// (2048m, 2g, 2 gb, all binary), then a Kubernetes quantity (2Gi, 1e9) that must come to whole bytes.
    /// </summary>
    public static bool TryParseResource(string text, out long bytes)
    {
        if (TryParseFlink(text, out bytes))
        {
            return true;
        }

        var k8s = text.ToUpperInvariant().Replace(" ", string.Empty);
        k8s = k8s.EndsWith("B", StringComparison.Ordinal) ? k8s.Substring(0, k8s.Length - 1) : k8s;
        k8s = k8s.EndsWith("I", StringComparison.Ordinal) ? k8s.Substring(0, k8s.Length - 1) + "i" : k8s;
        // A decimal point survives as a scale in the operator's BigDecimal ("1610612736.0"), which Flink then rejects.
        if (k8s.IndexOf('.') < 0 && Documents.QuantityText.TryParseAmount(k8s, out var amount) && amount == decimal.Truncate(amount) && amount > 0)
        {
            bytes = (long)amount;
            return true;
        }

        return false;
    }

    /// <summary>Flink's MemorySize.parse: digits, optional space, an optional binary unit; no decimals.</summary>
    public static bool TryParseFlink(string text, out long bytes)
    {
        bytes = 0;
        var match = FlinkSize.Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = match.Groups[2].Value.ToLowerInvariant();
        var factor = unit.Length == 0 || unit.StartsWith("b", StringComparison.Ordinal) ? 1L
            : unit.StartsWith("k", StringComparison.Ordinal) ? 1024L
            : unit.StartsWith("m", StringComparison.Ordinal) ? MiB
            : unit.StartsWith("g", StringComparison.Ordinal) ? 1024L * MiB
            : 1024L * 1024L * MiB;
        bytes = number * factor;
        return true;
    }

    /// <summary>Why a process size of <paramref name="process"/> bytes cannot start, or null when it can.</summary>
    public string? Problem(long process)
    {
        var metaspace = Size("jvm-metaspace.size", 256 * MiB);
        var overhead = Clamp(Fraction(process, Float("jvm-overhead.fraction", 0.1f)), Size("jvm-overhead.min", 192 * MiB), Size("jvm-overhead.max", 1024 * MiB));
        if (metaspace + overhead > process)
        {
            return $"JVM metaspace ({Show(metaspace)}) and overhead ({Show(overhead)}) alone exceed it";
        }

        var flink = process - metaspace - overhead;
        if (!taskManager)
        {
            var offHeap = Size("off-heap.size", 128 * MiB);
            return flink <= offHeap ? $"what is left for Flink ({Show(flink)}) does not exceed the off-heap memory ({Show(offHeap)})" : null;
        }

        var managed = conf.Text(Prefix + "managed.size") is { } managedSize && TryParseFlink(managedSize, out var m)
            ? m
            : Fraction(flink, Float("managed.fraction", 0.4f));
        var network = Clamp(Fraction(flink, Float("network.fraction", 0.1f)), Size("network.min", 64 * MiB), Size("network.max", 1024 * MiB));
        var excluded = Size("framework.heap.size", 128 * MiB) + Size("framework.off-heap.size", 128 * MiB) + Size("task.off-heap.size", 0) + managed + network;
        return excluded > flink
            ? $"framework heap and off-heap, task off-heap, managed ({Show(managed)}) and network ({Show(network)}) memory exceed what is left for Flink ({Show(flink)})"
            : null;
    }

    /// <summary>The JobManager's JVM heap at <paramref name="process"/> bytes (process minus metaspace, overhead and off-heap).</summary>
    public long JobManagerHeap(long process)
    {
        var overhead = Clamp(Fraction(process, Float("jvm-overhead.fraction", 0.1f)), Size("jvm-overhead.min", 192 * MiB), Size("jvm-overhead.max", 1024 * MiB));
        return process - Size("jvm-metaspace.size", 256 * MiB) - overhead - Size("off-heap.size", 128 * MiB);
    }

    /// <summary>The smallest whole number of MiB at which <paramref name="works"/> holds.</summary>
    public static long SmallestMiB(Func<long, bool> works)
    {
        long low = 1, high = 1024 * 1024;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (works(middle * MiB))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    public static string Show(long bytes) =>
        bytes % MiB == 0 ? (bytes / MiB).ToString(CultureInfo.InvariantCulture) + "m" : ((decimal)bytes / MiB).ToString("0.##", CultureInfo.InvariantCulture) + "m";

    private static long Fraction(long bytes, float fraction) => (long)decimal.Truncate(bytes * (decimal)(double)fraction);

    private static long Clamp(long value, long min, long max) => Math.Max(min, Math.Min(max, value));

    private long Size(string key, long fallback) => conf.Text(Prefix + key) is { } text && TryParseFlink(text, out var bytes) ? bytes : fallback;

    private float Float(string key, float fallback) =>
        conf.Text(Prefix + key) is { } text && float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
