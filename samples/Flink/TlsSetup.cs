using System.Collections.Generic;
using System.Text;
using k8s.Models;
using KubeDsl;
using Samples.Flink.CertManager;

namespace Samples.Flink;

/// <summary>
/// examples/flink-tls-example/pre-install.yaml: what the TLS examples need first. A self-signed CA made with
/// cert-manager issues the certificate of the Flink cluster (with a JKS keystore, written to the secret
/// <c>basic-secure-cert</c>) and the operator's certificate. The two secrets hold the keystore passwords; the value
/// is the upstream example's, and a real one does not belong in a manifest.
/// </summary>
public static class TlsSetup
{
    private const string ExamplePassword = "password1234";

    [Manifest("flink-tls-example/pre-install.yaml")]
    public static List<object> Resources =>
    [
        PasswordSecret("basic-secure-cert-secret-creds"),
        PasswordSecret("operator-certificate-password"),
        new Issuer { Metadata = new V1ObjectMeta { Name = "flink-selfsigned-issuer" }, Spec = new IssuerSpec { SelfSigned = new SelfSignedIssuer() } },
        new Certificate
        {
            Metadata = new V1ObjectMeta { Name = "flink-ca-cert" },
            Spec = new CertificateSpec
            {
                IssuerRef = new IssuerReference { Kind = "Issuer", Name = "flink-selfsigned-issuer" },
                CommonName = "FlinkCA",
                IsCA = true,
                SecretName = "flink-ca-cert",
                Subject = new X509Subject { Organizations = ["Apache Flink"] },
            },
        },
        new Issuer { Metadata = new V1ObjectMeta { Name = "flink-ca-issuer" }, Spec = new IssuerSpec { CA = new CAIssuer { SecretName = "flink-ca-cert" } } },
        KeystoreCertificate("basic-secure-cert", "FlinkDeployment", "basic-secure-cert-secret-creds", ["basic-secure-rest", "basic-secure-deployment-only-rest"]),
        KeystoreCertificate("flink-operator-cert", "FlinkOperator", "operator-certificate-password", []),
    ];

    private static V1Secret PasswordSecret(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Type = "Opaque",
        Data = new Dictionary<string, byte[]> { ["password"] = Encoding.UTF8.GetBytes(ExamplePassword) },
    };

    /// <summary>A certificate for cluster-internal names, with a JKS keystore whose password is in <paramref name="passwordSecret"/>.</summary>
    private static Certificate KeystoreCertificate(string name, string commonName, string passwordSecret, List<string> serviceNames) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new CertificateSpec
        {
            DnsNames = ["*.flink.svc", "*.svc.cluster.local", .. serviceNames],
            Keystores = new CertificateKeystores
            {
                Jks = new JksKeystore { Create = true, PasswordSecretRef = new SecretKeySelector { Name = passwordSecret, Key = "password" } },
            },
            IssuerRef = new IssuerReference { Kind = "Issuer", Name = "flink-ca-issuer" },
            CommonName = commonName,
            SecretName = name,
        },
    };
}
