using System;
using System.Text;

namespace KubeDsl.Evaluation;

/// <summary>
/// A StringBuilder a body made. Like a list it is changed in place and shared by every variable that holds it, so
/// one that belongs to a static member is refused for change.
/// </summary>
internal sealed class StringBuilderValue : Value
{
    public StringBuilderValue(string initial) => Text = new StringBuilder(initial);

    public StringBuilder Text { get; }
}

/// <summary>A TimeSpan, kept as its ticks; it has no YAML form, so it only feeds numbers and text.</summary>
internal sealed class TimeSpanValue : Value
{
    public TimeSpanValue(TimeSpan span) => Span = span;

    public TimeSpan Span { get; }
}

/// <summary>
/// <c>CultureInfo.InvariantCulture</c>, the one culture the evaluator knows: passing it changes nothing, as every
/// number is already formatted and parsed invariantly.
/// </summary>
internal sealed class InvariantCultureValue : Value
{
}
