using KubeDsl.Documents;

namespace KubeDsl.Rules;

/// <summary>Where the SparkApplication spec is: <c>spec</c>, or <c>spec.template</c> of a ScheduledSparkApplication.</summary>
internal static class SparkSpecs
{
    public static DocMapping? Application(ResourceContext context) => context.Kind switch
    {
        "SparkApplication" when context.IsSparkOperator => context.Spec,
        "ScheduledSparkApplication" when context.IsSparkOperator => Doc.Map(context.Spec, "template"),
        _ => null,
    };

    /// <summary>
    /// The operator names each run of a ScheduledSparkApplication "&lt;name&gt;-&lt;timestamp&gt;", a 19-digit
    /// timestamp at its default precision: this many characters after the name.
    /// </summary>
    public const int ScheduledRunSuffixLength = 20;

    /// <summary>
    /// The kind the analyzers give a <c>SparkSubmit</c> definition's document, which is no Kubernetes resource: its
    /// driver, executor and sparkConf have the shape of a SparkApplication spec's.
    /// </summary>
    public const string SubmitKind = "KubeDsl.SparkSubmit";

    /// <summary>The settings Spark itself reads: a SparkApplication spec, or a SparkSubmit definition.</summary>
    public static DocMapping? Settings(ResourceContext context) =>
        Application(context) ?? (context.Kind == SubmitKind && context.ApiVersion is null ? context.Resource : null);

    /// <summary>The application's sparkConf, when set.</summary>
    public static DocMapping? SparkConf(DocMapping? application) => Doc.Map(application, "sparkConf");

    /// <summary>True for Python and R applications, whose default memory overhead factor is 0.4 instead of 0.1.</summary>
    public static bool IsNonJvm(DocMapping? application) => Doc.Text(application?["type"]) is "Python" or "R";
}
