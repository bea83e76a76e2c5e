using KubeDsl.Schemas;

namespace KubeDsl.Analyzers.Tests.Caching;

/// <summary>
/// The project's CRD files are parsed once per path and content (<see cref="KnownSchemas.CustomFile"/>), and the
/// versions an editor leaves behind do not pile up.
/// </summary>
public class CustomSchemaFileCacheTests
{
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: { kind: Widget, plural: widgets }
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec: { type: object, properties: { size: { type: integer } } }
        """;

    [Fact]
    public void Same_content_is_parsed_once_and_not_read_again()
    {
        var key = Guid.NewGuid().ToString("N");
        var reads = 0;
        var first = KnownSchemas.CustomFile(key, () => { reads++; return Crd; }, "crds/widget.yaml");
        var second = KnownSchemas.CustomFile(key, () => { reads++; return Crd; }, "crds/widget.yaml");

        Assert.Same(first, second);
        Assert.Equal(1, reads);
        Assert.Equal("Widget", Assert.Single(first.Schemas).Kind);
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
        var kept = KnownSchemas.CustomFile(first, () => Crd, "crds/widget.yaml");

        // An editor's versions of one file, each a new text, far past what the cache holds.
        for (var version = 0; version < 200; version++)
        {
            KnownSchemas.CustomFile(Guid.NewGuid().ToString("N"), () => Crd, "crds/widget.yaml");
        }

        var reads = 0;
        var again = KnownSchemas.CustomFile(first, () => { reads++; return Crd; }, "crds/widget.yaml");
        Assert.Equal(1, reads);
        Assert.NotSame(kept, again);
    }
}
