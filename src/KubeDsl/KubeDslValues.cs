using System;
using System.IO;
using KubeDsl.Serialization;
using KubeDsl.Values;

namespace KubeDsl;

/// <summary>
/// Reads data that definitions are generated from (the tables, teams and sizes people edit without writing C#) out
/// of a values file: YAML or JSON listed in the project as <c>&lt;KubeDslValues Include="values/*.yaml" /&gt;</c>.
/// </summary>
/// <remarks>
/// At build time the generator reads the file itself, so a definition may call <see cref="Load{T}"/> and the
/// manifests follow the file; a file that does not fit <c>T</c> is error KD0013 at its line. Keys match property
/// names exactly or in camelCase; scalars convert to the property's type (numbers and booleans in invariant form,
/// enums by their <c>[EnumMember]</c> value or name, quantities as Kubernetes writes them).
/// </remarks>
public static class KubeDslValues
{
    /// <summary>
    /// The values file at <paramref name="path"/> (relative to the project folder, with forward slashes) read as
    /// <typeparamref name="T"/>: a record or class, a list or array of them, or a dictionary with string keys.
    /// </summary>
    /// <typeparam name="T">The type the file holds.</typeparam>
    /// <param name="path">The file as the project lists it, e.g. <c>"values/tables.yaml"</c>.</param>
    /// <returns>A new value each call.</returns>
    /// <exception cref="FileNotFoundException">The file is not beside the application nor in the current folder.</exception>
    /// <exception cref="InvalidDataException">The file does not parse or does not fit <typeparamref name="T"/>; the message names the line.</exception>
    public static T Load<T>(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var relative = ValuesConventions.NormalizePath(path);
        return Parse<T>(File.ReadAllText(Find(relative)), relative);
    }

    /// <summary>Reads values from <paramref name="text"/> as <see cref="Load{T}"/> reads a file.</summary>
    /// <typeparam name="T">The type the text holds.</typeparam>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="path">The name messages give the text.</param>
    /// <returns>The bound value.</returns>
    /// <exception cref="InvalidDataException">The text does not parse or does not fit <typeparamref name="T"/>.</exception>
    public static T Parse<T>(string text, string path = "values")
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        try
        {
            return (T)ReflectedValues.Bind(ValuesReader.Parse(text, path), typeof(T), nullability: null, path)!;
        }
        catch (ValuesException failure)
        {
            throw new InvalidDataException(failure.Message, failure);
        }
    }

    // The build copies values files next to the application (KubeDsl.targets); tools run from the project folder
    // find them there.
    private static string Find(string relative)
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, relative);
        if (File.Exists(besideApp))
        {
            return besideApp;
        }

        var inCurrent = Path.Combine(Directory.GetCurrentDirectory(), relative);
        if (File.Exists(inCurrent))
        {
            return inCurrent;
        }

        throw new FileNotFoundException(
            "Values file '" + relative + "' is neither in " + AppContext.BaseDirectory + " nor in " + Directory.GetCurrentDirectory()
                + "; list it in the project as <KubeDslValues Include=\"" + relative + "\" /> so the build copies it next to the application.",
            relative);
    }
}
