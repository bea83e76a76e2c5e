using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Values;

namespace KubeDsl.CustomResources;

/// <summary>
/// Turns CRD files into the C# types of one namespace (docs/adr/0015). Each CustomResourceDefinition (a file may
/// hold several documents, or a <c>kind: List</c> of them) gives a record named after its kind for the chosen
/// version's <c>openAPIV3Schema</c> (the storage version unless one is named), and one record or enum per nested
/// object or string enum, named after its path. <c>status</c> is left out: the operator writes it.
/// </summary>
internal static class CrdImporter
{
    private const string K8s = "global::k8s.Models.";

    /// <summary>Members every record has; a property of one of these names would hide or clash with it.</summary>
    private static readonly string[] RecordMembers = { "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// Type names users see beside the imported ones: KubeDsl's public types in the <c>KubeDsl</c> namespace (an
    /// attribute by both its names), the helpers the package adds to projects (src/KubeDsl/Helpers) and the
    /// k8s.Models types the imported code uses. An imported type of one of these names would make
    /// <c>using k8s.Models;</c> or <c>using KubeDsl;</c> beside the import ambiguous, so it gets a suffix. A test
    /// keeps the KubeDsl part equal to the library's exported types.
    /// </summary>
    public static IReadOnlyCollection<string> ReservedNames { get; } = new HashSet<string>(
        new[]
        {
            "IntOrString", "ResourceQuantity", "V1ObjectMeta", "KubernetesEntityAttribute", "KubernetesEntity", "IKubernetesObject", "IMetadata",
            "Meta", "Requirements", "EnvVar", "JvmMemory", "ImagePullPolicy", "KubeDslValues", "KubeDslYaml",
        }
            .Concat(new[]
            {
                "Manifest", "CommonLabel", "CommonAnnotation", "DefaultNamespace", "ExternalSecret", "ExternalConfigMap", "ExternalServiceAccount",
                "ExternalPersistentVolumeClaim", "ExternalFlinkDeployment", "ExternalFlinkSessionJob", "FlinkOperatorDefault", "GeneratedManifests",
            }.SelectMany(name => new[] { name, name + "Attribute" }))
            .Concat(CrdKnownTypes.All.Select(e => e.Type)),
        StringComparer.Ordinal);

    /// <summary>
    /// Imports <paramref name="files"/> into <paramref name="namespaceName"/>, each at its own version or else
    /// <paramref name="version"/>; null takes each CRD's storage version.
    /// </summary>
    public static CrdImport Import(IEnumerable<CrdFileText> files, string namespaceName, string? version = null)
    {
        var state = new State();
        foreach (var file in files)
        {
            ReadFile(state, file, file.Version ?? version);
        }

        return new CrdImport(namespaceName, new EquatableArray<CrdTypeDecl>(state.Types), new EquatableArray<CrdKnownTypeUse>(state.Known), new EquatableArray<CrdProblem>(state.Problems));
    }

    private static void ReadFile(State state, CrdFileText file, string? version)
    {
        state.File = file.Path;
        ValuesStream stream;
        try
        {
            stream = ValuesReader.ParseStream(file.Text, file.Path);
        }
        catch (ValuesException refused)
        {
            // Found while reading, not by the YAML parser: a key written twice, too deep, too many aliases.
            stream = new ValuesStream(Array.Empty<ValuesNode>(), refused);
        }

        var found = 0;
        foreach (var document in stream.Documents)
        {
            found += ReadDocument(state, document, version);
        }

        if (stream.Error is { } error)
        {
            state.Problems.Add(CrdProblem.Of(CrdImportRules.InvalidFile, file.Path, error.Start.Line, error.Start.Column, error.Problem));
        }
        else if (found == 0)
        {
            state.Problems.Add(CrdProblem.Of(CrdImportRules.InvalidFile, file.Path, 1, 1, "The file holds no CustomResourceDefinition"));
        }
    }

    private static int ReadDocument(State state, ValuesNode document, string? version)
    {
        if (document is not ValuesMapping map)
        {
            return 0;
        }

        var kind = Text(Get(map, "kind"));
        if (kind == "List" && Get(map, "items") is ValuesSequence items)
        {
            return items.Items.Sum(item => ReadDocument(state, item, version));
        }

        if (kind != "CustomResourceDefinition")
        {
            return 0;
        }

        var apiVersion = Text(Get(map, "apiVersion"));
        if (apiVersion != "apiextensions.k8s.io/v1")
        {
            Fail(state, Get(map, "apiVersion") ?? map, $"The CRD's apiVersion is {apiVersion ?? "missing"}; only apiextensions.k8s.io/v1 CRDs are imported");
            return 1;
        }

        if (Get(map, "spec") is not ValuesMapping spec)
        {
            Fail(state, map, "The CRD has no spec mapping");
            return 1;
        }

        var group = Text(Get(spec, "group"));
        var names = Get(spec, "names") as ValuesMapping;
        var kindName = names is null ? null : Text(Get(names, "kind"));
        var plural = names is null ? null : Text(Get(names, "plural"));
        if (group is null || kindName is null || plural is null)
        {
            Fail(state, names ?? (ValuesNode)spec, "The CRD needs spec.group, spec.names.kind and spec.names.plural");
            return 1;
        }

        if (Get(spec, "versions") is not ValuesSequence versions || versions.Items.Count == 0)
        {
            Fail(state, spec, $"The CRD {kindName} has no spec.versions list");
            return 1;
        }

        var chosen = versions.Items.OfType<ValuesMapping>()
            .FirstOrDefault(v => version is null ? Text(Get(v, "storage")) == "true" : Text(Get(v, "name")) == version);
        if (chosen is null)
        {
            var listed = string.Join(", ", versions.Items.OfType<ValuesMapping>().Select(v => Text(Get(v, "name"))));
            var at = versions.Start;
            state.Problems.Add(CrdProblem.Of(CrdImportRules.NoSuchVersion, state.File, at.Line, at.Column, kindName, version ?? "marked storage: true", listed));
            return 1;
        }

        var versionName = Text(Get(chosen, "name")) ?? "";
        var schema = (Get(chosen, "schema") as ValuesMapping) is { } holder ? Get(holder, "openAPIV3Schema") as ValuesMapping : null;
        if (schema is null)
        {
            Fail(state, chosen, $"The version {versionName} of {kindName} has no schema.openAPIV3Schema mapping");
            return 1;
        }

        state.Root(kindName, schema, new CrdEntity(group, versionName, kindName, plural));
        return 1;
    }

    private static void Fail(State state, ValuesNode at, string message) =>
        state.Problems.Add(CrdProblem.Of(CrdImportRules.InvalidFile, state.File, at.Start.Line, at.Start.Column, message));

    internal static ValuesNode? Get(ValuesMapping map, string key)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Text == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    internal static string? Text(ValuesNode? node) => node is ValuesScalar { IsNull: false } scalar ? scalar.Text : null;

    private sealed class State
    {
        private readonly Dictionary<string, string> taken = new(StringComparer.Ordinal);

        public string File { get; set; } = "";

        public List<CrdTypeDecl> Types { get; } = new();

        public List<CrdKnownTypeUse> Known { get; } = new();

        public List<CrdProblem> Problems { get; } = new();

        public void Root(string kind, ValuesMapping schema, CrdEntity entity)
        {
            var name = Reserve(kind, kind, schema);
            var properties = new List<CrdProperty>
            {
                new("Metadata", "metadata", K8s + "V1ObjectMeta", true, "Name, namespace, labels and annotations."),
            };
            var index = Types.Count;
            Types.Add(null!);
            var fields = Properties(schema).Where(p => p.Key is not ("apiVersion" or "kind" or "metadata" or "status")).ToList();
            AddProperties(name, kind, schema, fields, properties);
            Types[index] = new CrdTypeDecl(CrdTypeKind.Record, name, kind, Description(schema), entity, new EquatableArray<CrdProperty>(properties), EquatableArray<CrdEnumMember>.Empty);
        }

        private void AddProperties(string typeName, string path, ValuesMapping schema, IReadOnlyList<KeyValuePair<string, ValuesMapping>> fields, List<CrdProperty> properties)
        {
            var required = Get(schema, "required") is ValuesSequence list ? list.Items.Select(Text).Where(t => t is not null).ToList() : new List<string?>();
            var used = new HashSet<string>(properties.Select(p => p.Name).Concat(RecordMembers), StringComparer.Ordinal) { typeName };
            foreach (var field in fields)
            {
                var propertyName = CrdNames.Pascal(field.Key);
                var wanted = propertyName;
                for (var n = 2; used.Contains(propertyName); n++)
                {
                    propertyName = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (propertyName != wanted)
                {
                    var other = properties.FirstOrDefault(p => p.Name == wanted)?.JsonName;
                    var what = other is not null ? path + "." + other : wanted == typeName ? "the type " + typeName : "the member every record has";
                    Problems.Add(CrdProblem.Of(CrdImportRules.NameCollision, File, field.Value.Start.Line, field.Value.Start.Column, path + "." + field.Key, wanted, what, propertyName));
                }

                used.Add(propertyName);
                var isRequired = required.Contains(field.Key);
                var type = TypeOf(typeName + CrdNames.Pascal(field.Key), path + "." + field.Key, field.Key, field.Value);
                var nullable = !isRequired || Text(Get(field.Value, "nullable")) == "true";
                properties.Add(new CrdProperty(propertyName, field.Key, nullable ? type + "?" : type, isRequired, Description(field.Value)));
            }
        }

        /// <summary>The C# type of a schema, declaring the records and enums it needs.</summary>
        private string TypeOf(string name, string path, string field, ValuesMapping schema)
        {
            if (Text(Get(schema, "x-kubernetes-int-or-string")) == "true")
            {
                return K8s + "IntOrString";
            }

            var type = Text(Get(schema, "type"));
            switch (type)
            {
                case "string":
                    return Get(schema, "enum") is ValuesSequence values ? Enum(name, path, schema, values) : "string";
                case "integer":
                    return Text(Get(schema, "format")) == "int32" ? "int" : "long";
                case "number":
                    return "double";
                case "boolean":
                    return "bool";
                case "array":
                    if (Get(schema, "items") is ValuesMapping items)
                    {
                        return "global::System.Collections.Generic.List<" + TypeOf(name, path + "[]", field, items) + ">";
                    }

                    return Unsupported(schema, path, "an array without an items schema", "global::System.Collections.Generic.List<object>");
                case "object":
                    return ObjectType(name, path, field, schema);
                case null:
                    if (Get(schema, "properties") is ValuesMapping)
                    {
                        return ObjectType(name, path, field, schema);
                    }

                    // Any value at all (Flink's flinkConfiguration): object says so, and there is nothing to warn about.
                    if (Text(Get(schema, "x-kubernetes-preserve-unknown-fields")) == "true")
                    {
                        return "object";
                    }

                    var what = Get(schema, "oneOf") is not null ? "oneOf" : Get(schema, "anyOf") is not null ? "anyOf" : "a schema without a type";
                    return Unsupported(schema, path, what, "object");
                default:
                    return Unsupported(schema, path, "type " + type, "object");
            }
        }

        private string ObjectType(string name, string path, string field, ValuesMapping schema)
        {
            var fields = Properties(schema);
            if (fields.Count == 0)
            {
                var extra = Get(schema, "additionalProperties");
                if (extra is ValuesMapping valueSchema)
                {
                    return "global::System.Collections.Generic.Dictionary<string, " + TypeOf(name, path + ".*", field, valueSchema) + ">";
                }

                // additionalProperties: true, x-kubernetes-preserve-unknown-fields, or an object the schema says nothing about.
                return "global::System.Collections.Generic.Dictionary<string, object>";
            }

            if (path.IndexOf('.') >= 0 && CrdKnownTypes.Match(field, fields.Select(f => f.Key).ToList()) is { } known)
            {
                Known.Add(new CrdKnownTypeUse(path, known));
                return K8s + known;
            }

            var typeName = Reserve(name, path, schema);
            var index = Types.Count;
            Types.Add(null!);
            var properties = new List<CrdProperty>();
            AddProperties(typeName, path, schema, fields, properties);
            Types[index] = new CrdTypeDecl(CrdTypeKind.Record, typeName, path, Description(schema), null, new EquatableArray<CrdProperty>(properties), EquatableArray<CrdEnumMember>.Empty);
            return typeName;
        }

        private string Enum(string name, string path, ValuesMapping schema, ValuesSequence values)
        {
            var typeName = Reserve(name, path, schema);
            var members = new List<CrdEnumMember>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values.Items.Select(Text).Where(v => v is not null).Distinct(StringComparer.Ordinal))
            {
                var member = CrdNames.Pascal(value!);
                var wanted = member;
                for (var n = 2; !used.Add(member); n++)
                {
                    member = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                members.Add(new CrdEnumMember(member, value!));
            }

            Types.Add(new CrdTypeDecl(CrdTypeKind.Enum, typeName, path, Description(schema), null, EquatableArray<CrdProperty>.Empty, new EquatableArray<CrdEnumMember>(members)));
            return typeName;
        }

        private string Unsupported(ValuesMapping schema, string path, string what, string fallback)
        {
            Problems.Add(CrdProblem.Of(CrdImportRules.Unsupported, File, schema.Start.Line, schema.Start.Column, what, path, fallback));
            return fallback;
        }

        /// <summary>Takes <paramref name="wanted"/> for <paramref name="path"/>, or a numbered name when another path or a reserved name has it (KD8003).</summary>
        private string Reserve(string wanted, string path, ValuesNode at)
        {
            var name = wanted;
            for (var n = 2; taken.ContainsKey(name) || ReservedNames.Contains(name); n++)
            {
                name = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (name != wanted)
            {
                var other = taken.TryGetValue(wanted, out var otherPath) ? otherPath : "the type " + wanted + " of k8s.Models or KubeDsl";
                Problems.Add(CrdProblem.Of(CrdImportRules.NameCollision, File, at.Start.Line, at.Start.Column, path, wanted, other, name));
            }

            taken[name] = path;
            return name;
        }

        private static List<KeyValuePair<string, ValuesMapping>> Properties(ValuesMapping schema) =>
            Get(schema, "properties") is ValuesMapping properties
                ? properties.Entries.Where(e => e.Value is ValuesMapping).Select(e => new KeyValuePair<string, ValuesMapping>(e.Key.Text, (ValuesMapping)e.Value)).ToList()
                : new List<KeyValuePair<string, ValuesMapping>>();

        private static string? Description(ValuesMapping schema) => Text(Get(schema, "description"));
    }
}
