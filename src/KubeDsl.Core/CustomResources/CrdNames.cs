using System.Text;

namespace KubeDsl.CustomResources;

/// <summary>
/// How schema names become C# identifiers, the rule cdk8s import uses (../shared/research/crd-import-validate.md
/// §1.1): the first letter upper-cased, characters an identifier cannot hold dropped and the letter after them
/// upper-cased. The rest of the name keeps its case (<c>timeZone</c> → <c>TimeZone</c>, <c>merge-into</c> →
/// <c>MergeInto</c>).
/// </summary>
internal static class CrdNames
{
    /// <summary>The PascalCase identifier of a field name or enum value; <c>_</c> first when it would start with a digit, <c>Empty</c> when nothing is left.</summary>
    public static string Pascal(string text)
    {
        var result = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (IsIdentifierPart(c))
            {
                result.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (result.Length == 0)
        {
            return "Empty";
        }

        return char.IsDigit(result[0]) ? "_" + result : result.ToString();
    }

    private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
}
