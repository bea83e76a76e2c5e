using k8s.Models;

namespace Samples.Platform;

/// <summary>Settings every pod of the platform shares.</summary>
public static class Security
{
    /// <summary>The restricted container security context (uid/gid 185 is Spark's user).</summary>
    public static readonly V1SecurityContext Restricted = new()
    {
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        RunAsGroup = 185,
        RunAsUser = 185,
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };
}
