using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Generators.Model;

/// <summary>
/// A source location as equatable data. It keeps the syntax tree (compared by reference) rather than the
/// compilation, so a diagnostic can be reported in the tree it came from, where <c>#pragma</c> and the IDE see it,
/// without combining the pipeline with the compilation. An unchanged file keeps its tree from one compilation to
/// the next, so a location in it compares equal across edits elsewhere.
/// </summary>
internal sealed record LocationInfo(SyntaxTree? Tree, string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location in its own tree, or in a file outside the compilation (a values file).</summary>
    public Location ToLocation() => Tree is not null ? Location.Create(Tree, Span) : Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) => location switch
    {
        null => null,
        { SourceTree: { } tree } => new LocationInfo(tree, tree.FilePath, location.SourceSpan, location.GetLineSpan().Span),
        { Kind: LocationKind.ExternalFile } => new LocationInfo(null, location.GetLineSpan().Path, location.SourceSpan, location.GetLineSpan().Span),
        _ => null,
    };
}
