using KubeDsl.Documents;

namespace KubeDsl.Schemas;

/// <summary>What kind of schema constraint a value breaks; each kind is reported under its own id (KD1011-KD1022).</summary>
internal enum SchemaProblemKind
{
    /// <summary>A field the schema does not have.</summary>
    UnknownField,

    /// <summary>A value of the wrong type, or a null where the schema allows none.</summary>
    WrongType,

    /// <summary>A required field left out.</summary>
    MissingRequired,

    /// <summary>A value the schema's enum does not list.</summary>
    NotInEnum,

    /// <summary>A string that does not match the schema's pattern.</summary>
    Pattern,

    /// <summary>A number below the minimum, above the maximum, or outside its int32/int64 format.</summary>
    Range,

    /// <summary>A string shorter than minLength or longer than maxLength.</summary>
    Length,

    /// <summary>A list or object with fewer or more items than minItems/maxItems, minProperties/maxProperties.</summary>
    Count,

    /// <summary>Two entries of a list that must be unique: uniqueItems, list-type set, list-type map keys.</summary>
    Duplicate,

    /// <summary>An apiVersion the schema does not serve, or a kind of an operator's group that has no schema.</summary>
    ApiVersion,

    /// <summary>A value matching none of anyOf, more or less than one of oneOf, or the schema under not.</summary>
    Alternatives,

    /// <summary>A string not in its format (date-time, byte, ...).</summary>
    Format,
}

/// <summary>One schema problem: the node holding the value, its path, and what is wrong with it.</summary>
/// <param name="Kind">Which constraint it breaks.</param>
/// <param name="At">The offending node (the mapping that lacks a required field).</param>
/// <param name="Path">The value's path, such as <c>spec.driver.cores</c> (empty for the document).</param>
/// <param name="Message">What is wrong, without the path.</param>
internal sealed record SchemaProblem(SchemaProblemKind Kind, DocNode At, string Path, string Message)
{
    /// <summary>For an unknown field: where its key was written, which a finding points at rather than the value.</summary>
    public SourceOrigin? KeyOrigin { get; init; }

    /// <summary>Which schema refused the value, for messages: <c>Spark operator v2.5.2 CRD</c>.</summary>
    public string Schema { get; init; } = string.Empty;
}
