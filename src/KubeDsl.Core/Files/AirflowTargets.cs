using System;
using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>
/// The Airflow releases a DAG file is written for, chosen by the build property <c>KubeDslAirflowVersion</c>:
/// <c>3</c> (the default; any 3.x) or <c>2.11</c>. The same cncf.kubernetes provider 10.x serves both (10.11.0
/// and later need Airflow 2.11); the files differ where Airflow does: Airflow 3 takes <c>DAG</c> and
/// <c>TaskGroup</c> from <c>airflow.sdk</c>, Airflow 2 from <c>airflow</c> and <c>airflow.utils.task_group</c>
/// (project research on Airflow pipelines, section 2.4). Both read <c>schedule</c> (Airflow 2.4 and later), which
/// the file always passes with <c>catchup</c>, because their defaults differ.
/// </summary>
internal static class AirflowTargets
{
    /// <summary>The MSBuild property.</summary>
    public const string Property = "KubeDslAirflowVersion";

    /// <summary>The property as the compiler passes it to generators and analyzers.</summary>
    public const string BuildProperty = "build_property." + Property;

    /// <summary>Airflow 3.x.</summary>
    public const string Airflow3 = "3";

    /// <summary>Airflow 2.11, the oldest release the provider 10.11 and later runs on.</summary>
    public const string Airflow211 = "2.11";

    /// <summary>The target when the property is not set.</summary>
    public const string Default = Airflow3;

    /// <summary>Every target, in the order the generator writes them.</summary>
    public static IReadOnlyList<string> All { get; } = [Airflow3, Airflow211];

    /// <summary>The target a property value names (<c>3</c>, <c>3.1</c>, <c>2.11</c>, <c>2.11.0</c>; empty is the default), or null for one KubeDsl does not write.</summary>
    public static string? Parse(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Default;
        }

        if (text == "3" || text.StartsWith("3.", StringComparison.Ordinal))
        {
            return Airflow3;
        }

        return text == "2.11" || text.StartsWith("2.11.", StringComparison.Ordinal) ? Airflow211 : null;
    }
}
