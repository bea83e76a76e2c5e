using System.Text;

namespace KubeDsl.Cli.Import;

/// <summary>
/// A C# expression the importer writes: a small tree rather than text, so repeated values can be found by their
/// <see cref="Signature"/> and moved into the shared <c>Defaults</c> class before anything is printed.
/// </summary>
internal abstract class Code
{
    private string? signature;

    /// <summary>The expression on one line; two values with the same signature are the same C# value.</summary>
    public string Signature => signature ??= Render(new StringBuilder(), 0, singleLine: true).ToString();

    /// <summary>The nodes directly inside this one.</summary>
    public virtual IEnumerable<Code> Children => [];

    /// <summary>Appends the expression; <paramref name="indent"/> is the depth of the line it starts on.</summary>
    public abstract StringBuilder Render(StringBuilder text, int indent, bool singleLine);

    /// <summary>A copy with each child replaced by what <paramref name="replace"/> gives for it.</summary>
    public abstract Code With(Func<Code, Code> replace);

    protected static StringBuilder Indent(StringBuilder text, int indent) => text.Append(' ', indent * 4);

    /// <summary>Whether a value prints on one line in any case (a literal, a name, a one-line string).</summary>
    protected static bool IsSimple(Code code) => code is CodeText || (code is CodeString text && !CSharpText.FitsRawLiteral(text.Value));

    /// <summary>
    /// Appends <c>lead = value</c>: a value that starts on its own line (a multi-line collection expression) follows
    /// <c>=</c> with no trailing space.
    /// </summary>
    protected static StringBuilder Assign(StringBuilder text, string lead, Code value, int indent)
    {
        var rendered = value.Render(new StringBuilder(), indent, singleLine: false).ToString();
        return text.Append(lead).Append(rendered.StartsWith('\n') ? " =" : " = ").Append(rendered);
    }

    /// <summary>
    /// Appends one line of an initializer or collection (<c>lead = value,</c>, or <c>value,</c> without a lead),
    /// with the value's comments above it and at its end.
    /// </summary>
    protected static void Entry(StringBuilder text, string? lead, Code value, int indent)
    {
        var comments = value as CodeCommented;
        comments?.RenderAbove(text, indent);
        var inner = comments?.Inner ?? value;
        Indent(text, indent);
        (lead is null ? Item(text, inner, indent) : Assign(text, lead, inner, indent)).Append(',');
        if (comments?.EndOfLine is { } end)
        {
            text.Append(" //").Append(end.Length == 0 ? "" : " " + end);
        }

        text.Append('\n');
    }

    /// <summary>Appends a list item at the current (already indented) position.</summary>
    protected static StringBuilder Item(StringBuilder text, Code value, int indent)
    {
        var rendered = value.Render(new StringBuilder(), indent, singleLine: false).ToString();
        return text.Append(rendered.StartsWith('\n') ? rendered.TrimStart('\n').TrimStart(' ') : rendered);
    }
}

/// <summary>A literal, a member access or a call with literal arguments: printed as it is.</summary>
internal sealed class CodeText(string text, CodeKind kind = CodeKind.Other) : Code
{
    public string Text { get; } = text;

    /// <summary>What kind of value it is, for choosing which repeated values to share.</summary>
    public CodeKind Kind { get; } = kind;

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine) => text.Append(Text);

    public override Code With(Func<Code, Code> replace) => this;
}

/// <summary>What a <see cref="CodeText"/> holds.</summary>
internal enum CodeKind
{
    Other,

    /// <summary>A string literal.</summary>
    String,
}

/// <summary><c>new T { A = ..., B = ... }</c>, properties in the order of the YAML they came from.</summary>
internal sealed class CodeObject(string typeName, IReadOnlyList<KeyValuePair<string, Code>> properties) : Code
{
    public string TypeName { get; } = typeName;

    public IReadOnlyList<KeyValuePair<string, Code>> Properties { get; } = properties;

    /// <summary>Written <c>new() { ... }</c>, where the declaration names the type.</summary>
    public bool TargetTyped { get; init; }

    public override IEnumerable<Code> Children => Properties.Select(p => p.Value);

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine)
    {
        text.Append("new").Append(TargetTyped ? "()" : " " + TypeName);
        if (Properties.Count == 0)
        {
            return TargetTyped ? text : text.Append("()");
        }

        // Short initializers of scalars stay on one line, as people write them.
        if (singleLine || (Properties.Count <= 3 && Properties.All(p => IsSimple(p.Value)) && Signature.Length + indent * 4 <= 100))
        {
            text.Append(" { ");
            text.AppendJoin(", ", Properties.Select(p => p.Key + " = " + p.Value.Signature));
            return text.Append(" }");
        }

        text.Append('\n');
        Indent(text, indent).Append("{\n");
        foreach (var (name, value) in Properties)
        {
            Entry(text, name, value, indent + 1);
        }

        return Indent(text, indent).Append('}');
    }

    public override Code With(Func<Code, Code> replace) =>
        new CodeObject(TypeName, Properties.Select(p => new KeyValuePair<string, Code>(p.Key, replace(p.Value))).ToList()) { TargetTyped = TargetTyped };

    /// <summary>This object written <c>new() { ... }</c>.</summary>
    public CodeObject AsTargetTyped() => new(TypeName, Properties) { TargetTyped = true };
}

/// <summary><c>new Dictionary&lt;string, T&gt; { ["k"] = ... }</c>.</summary>
internal sealed class CodeDictionary(string typeName, IReadOnlyList<KeyValuePair<string, Code>> entries) : Code
{
    public string TypeName { get; } = typeName;

    public IReadOnlyList<KeyValuePair<string, Code>> Entries { get; } = entries;

    public override IEnumerable<Code> Children => Entries.Select(e => e.Value);

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine)
    {
        text.Append("new ").Append(TypeName);
        if (Entries.Count == 0)
        {
            return text.Append("()");
        }

        if (singleLine || (Entries.Count <= 2 && Entries.All(e => IsSimple(e.Value)) && Signature.Length + indent * 4 <= 100))
        {
            text.Append(" { ");
            text.AppendJoin(", ", Entries.Select(e => "[" + CSharpText.String(e.Key) + "] = " + e.Value.Signature));
            return text.Append(" }");
        }

        text.Append('\n');
        Indent(text, indent).Append("{\n");
        foreach (var (key, value) in Entries)
        {
            Entry(text, "[" + CSharpText.String(key) + "]", value, indent + 1);
        }

        return Indent(text, indent).Append('}');
    }

    public override Code With(Func<Code, Code> replace) =>
        new CodeDictionary(TypeName, Entries.Select(e => new KeyValuePair<string, Code>(e.Key, replace(e.Value))).ToList());
}

/// <summary>
/// A list: a collection expression <c>[a, b]</c> where the target type is a collection, or
/// <c>new List&lt;object?&gt; { ... }</c> (<see cref="TypeName"/> set) where it is <c>object</c>.
/// </summary>
internal sealed class CodeList(IReadOnlyList<Code> items, string? typeName = null) : Code
{
    public IReadOnlyList<Code> Items { get; } = items;

    public string? TypeName { get; } = typeName;

    public override IEnumerable<Code> Children => Items;

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine)
    {
        var (open, close) = TypeName is null ? ("[", "]") : ("{ ", " }");
        if (TypeName is not null)
        {
            text.Append("new ").Append(TypeName);
            if (Items.Count == 0)
            {
                return text.Append("()");
            }

            text.Append(' ');
        }

        if (singleLine || (Items.All(IsSimple) && Signature.Length + indent * 4 <= 100))
        {
            if (Items.Count == 0)
            {
                return text.Append("[]");
            }

            text.Append(open);
            text.AppendJoin(", ", Items.Select(i => i.Signature));
            return text.Append(close);
        }

        if (TypeName is not null)
        {
            text.Length--;
            text.Append('\n');
            Indent(text, indent).Append("{\n");
        }
        else
        {
            text.Append('\n');
            Indent(text, indent).Append("[\n");
        }

        foreach (var item in Items)
        {
            Entry(text, null, item, indent + 1);
        }

        return Indent(text, indent).Append(TypeName is null ? ']' : '}');
    }

    public override Code With(Func<Code, Code> replace) => new CodeList(Items.Select(replace).ToList(), TypeName);
}

/// <summary>
/// A string literal: a raw literal over several lines for multi-line text (scripts, configuration files), so it
/// reads as it did in the YAML; an escaped literal otherwise.
/// </summary>
internal sealed class CodeString(string value) : Code
{
    public string Value { get; } = value;

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine)
    {
        if (singleLine || !CSharpText.FitsRawLiteral(Value))
        {
            return text.Append(CSharpText.String(Value));
        }

        // The closing quotes set the indentation every content line loses; a final newline is an empty last line.
        var quotes = new string('"', Math.Max(3, CSharpText.LongestQuoteRun(Value) + 1));
        text.Append(quotes).Append('\n');
        var lines = Value.Split('\n');
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                Indent(text, indent).Append(line);
            }

            text.Append('\n');
        }

        return Indent(text, indent).Append(quotes);
    }

    public override Code With(Func<Code, Code> replace) => this;
}

/// <summary>
/// A value with the YAML comments that stood above its key (written as <c>//</c> lines before the property) and at
/// the end of its line (written after it). Comments are part of the signature, so values that differ only in
/// their comments are not shared and no comment is lost.
/// </summary>
internal sealed class CodeCommented(Code inner, IReadOnlyList<string> above, string? endOfLine) : Code
{
    public Code Inner { get; } = inner;

    public IReadOnlyList<string> Above { get; } = above;

    public string? EndOfLine { get; } = endOfLine;

    public override IEnumerable<Code> Children => [Inner];

    public override StringBuilder Render(StringBuilder text, int indent, bool singleLine)
    {
        if (singleLine)
        {
            text.Append("/*").AppendJoin("|", Above).Append('|').Append(EndOfLine).Append("*/");
        }

        return Inner.Render(text, indent, singleLine);
    }

    /// <summary>Appends the comment lines above an entry, each at <paramref name="indent"/>.</summary>
    public void RenderAbove(StringBuilder text, int indent)
    {
        foreach (var line in Above)
        {
            if (line == YamlComments.BlankLine)
            {
                text.Append('\n');
            }
            else
            {
                Indent(text, indent).Append("//").Append(line.Length == 0 ? "" : " " + line).Append('\n');
            }
        }
    }

    public override Code With(Func<Code, Code> replace) => new CodeCommented(replace(Inner), Above, EndOfLine);
}
