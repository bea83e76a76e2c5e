namespace KubeDsl.Rules.Security;

/// <summary>The Pod Security Standards' levels, in the order they restrict; <see cref="None"/> checks nothing.</summary>
internal enum PodSecurityLevel
{
    /// <summary>No checks (the standard's "privileged" level, or the project turned them off).</summary>
    None,

    /// <summary>Prevents known privilege escalations; the minimally specified pod passes.</summary>
    Baseline,

    /// <summary>Current pod hardening practice.</summary>
    Restricted,
}

/// <summary>Reads the level names used by namespace labels and the KubeDslPodSecurity build property.</summary>
internal static class PodSecurityLevels
{
    /// <summary>The level a label value or property names; null for a value that names none.</summary>
    public static PodSecurityLevel? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "privileged" or "none" => PodSecurityLevel.None,
        "baseline" => PodSecurityLevel.Baseline,
        "restricted" => PodSecurityLevel.Restricted,
        _ => null,
    };

    /// <summary>The name admission and the labels use.</summary>
    public static string Name(PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Baseline => "baseline",
        PodSecurityLevel.Restricted => "restricted",
        _ => "privileged",
    };
}
