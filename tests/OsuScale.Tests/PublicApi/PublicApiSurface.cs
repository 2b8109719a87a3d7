using System.Globalization;
using System.Reflection;
using System.Text;

namespace OsuScale.Tests.PublicApi;

/// <summary>
/// Describes the public surface of an assembly as sorted text lines, one per public type and member: everything a
/// consumer can compile against — public and protected members (of types that can be derived from), operators,
/// implemented interfaces, base types, parameter defaults and nullable reference annotations.
/// </summary>
internal static class PublicApiSurface
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add(TypeLine(type));
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                // Compiler-generated unspeakable members (a record's <Clone>$) cannot be called from source.
                if (!IsVisible(type, member) || member.Name.StartsWith('<')) continue;
                var line = MemberLine(type, member);
                if (line is not null) lines.Add(line);
            }
        }
        lines.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var line in lines) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>Public members, and protected ones when a consumer can derive from the type.</summary>
    private static bool IsVisible(Type type, MemberInfo member)
    {
        static bool Shown(MethodBase? m, bool derivable) =>
            m is not null && (m.IsPublic || (derivable && (m.IsFamily || m.IsFamilyOrAssembly)));
        var derivable = !type.IsSealed && !type.IsValueType && !type.IsInterface;
        return member switch
        {
            MethodBase m => Shown(m, derivable),
            PropertyInfo p => Shown(p.GetMethod, derivable) || Shown(p.SetMethod, derivable),
            FieldInfo f => f.IsPublic || (derivable && (f.IsFamily || f.IsFamilyOrAssembly)),
            EventInfo e => Shown(e.AddMethod, derivable),
            Type nested => nested.IsNestedPublic,
            _ => false,
        };
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{Name(type)} [{kind}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}]";
    }

    private static string? MemberLine(Type type, MemberInfo member)
    {
        var owner = Name(type);
        switch (member)
        {
            case ConstructorInfo c:
                return $"{owner}..ctor({Parameters(c.GetParameters())}){Access(c)}";
            case MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"{owner}.{m.Name}{Generic(m)}({Parameters(m.GetParameters())}) -> {Annotated(m.ReturnParameter)}{(m.IsStatic ? " [static]" : "")}{Modifiers(m)}{Access(m)}";
            case PropertyInfo p:
                var get = p.GetMethod is { } g && (g.IsPublic || g.IsFamily || g.IsFamilyOrAssembly) ? (g.IsPublic ? "get;" : "protected get;") : "";
                var set = p.SetMethod is { } s && (s.IsPublic || s.IsFamily || s.IsFamilyOrAssembly)
                    ? (s.IsPublic ? "" : "protected ") + (IsInit(s) ? "init;" : "set;") : "";
                var indexer = p.GetIndexParameters() is { Length: > 0 } ip ? "[" + Parameters(ip) + "]" : "";
                var accessor = p.GetMethod ?? p.SetMethod;
                return $"{owner}.{p.Name}{indexer} : {Annotated(p)} {{{get}{set}}}{(accessor?.IsStatic == true ? " [static]" : "")}{(accessor is null ? "" : Modifiers(accessor))}";
            case FieldInfo f when type.IsEnum:
                return f.IsSpecialName ? null : $"{owner}.{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            case FieldInfo f:
                return $"{owner}.{f.Name} : {Annotated(f)}{(f.IsLiteral ? " [const " + Literal(f.GetRawConstantValue()) + "]" : f.IsStatic ? " [static]" : "")}{(f.IsInitOnly ? " [readonly]" : "")}{(f.IsPublic ? "" : " [protected]")}";
            case EventInfo e:
                return $"{owner}.{e.Name} : event {Name(e.EventHandlerType!)}";
            case Type nested:
                return null; // listed as a type of its own by GetExportedTypes
            default:
                return null;
        }
    }

    private static string Access(MethodBase m) => m.IsPublic ? "" : " [protected]";

    private static string Modifiers(MethodInfo m) =>
        m.IsAbstract ? " [abstract]"
        : m.IsVirtual && !m.IsFinal && m.GetBaseDefinition() == m ? " [virtual]"
        : m.IsVirtual && m.GetBaseDefinition() != m ? " [override]" : "";

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(",", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(ParameterInfo[] ps) =>
        string.Join(", ", ps.Select(p => $"{Passing(p)} {p.Name}{(p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : "")}"));

    private static string Passing(ParameterInfo p)
    {
        var text = Annotated(p);
        if (!p.ParameterType.IsByRef) return text;
        var modifier = p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
        return modifier + text["ref ".Length..];
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Nullable reference annotations are part of the contract: string and string? are different APIs to a caller.
    private static string Annotated(ParameterInfo p) => Annotated(p.ParameterType, Safe(() => Nullability.Create(p)));
    private static string Annotated(PropertyInfo p) => Annotated(p.PropertyType, Safe(() => Nullability.Create(p)));
    private static string Annotated(FieldInfo f) => Annotated(f.FieldType, Safe(() => Nullability.Create(f)));

    private static NullabilityInfo? Safe(Func<NullabilityInfo> create)
    {
        try { return create(); }
        catch (InvalidOperationException) { return null; }
    }

    private static string Annotated(Type type, NullabilityInfo? info)
    {
        var name = Name(type);
        return info is not null && !type.IsValueType && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type t)
    {
        if (t.IsByRef) return "ref " + Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsGenericParameter) return t.Name;
        if (!t.IsGenericType) return t.FullName ?? t.Name;
        var name = t.GetGenericTypeDefinition().FullName ?? t.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        return name + "<" + string.Join(",", t.GetGenericArguments().Select(Name)) + ">";
    }
}
