using System.Diagnostics;
using KubeDsl.Documents;

namespace KubeDsl.Tests.Emitter;

/// <summary>The properties writer: sorted, escaped so java.util.Properties reads back exactly the strings written.</summary>
public class JavaPropertiesTests
{
    private static readonly KeyValuePair<string, string>[] Tricky =
    [
        new("spark.b", "plain"),
        new("spark.a", "k8s://https://host:443"),
        new("key with spaces", "value with = and : inside"),
        new("k=ey:#!", "#not a comment"),
        new("spark.lead", "  two leading spaces"),
        new("spark.lines", "one\ntwo\r\nthree\ttab\fform"),
        new("spark.backslash", @"C:\path\to"),
        new("spark.unicode", "grüße ✓"),
        new("spark.empty", ""),
    ];

    [Fact]
    public void Keys_are_sorted_ordinally_and_escaped()
    {
        Assert.Equal(
            "# h\n"
            + "k\\=ey\\:\\#\\!=#not a comment\n"
            + "key\\ with\\ spaces=value with = and : inside\n"
            + "spark.a=k8s://https://host:443\n"
            + "spark.b=plain\n"
            + "spark.backslash=C:\\\\path\\\\to\n"
            + "spark.empty=\n"
            + "spark.lead=\\  two leading spaces\n"
            + "spark.lines=one\\ntwo\\r\\nthree\\ttab\\fform\n"
            + "spark.unicode=grüße ✓\n",
            JavaProperties.Write("# h\n", Tricky));
    }

    /// <summary>Differential: Java's own Properties.load reads every key and value back unchanged.</summary>
    [Fact]
    public async Task Java_reads_back_every_key_and_value()
    {
        var java = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(p => Path.Combine(p, "java")).FirstOrDefault(File.Exists);
        if (java is null)
        {
            return; // No JDK on this machine: the expected text above still pins the escaping down.
        }

        var directory = Directory.CreateTempSubdirectory("kubedsl-properties");
        try
        {
            var source = Path.Combine(directory.FullName, "Read.java");
            File.WriteAllText(source, """
                import java.io.*;
                import java.nio.charset.StandardCharsets;
                import java.util.*;
                public class Read {
                    public static void main(String[] args) throws Exception {
                        Properties p = new Properties();
                        p.load(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                        PrintStream out = new PrintStream(System.out, true, "UTF-8");
                        for (String k : new TreeSet<>(p.stringPropertyNames())) {
                            out.print(Base64.getEncoder().encodeToString(k.getBytes(StandardCharsets.UTF_8)) + " "
                                + Base64.getEncoder().encodeToString(p.getProperty(k).getBytes(StandardCharsets.UTF_8)) + "\n");
                        }
                    }
                }
                """);
            var start = new ProcessStartInfo(java) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(source);
            using var process = Process.Start(start)!;
            process.StandardInput.Write(JavaProperties.Write("# header\n", Tricky));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);

            var read = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(' '))
                .ToDictionary(parts => Decode(parts[0]), parts => Decode(parts[1]));
            Assert.Equal(Tricky.OrderBy(p => p.Key, StringComparer.Ordinal), read.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Decode(string base64) => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64));
}
