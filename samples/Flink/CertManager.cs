using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Samples.Flink.CertManager;

// A few cert-manager (cert-manager.io/v1) types, as much as the TLS example uses. KubeDsl writes any record that
// names its group, version and kind with [KubernetesEntity] and its keys with [JsonPropertyName]: this is how a
// project adds a CRD that KubeDsl has no models for.

/// <summary>A namespaced certificate issuer.</summary>
[KubernetesEntity(Group = "cert-manager.io", ApiVersion = "v1", Kind = "Issuer", PluralName = "issuers")]
public sealed record Issuer
{
    /// <summary>Name and namespace.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    /// <summary>How the issuer signs.</summary>
    [JsonPropertyName("spec")]
    public required IssuerSpec Spec { get; init; }
}

/// <summary>Exactly one way of signing.</summary>
public sealed record IssuerSpec
{
    /// <summary>Sign each certificate with its own key.</summary>
    [JsonPropertyName("selfSigned")]
    public SelfSignedIssuer? SelfSigned { get; init; }

    /// <summary>Sign with a CA whose key pair is in a secret.</summary>
    [JsonPropertyName("ca")]
    public CAIssuer? CA { get; init; }
}

/// <summary>Self-signing; no settings needed here.</summary>
public sealed record SelfSignedIssuer
{
}

/// <summary>A CA issuer.</summary>
public sealed record CAIssuer
{
    /// <summary>Secret holding the CA's <c>tls.crt</c> and <c>tls.key</c>.</summary>
    [JsonPropertyName("secretName")]
    public required string SecretName { get; init; }
}

/// <summary>A certificate cert-manager keeps issued and renewed in a secret.</summary>
[KubernetesEntity(Group = "cert-manager.io", ApiVersion = "v1", Kind = "Certificate", PluralName = "certificates")]
public sealed record Certificate
{
    /// <summary>Name and namespace.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    /// <summary>What to issue and where to store it.</summary>
    [JsonPropertyName("spec")]
    public required CertificateSpec Spec { get; init; }
}

/// <summary>The certificate's subject, issuer and output secret.</summary>
public sealed record CertificateSpec
{
    /// <summary>DNS names the certificate is valid for.</summary>
    [JsonPropertyName("dnsNames")]
    public List<string>? DnsNames { get; init; }

    /// <summary>Extra keystore formats written into the secret.</summary>
    [JsonPropertyName("keystores")]
    public CertificateKeystores? Keystores { get; init; }

    /// <summary>The issuer that signs it.</summary>
    [JsonPropertyName("issuerRef")]
    public required IssuerReference IssuerRef { get; init; }

    /// <summary>Common name of the subject.</summary>
    [JsonPropertyName("commonName")]
    public string? CommonName { get; init; }

    /// <summary>Whether the certificate is a CA.</summary>
    [JsonPropertyName("isCA")]
    public bool? IsCA { get; init; }

    /// <summary>Secret the certificate and key are written to.</summary>
    [JsonPropertyName("secretName")]
    public required string SecretName { get; init; }

    /// <summary>Further subject fields.</summary>
    [JsonPropertyName("subject")]
    public X509Subject? Subject { get; init; }
}

/// <summary>Keystore formats.</summary>
public sealed record CertificateKeystores
{
    /// <summary>A Java keystore and truststore (<c>keystore.jks</c>, <c>truststore.jks</c>).</summary>
    [JsonPropertyName("jks")]
    public JksKeystore? Jks { get; init; }
}

/// <summary>A JKS keystore and the secret key holding its password.</summary>
public sealed record JksKeystore
{
    /// <summary>Whether to write the keystore.</summary>
    [JsonPropertyName("create")]
    public required bool Create { get; init; }

    /// <summary>The keystore password.</summary>
    [JsonPropertyName("passwordSecretRef")]
    public required SecretKeySelector PasswordSecretRef { get; init; }
}

/// <summary>A key of a secret in the certificate's namespace.</summary>
public sealed record SecretKeySelector
{
    /// <summary>Secret name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Key in the secret.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }
}

/// <summary>A reference to an issuer.</summary>
public sealed record IssuerReference
{
    /// <summary><c>Issuer</c> or <c>ClusterIssuer</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>Issuer name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

/// <summary>X.509 subject fields.</summary>
public sealed record X509Subject
{
    /// <summary>Organizations (O).</summary>
    [JsonPropertyName("organizations")]
    public List<string>? Organizations { get; init; }
}
