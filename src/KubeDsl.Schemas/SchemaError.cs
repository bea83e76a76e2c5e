namespace KubeDsl.Schemas;

/// <summary>What kind of schema rule a value breaks; each kind is reported under its own id.</summary>
public enum SchemaErrorKind
{
    /// <summary>A field the schema does not have.</summary>
    UnknownField,

    /// <summary>A value of the wrong type (a string where an integer belongs, a null where none is allowed).</summary>
    WrongType,

    /// <summary>A required field left out.</summary>
    MissingRequired,

    /// <summary>A value the schema's enum does not list.</summary>
    NotInEnum,

    /// <summary>Any other constraint: pattern, length, range, item count, list uniqueness, anyOf/oneOf.</summary>
    Constraint,

    /// <summary>An apiVersion the CRD does not serve, or a kind of an operator's group that has no CRD.</summary>
    ApiVersion,

    /// <summary>metadata.name or generateName that is not a valid name.</summary>
    InvalidName,

    /// <summary>A label key or value that is not valid.</summary>
    InvalidLabel,
}

/// <summary>One schema error: the path of the value, where it is written, and what is wrong with it.</summary>
/// <param name="Kind">Which rule of the schema it breaks.</param>
/// <param name="Path">The value's path, such as <c>spec.driver.cores</c> (empty for the root).</param>
/// <param name="Line">1-based line of the offending value (of the key for an unknown field, of the mapping for a missing one); 0 when unknown.</param>
/// <param name="Column">1-based column, as <paramref name="Line"/>.</param>
/// <param name="Message">What is wrong, without the path.</param>
public sealed record SchemaError(SchemaErrorKind Kind, string Path, int Line, int Column, string Message)
{
    /// <summary>Which schema refused the value (<c>Spark operator v2.5.2 CRD</c>), when a <see cref="SchemaCatalog"/> checked it.</summary>
    public string? Schema { get; init; }

    /// <summary>The error as the tests print it: <c>spec.driver.cores: expected integer, got "1" (string) (line 21)</c>.</summary>
    public override string ToString() => $"{YamlPath.Show(Path)}: {Message}{(Line > 0 ? $" (line {Line})" : string.Empty)}";
}
