namespace KubeDsl.Generators.Pipeline;

/// <summary>Names of the incremental steps, so tests can assert which ran and which came from the cache.</summary>
internal static class GeneratorStepNames
{
    /// <summary>One [Manifest] member checked and evaluated into files and diagnostics.</summary>
    public const string Evaluate = "KubeDsl.Evaluate";

    /// <summary>One values file (a KubeDslValues item) with its text.</summary>
    public const string ValuesFiles = "KubeDsl.ValuesFiles";

    /// <summary>A member that reads values files with the files it asked for.</summary>
    public const string PickValues = "KubeDsl.PickValues";

    /// <summary>A member that reads values files evaluated again with them.</summary>
    public const string EvaluateWithValues = "KubeDsl.EvaluateWithValues";

    /// <summary>The environment layout read from the build properties.</summary>
    public const string Layout = "KubeDsl.Layout";

    /// <summary>The Airflow release DAG files are written for, read from the build properties.</summary>
    public const string AirflowTarget = "KubeDsl.AirflowTarget";

    /// <summary>One member's files with the DAG files of the other Airflow releases left out.</summary>
    public const string ForAirflow = "KubeDsl.ForAirflow";

    /// <summary>The paths one member claims.</summary>
    public const string Claims = "KubeDsl.Claims";

    /// <summary>Every member's claims together.</summary>
    public const string CollectClaims = "KubeDsl.CollectClaims";

    /// <summary>Which members are written where, and the layout and duplicate-path problems.</summary>
    public const string Plan = "KubeDsl.Plan";

    /// <summary>One member's files without locations.</summary>
    public const string Content = "KubeDsl.Content";

    /// <summary>Every member's files together with the plan: the input of the bundle.</summary>
    public const string Bundle = "KubeDsl.Bundle";

    /// <summary>One member's diagnostics with its attribute's location.</summary>
    public const string Diagnostics = "KubeDsl.Diagnostics";

    /// <summary>Every member's diagnostics together with the plan's problems: the input of the report.</summary>
    public const string Report = "KubeDsl.Report";
}
