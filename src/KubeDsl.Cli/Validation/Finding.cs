using KubeDsl.Rules;

namespace KubeDsl.Cli.Validation;

/// <summary>How a finding is shown once configuration has had its say.</summary>
internal enum Level
{
    Error,
    Warning,
    Note,
}

/// <summary>One finding at a place in a file.</summary>
/// <param name="Path">The file as given on the command line (or found under a folder given), <c>&lt;stdin&gt;</c> for standard input.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Descriptor">The id, title and default severity.</param>
/// <param name="Level">The severity after configuration.</param>
/// <param name="Message">The message with its arguments.</param>
internal sealed record Finding(string Path, int Line, int Column, RuleDescriptor Descriptor, Level Level, string Message);
