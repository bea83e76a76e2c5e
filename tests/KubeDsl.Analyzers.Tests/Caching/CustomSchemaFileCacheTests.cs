using KubeDsl.Schemas;
using KubeDsl.TestKit;

namespace KubeDsl.Analyzers.Tests.Caching;

/// <summary>
/// The project's CRD files are parsed once per path and content (<see cref="KnownSchemas.CustomFile"/>), and the
/// versions an editor leaves behind do not pile up.
/// </summary>
public class CustomSchemaFileCacheTests
{
    // Strimzi's KafkaNodePool CRD (1.2.0), as a project would pass it with a KubeDslCrd item.
    private static readonly string Crd = File.ReadAllText(Fixtures.Path("upstream", "strimzi", "045-Crd-kafkanodepool.yaml"));

    [Fact]
    public void Same_content_is_parsed_once_and_not_read_again()
    {
        var key = Guid.NewGuid().ToString("N");
        var reads = 0;
        var first = KnownSchemas.CustomFile(key, () => { reads++; return Crd; }, "crds/kafkanodepool.yaml");
        var second = KnownSchemas.CustomFile(key, () => { reads++; return Crd; }, "crds/kafkanodepool.yaml");

        Assert.Same(first, second);
        Assert.Equal(1, reads);
        Assert.Equal("KafkaNodePool", Assert.Single(first.Schemas).Kind);
    }

    [Fact]
    public void One_content_in_two_files_names_each_file()
    {
        var key = Guid.NewGuid().ToString("N");
        var a = KnownSchemas.CustomFile(key, () => "kind: [", "a.yaml");
        var b = KnownSchemas.CustomFile(key, () => "kind: [", "b.yaml");

        Assert.Equal("a.yaml", a.Path);
        Assert.Equal("b.yaml", b.Path);
        Assert.NotEmpty(b.Problems);
    }

    [Fact]
    public void Old_versions_of_an_edited_file_are_let_go()
    {
        var first = Guid.NewGuid().ToString("N");
        var kept = KnownSchemas.CustomFile(first, () => Crd, "crds/kafkanodepool.yaml");

        // An editor's versions of one file, each a new text, far past what the cache holds.
        for (var version = 0; version < 200; version++)
        {
            KnownSchemas.CustomFile(Guid.NewGuid().ToString("N"), () => "kind: ConfigMap", "crds/kafkanodepool.yaml");
        }

        var reads = 0;
        var again = KnownSchemas.CustomFile(first, () => { reads++; return Crd; }, "crds/kafkanodepool.yaml");
        Assert.Equal(1, reads);
        Assert.NotSame(kept, again);
    }
}
