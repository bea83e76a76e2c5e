using System.Runtime.Serialization;

namespace Samples.Platform;

/// <summary>The environments the platform deploys to; each writes its files under its own folder.</summary>
public enum Stage
{
    Dev,
    Staging,
    Prod,
}

/// <summary>The file formats the ingest job reads, as values/tables.yaml and Spark write them.</summary>
public enum SourceFormat
{
    [EnumMember(Value = "parquet")]
    Parquet,
    [EnumMember(Value = "json")]
    Json,
    [EnumMember(Value = "csv")]
    Csv,
}

/// <summary>One table of values/tables.yaml.</summary>
/// <param name="Name">The table, also the job's name (underscores become dashes).</param>
/// <param name="Team">The team that owns it; its service account runs the job.</param>
/// <param name="Schedule">When the job runs, as a cron expression.</param>
/// <param name="Executors">Executors in production; other environments scale this down.</param>
public sealed record Table(string Name, string Team, string Schedule, int Executors)
{
    /// <summary>How the raw files are written.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Parquet;

    /// <summary>Holds personal data: the job masks it and keeps fewer run histories.</summary>
    public bool Pii { get; init; }
}

/// <summary>One environment of values/environments.yaml.</summary>
public sealed record Environment
{
    /// <summary>The namespace its jobs and accounts live in.</summary>
    public required string Namespace { get; init; }

    /// <summary>Percent of each table's production executors (at least one).</summary>
    public required int ExecutorPercent { get; init; }

    /// <summary>Executor memory, in Spark's notation (<c>2g</c>).</summary>
    public required string ExecutorMemory { get; init; }

    /// <summary>Schedules are created suspended.</summary>
    public bool Suspend { get; init; }
}
