using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Model;

/// <summary>A diagnostic kept as data (descriptor id, location, message arguments) until it is reported.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor, LocationInfo.From(location), new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic(Compilation? compilation = null) =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(compilation), Arguments.ToArrayOfObjects());
}

internal static class EquatableArrayExtensions
{
    public static object[] ToArrayOfObjects(this EquatableArray<string> array)
    {
        var result = new object[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            result[i] = array[i];
        }

        return result;
    }
}
