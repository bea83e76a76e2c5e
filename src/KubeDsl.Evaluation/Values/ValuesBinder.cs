using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Evaluation;

/// <summary>
/// Reads <c>KubeDslValues.Load&lt;T&gt;(path)</c> at build time: binds the values file's nodes to <c>T</c> over its
/// symbols with the conventions the runtime uses over reflection (<see cref="ValuesConventions"/>). A file that
/// does not fit is KD0013 at the offending line of the file.
/// </summary>
internal sealed class ValuesBinder
{
    private readonly Evaluator evaluator;
    private readonly string path;
    private readonly ValuesFileText file;
    private readonly Location callSite;

    private ValuesBinder(Evaluator evaluator, ValuesFileText file, Location callSite)
    {
        this.evaluator = evaluator;
        this.file = file;
        path = file.Path;
        this.callSite = callSite;
    }

    /// <summary>The value of <c>Load&lt;T&gt;(path)</c>; throws <see cref="EvaluationException"/> (KD0013) or <see cref="ValuesNeededException"/>.</summary>
    public static Value Load(Evaluator evaluator, ITypeSymbol type, string requested, Location callSite)
    {
        var path = ValuesConventions.NormalizePath(requested);
        var source = evaluator.Context.Values ?? throw new ValuesNeededException(path);
        ValuesFileText? file = null;
        try
        {
            if (source.Get(path) is not { } found)
            {
                throw new EvaluationException(
                    DiagnosticDescriptors.InvalidValuesFile,
                    callSite,
                    "The project has no values file '" + path + "'; add it as <KubeDslValues Include=\"" + path + "\" /> to the project (paths are relative to the project folder)");
            }

            file = found.File;
            return new ValuesBinder(evaluator, found.File, callSite).Bind(found.Root, type);
        }
        catch (ValuesFileException unparsed)
        {
            throw Invalid(unparsed.File, unparsed.Failure);
        }
        catch (ValuesException failure)
        {
            throw Invalid(file!, failure);
        }
    }

    private static EvaluationException Invalid(ValuesFileText file, ValuesException failure) =>
        new(DiagnosticDescriptors.InvalidValuesFile, LocationIn(file.FullPath, failure.Start, failure.End), file.Path + ": " + failure.Problem);

    private Value Bind(ValuesNode node, ITypeSymbol type)
    {
        evaluator.Context.Step(callSite);
        var typeName = evaluator.Types.DisplayName(type);
        if (node is ValuesScalar { IsNull: true } nullScalar)
        {
            return type.IsValueType && !IsNullable(type, out _) || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.NotAnnotated)
                ? throw ValuesConventions.NullNotAllowed(path, nullScalar, typeName)
                : Made(new NullValue());
        }

        if (IsNullable(type, out var underlying))
        {
            return Bind(node, underlying);
        }

        switch (evaluator.Types.ShapeOf(type))
        {
            case ValueShape.String:
                return Made(new PrimitiveValue(ValuesConventions.Scalar(Scalar(node, typeName), ValuesScalarKind.String, path, typeName)));
            case ValueShape.Boolean:
                return Made(new PrimitiveValue(ValuesConventions.Scalar(Scalar(node, typeName), ValuesScalarKind.Boolean, path, typeName)));
            case ValueShape.Integer:
                return Made(new PrimitiveValue(Integer(Scalar(node, typeName), type.SpecialType, typeName)));
            case ValueShape.Float:
                var number = (double)ValuesConventions.Scalar(Scalar(node, typeName), ValuesScalarKind.Double, path, typeName);
                return Made(new PrimitiveValue(type.SpecialType == SpecialType.System_Single ? (float)number : number));
            case ValueShape.Decimal:
                return Made(new PrimitiveValue(ValuesConventions.Scalar(Scalar(node, typeName), ValuesScalarKind.Decimal, path, typeName)));
            case ValueShape.Enum:
                return Made(Enum((INamedTypeSymbol)type, Scalar(node, typeName), typeName));
            case ValueShape.Quantity:
                var quantity = Scalar(node, typeName);
                return QuantityText.TryCanonicalize(quantity.Text, out var canonical, out var error)
                    ? Made(new QuantityValue(canonical))
                    : throw new ValuesException(path, error ?? ("'" + quantity.Text + "' is not a Kubernetes quantity"), quantity.Start, quantity.End);
            case ValueShape.IntOrString:
                return Made(new IntOrStringValue(Scalar(node, typeName).Text));
            case ValueShape.Text:
                return Made(new PrimitiveValue(Scalar(node, typeName).Text));
            case ValueShape.Sequence when ValueSemantics.ElementType(type) is { } element:
                if (node is not ValuesSequence sequence)
                {
                    throw ValuesConventions.WrongShape(path, node, "a list", typeName);
                }

                var list = new ListValue(type);
                foreach (var item in sequence.Items)
                {
                    list.Items.Add(Bind(item, element));
                }

                return Made(list);
            case ValueShape.Dictionary when type is INamedTypeSymbol { TypeArguments.Length: 2 } map && map.TypeArguments[0].SpecialType == SpecialType.System_String:
                var valueType = map.TypeArguments[1];
                if (node is not ValuesMapping entries)
                {
                    throw ValuesConventions.WrongShape(path, node, "a mapping", typeName);
                }

                var dictionary = new DictionaryValue(type);
                foreach (var entry in entries.Entries)
                {
                    dictionary.Entries.Add(new KeyValuePair<string, Value>(entry.Key.Text, Bind(entry.Value, valueType)));
                    dictionary.KeyOrigins.Add(callSite);
                }

                return Made(dictionary);
            case ValueShape.Object when type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named && named.SpecialType == SpecialType.None:
                return Made(Object(node, named, typeName));
            default:
                throw ValuesConventions.UnsupportedType(path, node, typeName);
        }
    }

    private ObjectValue Object(ValuesNode node, INamedTypeSymbol type, string typeName)
    {
        if (node is not ValuesMapping mapping)
        {
            throw ValuesConventions.WrongShape(path, node, "a mapping", typeName);
        }

        var properties = Settable(type);
        var primary = PrimaryConstructor(type);
        var bound = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var property = properties.FirstOrDefault(p => p.Name == entry.Key.Text) ?? properties.FirstOrDefault(p => ValuesConventions.KeyMatches(entry.Key.Text, p.Name))
                ?? throw ValuesConventions.UnknownKey(path, entry.Key, typeName, properties.Select(p => p.Name));
            bound[property.Name] = Bind(entry.Value, property.Type);
        }

        foreach (var property in properties)
        {
            var requiredByConstructor = primary?.Parameters.Any(p => p.Name == property.Name && !p.HasExplicitDefaultValue) == true;
            if ((property.IsRequired || requiredByConstructor) && !bound.ContainsKey(property.Name))
            {
                throw ValuesConventions.MissingRequired(path, mapping, typeName, property.Name);
            }
        }

        // As the primary constructor would: its parameters (from the file, else their defaults) are in scope for
        // the property initializers, and a record's become its positional properties; the file's keys come last.
        var created = new ObjectValue(type);
        var frame = new Frame(created);
        var positional = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var parameter in primary?.Parameters ?? [])
        {
            var value = bound.TryGetValue(parameter.Name, out var fromFile) ? fromFile
                : parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } constant ? Made<Value>(parameter.Type.TypeKind == TypeKind.Enum ? new EnumValue((INamedTypeSymbol)parameter.Type, constant) : new PrimitiveValue(constant))
                : new NullValue();
            frame.Set(parameter, value);
            positional[parameter.Name] = value;
        }

        evaluator.Semantics.ApplyPropertyInitializers(created, type, frame);
        foreach (var value in type.IsRecord ? positional.Concat(bound) : bound)
        {
            if (value.Value is NullValue)
            {
                created.Properties.Remove(value.Key);
            }
            else
            {
                created.Properties[value.Key] = value.Value;
            }

            created.PropertyOrigins[value.Key] = callSite;
        }

        return created;
    }

    // Public instance properties a values file may set: those with a setter or init accessor, and a positional
    // record's (which its constructor sets), from the type and its bases.
    private static List<IPropertySymbol> Settable(INamedTypeSymbol type)
    {
        var result = new List<IPropertySymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, SetMethod: not null } property
                    && property.Name != "EqualityContract" && result.All(p => p.Name != property.Name))
                {
                    result.Add(property);
                }
            }
        }

        return result;
    }

    // Only the kind of the declaring node is read (a primary constructor is declared by its type), which is part of
    // the declarations the member cache compares anyway, so this read need not be recorded.
#pragma warning disable RS0030
    private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length > 0 && c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax));
#pragma warning restore RS0030

    private object Integer(ValuesScalar scalar, SpecialType type, string typeName)
    {
        if (type == SpecialType.System_Int32)
        {
            return ValuesConventions.Scalar(scalar, ValuesScalarKind.Int32, path, typeName);
        }

        var wide = (long)ValuesConventions.Scalar(scalar, ValuesScalarKind.Int64, path, typeName);
        try
        {
            return type switch
            {
                SpecialType.System_Int64 => wide,
                SpecialType.System_Int16 => checked((short)wide),
                SpecialType.System_Byte => checked((byte)wide),
                SpecialType.System_SByte => checked((sbyte)wide),
                SpecialType.System_UInt16 => checked((ushort)wide),
                SpecialType.System_UInt32 => checked((uint)wide),
                _ => checked((ulong)wide),
            };
        }
        catch (OverflowException)
        {
            throw new ValuesException(path, "'" + scalar.Text + "' is out of the range of " + typeName, scalar.Start, scalar.End);
        }
    }

    private EnumValue Enum(INamedTypeSymbol type, ValuesScalar scalar, string typeName)
    {
        // The YAML text of each member as the emitter writes it, so a file and the manifests agree.
        var values = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => new EnumValue(type, f.ConstantValue!)).ToList();
        var members = values.Select(v => new KeyValuePair<string, string>(evaluator.Types.EnumText(v)!, evaluator.Types.EnumMemberName(v)!)).ToList();
        return values[ValuesConventions.EnumMember(scalar, members, path, typeName)];
    }

    private ValuesScalar Scalar(ValuesNode node, string typeName) =>
        node as ValuesScalar ?? throw ValuesConventions.WrongShape(path, node, "a scalar", typeName);

    private static bool IsNullable(ITypeSymbol type, out ITypeSymbol underlying)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            underlying = nullable.TypeArguments[0];
            return true;
        }

        underlying = type;
        return false;
    }

    // Values read from a file were made by the call: findings on them point at it.
    private T Made<T>(T value)
        where T : Value
    {
        value.Origin = callSite;
        return value;
    }

    private static Location LocationIn(string fullPath, ValuesMark start, ValuesMark end)
    {
        var startPosition = new LinePosition(Math.Max(0, start.Line - 1), Math.Max(0, start.Column - 1));
        var endPosition = new LinePosition(Math.Max(0, end.Line - 1), Math.Max(0, end.Column - 1));
        if (endPosition < startPosition)
        {
            endPosition = startPosition;
        }

        return Location.Create(fullPath, new TextSpan(start.Offset, Math.Max(0, end.Offset - start.Offset)), new LinePositionSpan(startPosition, endPosition));
    }
}
