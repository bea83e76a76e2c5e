namespace KubeDsl.Generators.Tests.Airflow;

/// <summary>The DAG definitions the Airflow tests generate, each a compilable source with its [Manifest] members.</summary>
internal static class AirflowFixtures
{
    public const string Manual = GeneratorHarness.Usings + """
        using KubeDsl.Airflow;
        public static class Jobs
        {
            [Manifest("dags/manual.py")]
            public static AirflowDag Manual => new() { DagId = "manual", Schedule = null, Tasks = [new PodTask { TaskId = "only", Image = "busybox:1.36", Cmds = ["echo", "it's \"quoted\""] }] };
        }
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nightly_sales"] = AirflowDagTests.Pipeline,
        ["manual"] = Manual,
    };
}
