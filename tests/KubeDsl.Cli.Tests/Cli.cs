using System.Text;
using KubeDsl.TestKit;

namespace KubeDsl.Cli.Tests;

/// <summary>Runs <c>kubedsl</c> in process over files written to a fresh temporary folder.</summary>
internal sealed class Cli : IDisposable
{
    public Cli() => Directory.CreateDirectory(Folder);

    /// <summary>The folder the files are written to; removed on dispose.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "kubedsl-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs the command with the folder as the current directory, so paths print relative to it.</summary>
    public Result Run(params string[] args) => RunWithInput(null, args);

    public Result RunWithInput(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        lock (Gate)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Folder;
            try
            {
                var code = Program.Run(args, stdout, stderr, stdin is null ? null : () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), outputRedirected: true);
                return new Result(code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    // The current directory is process-wide; tests that change it take turns.
    private static readonly object Gate = new();

    /// <summary>An upstream example under tests/fixtures/upstream.</summary>
    public static string Upstream(params string[] parts) => Fixtures.Path(["upstream", .. parts]);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The finding lines (everything before the summary).</summary>
        public string[] Findings => Stdout.TrimEnd('\n').Split('\n')[..^1];

        public string Summary => Stdout.TrimEnd('\n').Split('\n')[^1];
    }
}
