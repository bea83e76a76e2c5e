using System;
using System.Collections.Generic;

namespace KubeDsl.Rules.Security;

/// <summary>
/// The allowed values of the Pod Security Standards (https://kubernetes.io/docs/concepts/security/pod-security-standards/,
/// as implemented by k8s.io/pod-security-admission/policy, Kubernetes 1.34), kept here once for every check.
/// </summary>
internal static class PodSecurityStandard
{
    /// <summary>The namespace label prefix admission reads: <c>pod-security.kubernetes.io/&lt;mode&gt;</c>.</summary>
    public const string LabelPrefix = "pod-security.kubernetes.io/";

    /// <summary>Baseline, Capabilities: the only capabilities <c>capabilities.add</c> may name (the container runtime's default set).</summary>
    public static readonly ISet<string> BaselineCapabilities = new HashSet<string>(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID",
        "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    /// <summary>Restricted, Capabilities: the one capability <c>capabilities.add</c> may name.</summary>
    public const string RestrictedCapability = "NET_BIND_SERVICE";

    /// <summary>Restricted, Capabilities: what <c>capabilities.drop</c> must contain.</summary>
    public const string DropAll = "ALL";

    /// <summary>
    /// Baseline, Sysctls: the "safe" set (namespaced, isolated between pods), as pod-security-admission's
    /// policy/check_sysctls.go has it for Kubernetes 1.34 (release v0.34.0): the first five since the standard began,
    /// ip_local_reserved_ports since 1.27, the four TCP keepalive and timeout ones since 1.29, tcp_rmem and tcp_wmem
    /// since 1.32. (The main branch adds tcp_slow_start_after_idle and tcp_notsent_lowat for 1.37.)
    /// </summary>
    public static readonly ISet<string> SafeSysctls = new HashSet<string>(StringComparer.Ordinal)
    {
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
    };

    /// <summary>Baseline, SELinux: the types <c>seLinuxOptions.type</c> may name (container_engine_t since Kubernetes 1.31, policy/check_seLinuxOptions.go); user and role must stay empty.</summary>
    public static readonly ISet<string> SeLinuxTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "container_t", "container_init_t", "container_kvm_t", "container_engine_t",
    };

    /// <summary>Baseline, AppArmor: the profile types allowed in <c>appArmorProfile.type</c>.</summary>
    public static readonly ISet<string> AppArmorTypes = new HashSet<string>(StringComparer.Ordinal) { "RuntimeDefault", "Localhost" };

    /// <summary>Baseline, AppArmor: the annotation that set the profile before the field existed, one per container.</summary>
    public const string AppArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    /// <summary>Baseline, AppArmor: the annotation values allowed (besides empty): the runtime default and <c>localhost/&lt;profile&gt;</c>.</summary>
    public const string AppArmorRuntimeDefault = "runtime/default";

    /// <summary>Baseline, AppArmor: the prefix of a node-local profile in the annotation.</summary>
    public const string AppArmorLocalhostPrefix = "localhost/";

    /// <summary>Baseline, Seccomp: the one profile type forbidden.</summary>
    public const string SeccompUnconfined = "Unconfined";

    /// <summary>Restricted, Seccomp: the profile types one of which every container must end up with.</summary>
    public static readonly ISet<string> SeccompTypes = new HashSet<string>(StringComparer.Ordinal) { "RuntimeDefault", "Localhost" };

    /// <summary>Baseline, /proc Mount Type: the only value allowed.</summary>
    public const string DefaultProcMount = "Default";

    /// <summary>Baseline, Host Namespaces: pod fields that must be unset or false.</summary>
    public static readonly IReadOnlyList<string> HostNamespaces = ["hostNetwork", "hostPID", "hostIPC"];

    /// <summary>Baseline, HostPath Volumes: the volume source forbidden at every level.</summary>
    public const string HostPathVolume = "hostPath";

    /// <summary>
    /// Restricted, Volume Types: the only inline volume sources allowed (every other source, such as nfs, iscsi or
    /// the in-tree cloud disks, is forbidden).
    /// </summary>
    public static readonly ISet<string> RestrictedVolumeSources = new HashSet<string>(StringComparer.Ordinal)
    {
        "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
    };

    /// <summary>Baseline, Host Probes / Lifecycle Hooks (Kubernetes 1.34): the handlers whose <c>host</c> must stay empty.</summary>
    public static readonly IReadOnlyList<string> ProbesAndHooks = ["livenessProbe", "readinessProbe", "startupProbe"];

    /// <summary>The lifecycle hooks checked with the probes.</summary>
    public static readonly IReadOnlyList<string> LifecycleHooks = ["postStart", "preStop"];

    /// <summary>The probe and hook actions that take a <c>host</c>.</summary>
    public static readonly IReadOnlyList<string> HostActions = ["httpGet", "tcpSocket"];
}
