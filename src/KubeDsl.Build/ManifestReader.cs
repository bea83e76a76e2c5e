using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using KubeDsl.Documents;

namespace KubeDsl.Build;

/// <summary>
/// Reads the manifests the generator embedded in a compiled assembly ([assembly: GeneratedManifests(bundle)]) with
/// System.Reflection.Metadata, without loading it (the build must not lock or run user code).
/// </summary>
internal static class ManifestReader
{
    public static IReadOnlyList<EmbeddedManifest> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsGeneratedManifests(metadata, attribute))
            {
                continue;
            }

            var value = attribute.DecodeValue(new StringOnlyTypeProvider());
            if (value.FixedArguments.Length == 1 && value.FixedArguments[0].Value is string bundle)
            {
                return ManifestBundle.Decode(bundle);
            }
        }

        // A project without [Manifest] members has no bundle.
        return [];
    }

    private static bool IsGeneratedManifests(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => Is(metadata, metadata.GetTypeReference((TypeReferenceHandle)type).Namespace, metadata.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Is(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool Is(MetadataReader metadata, StringHandle ns, StringHandle name) =>
        metadata.StringComparer.Equals(ns, ManifestBundle.AttributeNamespace) && metadata.StringComparer.Equals(name, ManifestBundle.AttributeName);

    // The attribute has one string argument; anything else means it is not ours.
    private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) =>
            typeCode switch
            {
                PrimitiveTypeCode.String => typeof(string),
                _ => throw new BadImageFormatException("Unexpected argument type " + typeCode),
            };

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => throw new BadImageFormatException("Unexpected array argument");

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromSerializedName(string name) => typeof(object);

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
