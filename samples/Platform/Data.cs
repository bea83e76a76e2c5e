using System.Collections.Generic;
using KubeDsl;

namespace Samples.Platform;

/// <summary>The values files, read once; the build reads them itself, without running this code.</summary>
public static class Data
{
    public static readonly List<Table> Tables = KubeDslValues.Load<List<Table>>("values/tables.yaml");

    public static readonly Dictionary<string, Environment> Environments = KubeDslValues.Load<Dictionary<string, Environment>>("values/environments.yaml");

    /// <summary>The settings of <paramref name="stage"/>, keyed in the file by its lower-case name.</summary>
    public static Environment For(Stage stage) => Environments[stage.ToString().ToLowerInvariant()];

    /// <summary>A Kubernetes name for a table (no underscores).</summary>
    public static string JobName(Table table) => "ingest-" + table.Name.Replace('_', '-');

    /// <summary>The service account the team's jobs run as.</summary>
    public static string Account(string team) => "spark-" + team;
}
