using System;

namespace KubeDsl;

/// <summary>
/// Declares a key of the Flink operator's default configuration (its Helm chart's flink-conf.yaml, under
/// <c>defaultConfiguration</c>), which the operator adds to every FlinkDeployment. KubeDsl's Flink rules check the
/// merged configuration, as the operator does:
/// <c>[assembly: FlinkOperatorDefault("execution.checkpointing.savepoint-dir", "s3://flink/savepoints")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FlinkOperatorDefaultAttribute : Attribute
{
    /// <summary>Declares the default <paramref name="key"/>: <paramref name="value"/>.</summary>
    /// <param name="key">The Flink configuration key.</param>
    /// <param name="value">Its value, as text.</param>
    public FlinkOperatorDefaultAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The Flink configuration key.</summary>
    public string Key { get; }

    /// <summary>Its value, as text.</summary>
    public string Value { get; }
}
