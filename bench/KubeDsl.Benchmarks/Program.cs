using KubeDsl.Benchmarks;

// Usage: KubeDsl.Benchmarks MODE [arguments] [--suite plain|linq]
//   generator [count]                       time per definition of evaluate + emit, in process
//   analyzer [count]                        time per definition of the rule analyzer, in process
//   phases [count]                          the generator's time split into evaluation, document trees and YAML
//   emit [count]                            emit time of the compilation with and without the generator
//   ide [count]                             IDE latency after editing one literal: generator, the file's diagnostics, compilation end
//   write-project DIR FEED VERSION [count]  a project of count definitions using the KubeDsl package VERSION from FEED
//   rsp FILE DIR                            the generator over the compilation a build's csc .rsp describes
//   crd-import NAME FILE...                 the CRD importer's time and the size of the C# it writes for the files
// The suite (default plain) picks the generated project: `plain` is plain-data definitions over shared defaults
// and a helper (Definitions.cs), `linq` definitions with loops and LINQ over a table list (LinqDefinitions.cs).
var positional = new List<string>();
var suite = Suite.Plain;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--suite" && i + 1 < args.Length)
    {
        suite = Suite.Named(args[++i]);
    }
    else
    {
        positional.Add(args[i]);
    }
}

var mode = positional.Count > 0 ? positional[0] : "generator";
int Count(int index) => positional.Count > index ? int.Parse(positional[index]) : 1000;
switch (mode)
{
    case "write-project":
        ProjectWriter.Write(suite, positional[1], positional[2], positional[3], Count(4));
        return 0;
    case "rsp":
        RspReplay.Run(positional[1], positional[2]);
        return 0;
    case "generator":
        GeneratorTiming.Run(new InProcessProject(suite, Count(1)));
        return 0;
    case "analyzer":
        AnalyzerTiming.Run(new InProcessProject(suite, Count(1)));
        return 0;
    case "phases":
        PhaseTiming.Run(new InProcessProject(suite, Count(1)));
        return 0;
    case "emit":
        EmitTiming.Run(new InProcessProject(suite, Count(1)));
        return 0;
    case "crd-import":
        CrdImportTiming.Run(positional[1], positional.Skip(2).ToList());
        return 0;
    case "ide":
        IdeLatency.Run(new InProcessProject(suite, Count(1)));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': generator, analyzer, phases, emit, ide, write-project, rsp or crd-import.");
        return 1;
}
