using System;
using System.Collections.Generic;

namespace KubeDsl.Rules;

/// <summary>
/// What the rules need to know about the project's targets: the Flink operator release the manifests are for
/// (build property KubeDslFlinkOperatorVersion: 1.15.0, the default, or "main" for the main branch) and the Flink
/// configuration the operator adds to every deployment ([assembly: FlinkOperatorDefault(key, value)], the keys of
/// its Helm chart's flink-conf.yaml).
/// </summary>
internal sealed record RuleSettings(string FlinkOperatorVersion, IReadOnlyDictionary<string, string> FlinkOperatorDefaults)
{
    /// <summary>The released operator the models and rules target when nothing else is said.</summary>
    public const string DefaultFlinkOperatorVersion = "1.15.0";

    /// <summary>The Spark operator release the models and rules target when nothing else is said (its CRDs are vendored).</summary>
    public const string DefaultSparkOperatorVersion = "2.5.2";

    /// <summary>
    /// The Spark operator release the manifests are for (build property KubeDslSparkOperatorVersion, CLI
    /// --spark-operator-version; "2.5.2" or "v2.5.2"), for what changed between releases.
    /// </summary>
    public string SparkOperatorVersion { get; init; } = DefaultSparkOperatorVersion;

    /// <summary>
    /// True when the Spark operator shortens a derived name over 63 characters and appends a hash
    /// (pkg/util/sparkapplication.go generateName, kubeflow/spark-operator v2.1.0 and later; v2.0.x wrote
    /// "&lt;name&gt;-ui-svc" in full).
    /// </summary>
    public bool SparkOperatorTruncatesNames => SemanticVersion.Compare(SparkOperatorVersion, "2.1.0") >= 0;

    /// <summary>
    /// The Pod Security level pods are checked at where no namespace label says otherwise (build property
    /// KubeDslPodSecurity: baseline, the default, restricted, or none); such findings are warnings.
    /// </summary>
    public Security.PodSecurityLevel PodSecurity { get; init; } = Security.PodSecurityLevel.Baseline;

    /// <summary>
    /// True when every image must be pinned by digest (build property KubeDslRequireImageDigests=true; kubedsl
    /// validate --require-image-digests): KD6200 reports images that name a tag only.
    /// </summary>
    public bool RequireImageDigests { get; init; }

    /// <summary>The build property KubeDslAirflowVersion as written (null when unset); <see cref="Documents.AirflowTargets.Parse"/> reads it.</summary>
    public string? AirflowVersion { get; init; }

    /// <summary>
    /// The project's own CRDs (AdditionalFiles with KubeDslCrd="true"): resources of their kinds are checked against
    /// them, before the built-in schemas.
    /// </summary>
    public IReadOnlyList<Schemas.CustomResourceSchema> CustomResources { get; init; } = System.Array.Empty<Schemas.CustomResourceSchema>();

    public static RuleSettings Default { get; } = new(DefaultFlinkOperatorVersion, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Equal when every setting is: the operator defaults by content, the CRD schemas by identity (each file's
    /// schemas are parsed once per content, so an unchanged file gives the same objects). The analyzer keeps a
    /// member's findings while the settings stay equal.
    /// </summary>
    public bool Equals(RuleSettings? other) =>
        other is not null
        && FlinkOperatorVersion == other.FlinkOperatorVersion
        && SparkOperatorVersion == other.SparkOperatorVersion
        && PodSecurity == other.PodSecurity
        && RequireImageDigests == other.RequireImageDigests
        && AirflowVersion == other.AirflowVersion
        && SameDefaults(FlinkOperatorDefaults, other.FlinkOperatorDefaults)
        && SameItems(CustomResources, other.CustomResources);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        StringComparer.Ordinal.GetHashCode(FlinkOperatorVersion) ^ StringComparer.Ordinal.GetHashCode(SparkOperatorVersion) ^ FlinkOperatorDefaults.Count ^ CustomResources.Count;

    private static bool SameDefaults(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || value != pair.Value)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameItems(IReadOnlyList<Schemas.CustomResourceSchema> left, IReadOnlyList<Schemas.CustomResourceSchema> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!ReferenceEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the target is the operator's main branch (unreleased fields allowed).</summary>
    public bool FlinkMainBranch => FlinkOperatorVersion.Equals("main", StringComparison.OrdinalIgnoreCase)
        || SemanticVersion.Compare(FlinkOperatorVersion, "1.16.0") >= 0;
}
