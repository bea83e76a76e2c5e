using KubeDsl;

// Every namespaced resource without a namespace of its own goes to this one.
[assembly: DefaultNamespace(KubeDslProject.Definitions.Defaults.Namespace)]

namespace KubeDslProject.Definitions;

/// <summary>Values every definition shares.</summary>
public static class Defaults
{
    public const string Namespace = "kubedsl-target-namespace";
    public const string SparkServiceAccount = "spark";
    public const string FlinkServiceAccount = "flink";
}
