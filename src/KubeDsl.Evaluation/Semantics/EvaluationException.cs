using System;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>Stops evaluation of one manifest with a diagnostic at the construct that caused it.</summary>
internal sealed class EvaluationException : Exception
{
    public EvaluationException(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        : base(descriptor.Id)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location? Location { get; }

    public string[] Arguments { get; }

    /// <summary>Set once a spent budget has been placed at the loop that spent it, so outer loops leave it there.</summary>
    public bool AtLoop { get; init; }
}
