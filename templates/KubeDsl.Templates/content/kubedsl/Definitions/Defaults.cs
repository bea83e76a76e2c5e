namespace KubeDslProject.Definitions;

/// <summary>Values every definition shares.</summary>
public static class Defaults
{
    public const string Namespace = "kubedsl-target-namespace";
    public const string SparkServiceAccount = "spark";
    public const string FlinkServiceAccount = "flink";
}
