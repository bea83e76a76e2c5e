namespace KubeDsl.Build;

/// <summary>
/// Codes of the errors the build task reports. KD0003 and KD0004 repeat the generator's checks as a last line of
/// defence (for assemblies built without the generator's diagnostics); KD0008, KD0009, KD0011, KD0012 and KD0014 only the task can see.
/// </summary>
internal static class BuildErrorCodes
{
    public const string DuplicatePath = "KD0003";
    public const string InvalidPath = "KD0004";
    public const string HandWrittenFile = "KD0008";
    public const string UnreadableAssembly = "KD0009";
    public const string OutOfDate = "KD0011";
    public const string UnreadableFile = "KD0012";
    public const string SharedOutputFolder = "KD0014";
}
