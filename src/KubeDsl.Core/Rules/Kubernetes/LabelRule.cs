using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// Label keys and values, and annotation keys, anywhere in a resource (its metadata, pod template metadata, the
/// Spark operator's driver and executor labels): the API server rejects the object otherwise.
/// </summary>
internal sealed class LabelRule : ResourceRule
{
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.InvalidLabel];

    public override void Check(ResourceContext context) => Walk(context, context.Resource, parentKey: null);

    private static void Walk(ResourceContext context, DocNode node, string? parentKey)
    {
        switch (node)
        {
            case DocMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    // flinkConfiguration and sparkConf are free-form maps of the engines' keys, not objects.
                    if (parentKey is not ("flinkConfiguration" or "sparkConf" or "hadoopConf" or "data" or "stringData"))
                    {
                        if (entry.Key == "labels" && entry.Value is DocMapping labels)
                        {
                            CheckLabels(context, labels, annotations: false);
                        }
                        else if (entry.Key == "annotations" && entry.Value is DocMapping annotations)
                        {
                            CheckLabels(context, annotations, annotations: true);
                        }
                    }

                    Walk(context, entry.Value, entry.Key);
                }

                break;
            case DocSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(context, item, parentKey);
                }

                break;
        }
    }

    private static void CheckLabels(ResourceContext context, DocMapping labels, bool annotations)
    {
        foreach (var entry in labels.Entries)
        {
            if (Names.QualifiedNameProblem(entry.Key) is { } keyProblem)
            {
                context.ReportKey(RuleCatalog.InvalidLabel, entry, annotations ? "(annotation) key" : "key", entry.Key, keyProblem);
            }
            else if (!annotations && Doc.Text(entry.Value) is { } value && Names.LabelValueProblem(value) is { } valueProblem)
            {
                context.Report(RuleCatalog.InvalidLabel, entry.Value, "value", value, valueProblem);
            }
        }
    }
}
