using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Configuration;

namespace KubeDsl.Rules.Spark;

/// <summary>
/// The Kerberos checks Spark makes when it builds the driver pod (KerberosConfDriverFeatureStep in
/// resource-managers/kubernetes): a keytab needs a principal and the other way round, a delegation-token secret
/// needs its item key and the other way round, and krb5.conf comes from a local file or a config map, not both.
/// </summary>
internal sealed class KerberosRule : ResourceRule
{
    // Spark reads the spark.yarn.* names as older spellings of the same settings (internal/config/package.scala).
    private static readonly string[] Principal = [SparkConfKeys.KerberosPrincipal, SparkConfKeys.YarnPrincipal];
    private static readonly string[] Keytab = [SparkConfKeys.KerberosKeytab, SparkConfKeys.YarnKeytab];
    private static readonly string[] TokenSecretName = [SparkConfKeys.KerberosTokenSecretName];
    private static readonly string[] TokenSecretItemKey = [SparkConfKeys.KerberosTokenSecretItemKey];
    private static readonly string[] Krb5Path = [SparkConfKeys.KerberosKrb5Path];
    private static readonly string[] Krb5ConfigMap = [SparkConfKeys.KerberosKrb5ConfigMapName];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.KerberosSettings];

    public override void Check(ResourceContext context)
    {
        if (SparkSpecs.SparkConf(SparkSpecs.Settings(context)) is not { } conf)
        {
            return;
        }

        BothOrNeither(context, conf, Keytab, Principal, "a keytab needs a principal");
        BothOrNeither(context, conf, Principal, Keytab, "a principal needs a keytab");
        BothOrNeither(context, conf, TokenSecretName, TokenSecretItemKey, "a delegation-token secret needs the key of the token in it");
        BothOrNeither(context, conf, TokenSecretItemKey, TokenSecretName, "a delegation-token item key needs the secret that holds it");

        if (Find(conf, Krb5Path) is { } path && Find(conf, Krb5ConfigMap) is { } configMap)
        {
            context.ReportKey(
                RuleCatalog.KerberosSettings,
                configMap,
                $"'{path.Key}' and '{configMap.Key}' both give krb5.conf; set only one (the config map when it already exists in the cluster)");
        }
    }

    private static void BothOrNeither(ResourceContext context, DocMapping conf, string[] present, string[] required, string problem)
    {
        if (Find(conf, present) is { } entry && Find(conf, required) is null)
        {
            context.ReportKey(RuleCatalog.KerberosSettings, entry, $"'{entry.Key}' is set but '{required[0]}' is not: {problem}");
        }
    }

    private static DocEntry? Find(DocMapping conf, string[] keys)
    {
        foreach (var key in keys)
        {
            if (Doc.Entry(conf, key) is { } entry && Doc.Text(entry.Value) is { Length: > 0 })
            {
                return entry;
            }
        }

        return null;
    }
}
