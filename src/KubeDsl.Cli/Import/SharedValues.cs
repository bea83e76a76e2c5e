namespace KubeDsl.Cli.Import;

/// <summary>
/// Finds the values imported files repeat and names them once in a <c>Defaults</c> class: an object with two or
/// more properties set (a driver spec, a security context, a toleration), or a string of three characters or more
/// that a property is set to (an image, a Spark version, a service account), when it occurs three times or more.
/// Larger values are taken first, and an occurrence inside a value already shared counts once (in its
/// definition), so a repeated driver spec does not also make its image a default.
/// </summary>
internal sealed class SharedValues
{
    /// <summary>How often a value must occur before it is shared.</summary>
    public const int MinimumOccurrences = 3;

    private const int MinimumStringLength = 3;

    private readonly Dictionary<string, Shared> picked = new(StringComparer.Ordinal);

    private SharedValues()
    {
    }

    /// <summary>The shared values in declaration order (an object after the values it uses).</summary>
    public IReadOnlyList<Shared> Values => picked.Values.OrderBy(v => v.IsString ? 0 : 1).ThenBy(v => v.Value.Signature.Length).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();

    public static SharedValues Find(IReadOnlyList<Code> roots)
    {
        var shared = new SharedValues();
        var candidates = new Dictionary<string, (Code Value, string Hint)>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            Collect(root, null, candidates);
        }

        var order = candidates.Values
            .OrderBy(c => c.Value is CodeString ? 1 : 0)
            .ThenByDescending(c => c.Value.Signature.Length)
            .ThenBy(c => c.Value.Signature, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, hint) in order)
        {
            if (shared.Count(value.Signature, roots) < MinimumOccurrences)
            {
                continue;
            }

            var name = hint;
            for (var i = 2; !names.Add(name); i++)
            {
                name = hint + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            shared.picked[value.Signature] = new Shared(name, value);
        }

        return shared;
    }

    /// <summary>The tree with each shared value replaced by <c>Defaults.Name</c>.</summary>
    public Code Replace(Code node) => Replace(node, property: false);

    /// <summary>A shared value's definition, with the shared values inside it replaced.</summary>
    public Code Definition(Shared value) => value.Value.With(child => Replace(child, value.Value is CodeObject));

    private Code Replace(Code node, bool property)
    {
        if (node is CodeCommented commented)
        {
            return commented.With(inner => Replace(inner, property));
        }

        if (picked.TryGetValue(node.Signature, out var shared) && (node is CodeObject || property))
        {
            return new CodeText("Defaults." + shared.Name);
        }

        return node.With(child => Replace(child, node is CodeObject));
    }

    private int Count(string signature, IReadOnlyList<Code> roots)
    {
        var count = 0;
        foreach (var root in roots)
        {
            count += CountIn(root, signature, property: false);
        }

        foreach (var definition in picked.Values)
        {
            foreach (var child in definition.Value.Children)
            {
                count += CountIn(child, signature, definition.Value is CodeObject);
            }
        }

        return count;
    }

    private int CountIn(Code node, string signature, bool property)
    {
        if (node is CodeCommented commented)
        {
            return CountIn(commented.Inner, signature, property);
        }

        var matches = node.Signature == signature && (node is CodeObject || property) ? 1 : 0;
        if (matches == 1 || picked.ContainsKey(node.Signature) && (node is CodeObject || property))
        {
            return matches;
        }

        var count = 0;
        foreach (var child in node.Children)
        {
            count += CountIn(child, signature, node is CodeObject);
        }

        return count;
    }

    private static void Collect(Code node, string? hint, Dictionary<string, (Code, string)> candidates)
    {
        switch (node)
        {
            case CodeCommented commented:
                Collect(commented.Inner, hint, candidates);
                return;
            case CodeObject value:
                if (value.Properties.Count >= 2 && !value.TypeName.EndsWith("V1ObjectMeta", StringComparison.Ordinal))
                {
                    candidates.TryAdd(value.Signature, (value, hint ?? TypeHint(value.TypeName)));
                }

                foreach (var (name, child) in value.Properties)
                {
                    Collect(child, HintOf(value.TypeName, name), candidates);
                }

                return;
            case CodeString text when hint is not null && text.Value.Length >= MinimumStringLength:
                candidates.TryAdd(text.Signature, (text, hint));
                return;
        }

        foreach (var child in node.Children)
        {
            Collect(child, null, candidates);
        }
    }

    // A property's name, with its type's name before it where the name alone says little (VolumeName, SeccompProfileType).
    private static string HintOf(string owner, string property) =>
        property == "NamespaceProperty" ? "Namespace"
        : property is "Name" or "Type" or "Key" or "Value" or "Path" or "Kind" or "Command" or "Args" ? TypeHint(owner) + property
        : property;

    // A list item has no property name: V1Toleration → Toleration, V1beta1PodDisruptionBudget → PodDisruptionBudget.
    private static string TypeHint(string typeName)
    {
        var simple = typeName[(typeName.LastIndexOf('.') + 1)..];
        var trimmed = System.Text.RegularExpressions.Regex.Replace(simple, "^V[0-9]+((alpha|beta)[0-9]+)?(?=[A-Z])", "");
        return trimmed.Length > 0 ? trimmed : simple;
    }

    /// <summary>A value declared once in <c>Defaults</c>.</summary>
    internal sealed record Shared(string Name, Code Value)
    {
        public bool IsString => Value is CodeString;
    }
}
