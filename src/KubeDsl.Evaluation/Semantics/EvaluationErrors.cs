using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>The exceptions that stop evaluation with KD0001 (unsupported) and KD0007 (the value would throw), worded once.</summary>
internal static class EvaluationErrors
{
    internal static EvaluationException Unsupported(IOperation operation, string reason) => Unsupported(operation.Syntax, reason);

    internal static EvaluationException Unsupported(SyntaxNode syntax, string reason) =>
        Unsupported(syntax.GetLocation(), Describe(syntax), reason);

    internal static EvaluationException Unsupported(Location? location, string what, string reason) =>
        new(DiagnosticDescriptors.UnsupportedConstruct, location, what, reason);

    internal static EvaluationException WouldThrow(IOperation operation, string message) => WouldThrow(operation.Syntax, message);

    internal static EvaluationException WouldThrow(SyntaxNode syntax, string message) =>
        new(DiagnosticDescriptors.ValueWouldThrow, syntax.GetLocation(), message);

    /// <summary>The construct's source text, shortened, for messages.</summary>
    internal static string Describe(SyntaxNode syntax)
    {
        var text = syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        while (text.Contains("  "))
        {
            text = text.Replace("  ", " ");
        }

        return "'" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "'";
    }

    internal static string DescribeUnsupported(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation =>
            "an assignment inside an expression is not evaluated; assign in a statement of a helper body, or build a new value with an initializer or 'with'",
        IAwaitOperation => "asynchronous code runs at run time only",
        IAnonymousObjectCreationOperation => "anonymous types have no YAML shape; use a model type",
        IIsPatternOperation or IIsTypeOperation => "type tests are not supported; compare with a constant (x is null, x is > 0 and < 9) or use a switch expression on a value",
        IDynamicInvocationOperation or IDynamicMemberReferenceOperation => "dynamic code is resolved at run time only",
        _ => "this kind of expression (" + operation.Kind + ") is outside the supported subset",
    };
}
