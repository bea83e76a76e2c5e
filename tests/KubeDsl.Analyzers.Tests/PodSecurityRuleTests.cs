using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD6xxx: the Pod Security Standards on every pod kind, one fault at a time on an otherwise hardened pod, at the
/// level the pod's namespace enforces (errors), warns or audits (warnings), or the project default (warnings).
/// </summary>
public class PodSecurityRuleTests
{
    private const string Enforced = "namespace 'secure' has pod-security.kubernetes.io/enforce: restricted";

    private const string Hardened = "AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = [\"ALL\"] }, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" }";

    /// <summary>A Namespace definition with the given pod-security labels.</summary>
    private static string Namespace(string name, params (string Mode, string Level)[] labels) => $$"""
        public static class Namespaces
        {
            [Manifest("{{name}}.yaml")]
            public static V1Namespace Ns => new()
            {
                Metadata = new V1ObjectMeta
                {
                    Name = "{{name}}",
                    Labels = new Dictionary<string, string> { {{string.Join(", ", labels.Select(l => $"[\"pod-security.kubernetes.io/{l.Mode}\"] = \"{l.Level}\""))}} },
                },
            };
        }

        """;

    private static readonly string Secure = Namespace("secure", ("enforce", "restricted"));

    /// <summary>A Pod in namespace 'secure', hardened for restricted, with extra pod spec, container and security context text.</summary>
    private static string Pod(string spec = "", string container = "", string context = Hardened, string ns = "secure") => $$"""
        public static class Pods
        {
            [Manifest("pod.yaml")]
            public static V1Pod Worker => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker", NamespaceProperty = "{{ns}}" },
                Spec = new V1PodSpec
                {
                    {{spec}}
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "main",
                            Image = "busybox:1.36",
                            {{container}}
                            SecurityContext = new V1SecurityContext {  {{context}} },
                        },
                    ],
                },
            };
        }
        """;

    private static DiagnosticResult Error(string id, int location, string message) => Verify.Diagnostic(id, location, message).WithSeverity(DiagnosticSeverity.Error);

    private static string Message(string subject, string what, string level, string rest, string reason = Enforced) =>
        subject + " " + what + "; Pod Security level '" + level + "' " + rest.Replace("{reason}", reason, StringComparison.Ordinal);

    [Fact]
    public Task Hardened_pod_passes_restricted() => Verify.Analyzer(Secure + Pod());

    [Fact]
    public Task Host_namespace() => Verify.Analyzer(
        Secure + Pod(spec: "HostNetwork = {|#0:true|},"),
        Error("KD6001", 0, Message("The pod", "sets spec.hostNetwork: true", "baseline", "forbids sharing the node's network, process or IPC namespace ({reason}). Remove the field or set it to false")));

    [Fact]
    public Task Privileged_container() => Verify.Analyzer(
        Secure + Pod(context: Hardened + ", Privileged = {|#0:true|}"),
        Error("KD6002", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.privileged: true", "baseline", "forbids privileged containers ({reason}). Remove privileged (or set it to false)")));

    [Fact]
    public Task Capability_outside_the_default_set() => Verify.Analyzer(
        Secure + Pod(context: Hardened.Replace("Drop = [\"ALL\"]", "Drop = [\"ALL\"], Add = [{|#0:\"SYS_ADMIN\"|}]", StringComparison.Ordinal)),
        Error("KD6003", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.capabilities.add[0]: 'SYS_ADMIN'", "baseline", "allows adding only the container runtime's default capabilities ({reason}). Remove it from capabilities.add")));

    [Fact]
    public Task HostPath_volume() => Verify.Analyzer(
        Secure + Pod(spec: "Volumes = [new V1Volume { Name = \"host\", HostPath = {|#0:new V1HostPathVolumeSource { Path = \"/var/run\" }|} }],"),
        Error("KD6004", 0, Message("Volume 'host'", "sets spec.volumes[0].hostPath", "baseline", "forbids hostPath volumes ({reason}). Use an emptyDir, a PersistentVolumeClaim or a CSI volume")));

    [Fact]
    public Task Host_port() => Verify.Analyzer(
        Secure + Pod(container: "Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = {|#0:8080|} }],"),
        Error("KD6005", 0, Message("Container 'main' of the pod", "sets spec.containers[0].ports[0].hostPort: 8080", "baseline", "forbids host ports ({reason}). Remove hostPort and reach the container through a Service")));

    [Fact]
    public Task AppArmor_profile_and_annotation() => Verify.Analyzer(
        Secure + Pod(context: Hardened + ", AppArmorProfile = new V1AppArmorProfile { Type = {|#0:\"Unconfined\"|} }"),

        // appArmorProfile (Kubernetes 1.30) is in the schema's definitions: only Pod Security speaks.
        Error("KD6006", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.appArmorProfile.type: 'Unconfined'", "baseline", "allows only the RuntimeDefault and Localhost AppArmor profiles ({reason}). Remove it or use RuntimeDefault")));

    [Fact]
    public Task SELinux_type_and_user() => Verify.Analyzer(
        Secure + Pod(spec: "SecurityContext = new V1PodSecurityContext { SeLinuxOptions = new V1SELinuxOptions { Type = {|#0:\"spc_t\"|}, User = {|#1:\"system_u\"|} } },"),
        Error("KD6007", 0, Message("The pod", "sets spec.securityContext.seLinuxOptions.type: 'spc_t'", "baseline", "allows only the container SELinux types and no custom user or role ({reason}). Remove it")),
        Error("KD6007", 1, Message("The pod", "sets spec.securityContext.seLinuxOptions.user: 'system_u'", "baseline", "allows only the container SELinux types and no custom user or role ({reason}). Remove it")));

    [Fact]
    public Task Proc_mount_unmasked() => Verify.Analyzer(
        Secure + Pod(context: Hardened + ", ProcMount = {|#0:\"Unmasked\"|}"),
        Error("KD6008", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.procMount: 'Unmasked'", "baseline", "requires the default /proc masks ({reason}). Write Default or remove procMount")));

    [Fact]
    public Task Seccomp_unconfined_is_the_baseline_finding_only() => Verify.Analyzer(
        Secure + Pod(context: Hardened.Replace("Type = \"RuntimeDefault\"", "Type = {|#0:\"Unconfined\"|}", StringComparison.Ordinal)),
        Error("KD6009", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.seccompProfile.type: 'Unconfined'", "baseline", "forbids the Unconfined seccomp profile ({reason}). Use RuntimeDefault")));

    [Fact]
    public Task Unsafe_sysctl() => Verify.Analyzer(
        Secure + Pod(spec: "SecurityContext = new V1PodSecurityContext { Sysctls = [new V1Sysctl { Name = \"net.ipv4.tcp_syncookies\", Value = \"1\" }, new V1Sysctl { Name = \"net.ipv4.tcp_rmem\", Value = \"4096 131072 6291456\" }, new V1Sysctl { Name = {|#0:\"kernel.msgmax\"|}, Value = \"65536\" }] },"),
        Error("KD6010", 0, Message("The pod", "sets spec.securityContext.sysctls[2].name: 'kernel.msgmax'", "baseline", "allows only the safe sysctls ({reason}). Remove it, or run the pod in a namespace that allows it")));

    [Fact]
    public Task Windows_host_process() => Verify.Analyzer(
        Secure + Pod(context: Hardened + ", WindowsOptions = new V1WindowsSecurityContextOptions { HostProcess = {|#0:true|} }"),
        Error("KD6011", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.windowsOptions.hostProcess: true", "baseline", "forbids Windows HostProcess containers ({reason}). Remove hostProcess")));

    [Fact]
    public Task Probe_to_another_host() => Verify.Analyzer(
        Secure + Pod(container: "LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Port = 8080, Host = {|#0:\"10.0.0.1\"|} } },"),
        Error("KD6012", 0, Message("Container 'main' of the pod", "sets spec.containers[0].livenessProbe.httpGet.host: '10.0.0.1'", "baseline", "forbids a host in probes and lifecycle hooks from Kubernetes 1.34 ({reason}). Remove host so the kubelet calls the pod's own address")));

    [Fact]
    public Task Volume_type_outside_the_restricted_set() => Verify.Analyzer(
        Secure + Pod(spec: "Volumes = [new V1Volume { Name = \"scratch\", EmptyDir = new V1EmptyDirVolumeSource() }, new V1Volume { Name = \"share\", Nfs = {|#0:new V1NFSVolumeSource { Server = \"nfs\", Path = \"/data\" }|} }],"),
        Error("KD6020", 0, Message("Volume 'share'", "sets spec.volumes[1].nfs", "restricted", "allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes ({reason}). Reach the storage through a PersistentVolumeClaim")));

    [Fact]
    public Task Privilege_escalation_allowed_or_unset() => Verify.Analyzer(
        Secure + Pod(context: Hardened.Replace("AllowPrivilegeEscalation = false", "AllowPrivilegeEscalation = {|#0:true|}", StringComparison.Ordinal)),
        Error("KD6021", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.allowPrivilegeEscalation: true", "restricted", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false")));

    [Fact]
    public Task Settings_the_container_lacks_are_reported_at_its_security_context() => Verify.Analyzer(
        Secure + Pod(context: "RunAsUser = 1000").Replace("SecurityContext = new V1SecurityContext {  RunAsUser = 1000 },", "SecurityContext = {|#0:new V1SecurityContext {  RunAsUser = 1000 }|},", StringComparison.Ordinal),
        Error("KD6021", 0, Message("Container 'main' of the pod", "does not set spec.containers[0].securityContext.allowPrivilegeEscalation", "restricted", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false")),
        Error("KD6022", 0, Message("Container 'main' of the pod", "does not set spec.containers[0].securityContext.runAsNonRoot", "restricted", "requires runAsNonRoot: true on the pod or in every container ({reason}). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root")),
        Error("KD6024", 0, Message("Container 'main' of the pod", "does not set spec.containers[0].securityContext.seccompProfile.type", "restricted", "requires seccompProfile.type RuntimeDefault or Localhost on the pod or in every container ({reason}). Set it to RuntimeDefault")),
        Error("KD6025", 0, Message("Container 'main' of the pod", "does not set spec.containers[0].securityContext.capabilities.drop", "restricted", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE")));

    [Fact]
    public Task Pod_level_non_root_and_seccomp_cover_every_container() => Verify.Analyzer(
        Secure + Pod(
            spec: "SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" } },",
            context: "AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = [\"ALL\"] }"));

    [Fact]
    public Task Root_user_and_non_root_false() => Verify.Analyzer(
        Secure + Pod(spec: "SecurityContext = new V1PodSecurityContext { RunAsUser = {|#0:0|} },", context: Hardened.Replace("RunAsNonRoot = true", "RunAsNonRoot = {|#1:false|}", StringComparison.Ordinal)),
        Error("KD6023", 0, Message("The pod", "sets spec.securityContext.runAsUser: 0", "restricted", "forbids runAsUser 0 ({reason}). Use a non-zero user id (Spark's images use 185)")),
        Error("KD6022", 1, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.runAsNonRoot: false", "restricted", "requires runAsNonRoot: true on the pod or in every container ({reason}). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root")));

    [Fact]
    public Task Capabilities_drop_without_ALL_and_an_added_default_capability() => Verify.Analyzer(
        Secure + Pod(context: Hardened.Replace("Drop = [\"ALL\"]", "Drop = {|#0:[\"NET_RAW\"]|}, Add = [\"NET_BIND_SERVICE\", {|#1:\"CHOWN\"|}]", StringComparison.Ordinal)),
        Error("KD6025", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.capabilities.drop: ['NET_RAW']", "restricted", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE")),
        Error("KD6025", 1, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.capabilities.add[1]: 'CHOWN'", "restricted", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE")));

    [Fact]
    public Task Windows_pods_skip_the_Linux_controls() => Verify.Analyzer(
        Secure + Pod(spec: "Os = new V1PodOS { Name = \"windows\" }, SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true },", context: "RunAsUser = 1000"));

    [Fact]
    public Task Without_a_namespace_label_the_project_default_baseline_warns() => Verify.Analyzer(
        Pod(ns: "jobs", context: "Privileged = {|#0:true|}"),
        Verify.Diagnostic("KD6002", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.privileged: true", "baseline", "forbids privileged containers ({reason}). Remove privileged (or set it to false)",
            "project default KubeDslPodSecurity=baseline; namespace 'jobs' is not among the definitions or the inventory")));

    [Fact]
    public Task The_project_default_restricted_warns_about_what_the_container_lacks() => Verify.AnalyzerWith(
        ("KubeDslPodSecurity", "restricted"),
        Namespace("jobs", ("enforce", "privileged")).Replace("[\"pod-security.kubernetes.io/enforce\"] = \"privileged\"", string.Empty, StringComparison.Ordinal)
            + Pod(ns: "jobs", context: "RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" }, Capabilities = new V1Capabilities { Drop = [\"ALL\"] }")
                .Replace("SecurityContext = new V1SecurityContext {  RunAsNonRoot", "SecurityContext = {|#0:new V1SecurityContext {  RunAsNonRoot", StringComparison.Ordinal).Replace("[\"ALL\"] } },", "[\"ALL\"] } }|},", StringComparison.Ordinal),
        Verify.Diagnostic("KD6021", 0, Message("Container 'main' of the pod", "does not set spec.containers[0].securityContext.allowPrivilegeEscalation", "restricted", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false",
            "project default KubeDslPodSecurity=restricted; namespace 'jobs' has no pod-security.kubernetes.io/ label")));

    [Fact]
    public Task The_project_default_none_checks_nothing_outside_labelled_namespaces() => Verify.AnalyzerWith(
        ("KubeDslPodSecurity", "none"),
        Pod(ns: "jobs", context: "Privileged = true"));

    [Fact]
    public Task Labelled_namespaces_decide_over_the_project_default() => Verify.AnalyzerWith(
        ("KubeDslPodSecurity", "restricted"),
        Namespace("open", ("enforce", "privileged")) + Pod(ns: "open", context: "Privileged = true"));

    [Fact]
    public Task Enforce_baseline_is_an_error_and_warn_restricted_a_warning() => Verify.Analyzer(
        Namespace("mixed", ("enforce", "baseline"), ("warn", "restricted"))
            + Pod(ns: "mixed", context: Hardened.Replace("AllowPrivilegeEscalation = false", "AllowPrivilegeEscalation = {|#1:true|}", StringComparison.Ordinal) + ", Privileged = {|#0:true|}"),
        Error("KD6002", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.privileged: true", "baseline", "forbids privileged containers ({reason}). Remove privileged (or set it to false)",
            "namespace 'mixed' has pod-security.kubernetes.io/enforce: baseline")),
        Verify.Diagnostic("KD6021", 1, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.allowPrivilegeEscalation: true", "restricted", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false",
            "namespace 'mixed' has pod-security.kubernetes.io/warn: restricted")));

    [Fact]
    public Task A_namespace_from_the_inventory_sets_the_level() => Verify.AnalyzerWithFiles(
        [("/inventory/namespaces.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: secure\n  labels:\n    pod-security.kubernetes.io/audit: baseline\n", true)],
        Pod(context: "Privileged = {|#0:true|}"),
        Verify.Diagnostic("KD6002", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.privileged: true", "baseline", "forbids privileged containers ({reason}). Remove privileged (or set it to false)",
            "namespace 'secure' has pod-security.kubernetes.io/audit: baseline")));

    [Theory]
    [InlineData("none")]
    [InlineData("suggestion")]
    public async Task Editorconfig_severity_overrides_the_namespace_level(string severity)
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<ManifestRulesAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Verify.Usings + Secure + Pod(context: Hardened + ", Privileged = {|#0:true|}"),
        };
        Verify.AddReferences(test.TestState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.KD6002.severity = " + severity + "\n"));
        if (severity != "none")
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("KD6002", 0, Message("Container 'main' of the pod", "sets spec.containers[0].securityContext.privileged: true", "baseline", "forbids privileged containers ({reason}). Remove privileged (or set it to false)"))
                .WithSeverity(DiagnosticSeverity.Info));
        }

        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }
}
