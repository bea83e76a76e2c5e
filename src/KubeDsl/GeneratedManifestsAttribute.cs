using System;
using System.ComponentModel;

namespace KubeDsl;

/// <summary>
/// Carries every manifest the KubeDsl source generator produced for the project inside the compiled assembly,
/// where the KubeDsl build task reads them and writes the files. Emitted by the generator; not meant to be
/// written by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedManifestsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="bundle">The files, compressed and Base64-encoded, in the format only KubeDsl reads.</param>
    public GeneratedManifestsAttribute(string bundle) => Bundle = bundle;

    /// <summary>The files, compressed and Base64-encoded, in the format only KubeDsl reads.</summary>
    public string Bundle { get; }
}
