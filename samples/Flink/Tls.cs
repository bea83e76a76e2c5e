using System.Collections.Generic;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>
/// The TLS examples: internal and REST TLS from a keystore that cert-manager writes into the secret
/// <c>basic-secure-cert</c>, mounted into every pod with <c>kubernetes.secrets</c>. The passwords are the upstream
/// example's; real ones belong in a secret, not in the manifest.
/// </summary>
// The upstream example writes its keystore passwords into flinkConfiguration, which KD2014 reports; kept here to
// mirror it byte for byte.
#pragma warning disable KD2014
public static class Tls
{
    private const string CertificateMount = "basic-secure-cert:/opt/flink/tls-cert";

    /// <summary>
    /// <paramref name="settings"/> plus the keystore settings of one TLS endpoint, <c>security.ssl</c> (all of them),
    /// <c>security.ssl.internal</c> or <c>security.ssl.rest</c>.
    /// </summary>
    private static Dictionary<string, string> Ssl(string prefix, Dictionary<string, string> settings) => new(settings)
    {
        [prefix + ".enabled"] = "true",
        [prefix + ".keystore"] = "/opt/flink/tls-cert/keystore.jks",
        [prefix + ".keystore-password"] = "password1234",
        [prefix + ".truststore"] = "/opt/flink/tls-cert/truststore.jks",
        [prefix + ".key-password"] = "password1234",
        [prefix + ".truststore-password"] = "password1234",
    };

    /// <summary>TLS for the internal connections and the REST endpoint, and the certificate's mount.</summary>
    private static readonly Dictionary<string, string> InternalAndRest =
        Ssl("security.ssl.internal", Ssl("security.ssl.rest", new() { ["kubernetes.secrets"] = CertificateMount }));

    /// <summary>examples/flink-tls-example/basic-secure-deployment-only.yaml: a session cluster with internal and REST TLS.</summary>
    [Manifest("flink-tls-example/basic-secure-deployment-only.yaml")]
    public static FlinkDeployment DeploymentOnly => Common.Deployment("basic-secure-deployment-only", Common.Cluster with
    {
        FlinkConfiguration = new Dictionary<string, string>(InternalAndRest) { [FlinkOptions.TaskSlots] = "2" },
    });

    /// <summary>examples/flink-tls-example/basic-secure-session-job-only.yaml: a job for that session cluster, with the same TLS settings.</summary>
    [Manifest("flink-tls-example/basic-secure-session-job-only.yaml")]
    public static FlinkSessionJob SessionJobOnly =>
        Sessions.Job("basic-secure-session-job-only", "basic-secure-deployment-only", Common.TopSpeedWindowingJar, 4, configuration: InternalAndRest);

    /// <summary>examples/flink-tls-example/basic-secure.yaml: an application cluster with one TLS setting for all endpoints.</summary>
    [Manifest("flink-tls-example/basic-secure.yaml")]
    public static FlinkDeployment Secure => Common.Deployment("basic-secure", Common.Cluster with
    {
        FlinkConfiguration = Ssl("security.ssl", new() { [FlinkOptions.TaskSlots] = "2", ["kubernetes.secrets"] = CertificateMount }),
        Job = Common.StateMachine,
    });
}
#pragma warning restore KD2014
