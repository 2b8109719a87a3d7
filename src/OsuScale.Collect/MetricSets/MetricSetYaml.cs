using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Serialization;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// Writes <see cref="MetricSet"/>s as Kubernetes YAML with YamlDotNet, either from the built-in template or from a user's
/// template whose other fields (logging, resources, images, extra metrics) are kept; and reads them back.
/// </summary>
internal static class MetricSetYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .WithEventEmitter(next => new QuoteAmbiguousStrings(next))
        .DisableAliases()
        .Build();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithAttemptingUnquotedStringTypeDeserialization()
        .Build();

    /// <summary>Renders <paramref name="metricSet"/> with the built-in template.</summary>
    /// <exception cref="ArgumentException">The MetricSet is invalid (see <see cref="MetricSet.Validated"/>).</exception>
    public static string Write(MetricSet metricSet) => Write(metricSet, template: null);

    /// <summary>
    /// Renders <paramref name="metricSet"/> over <paramref name="template"/> (a loaded <see cref="MetricSetTemplate"/>), or
    /// over the built-in one when null. Name, pods, commands and <c>options.timed</c> are set; the rest of the template is kept.
    /// </summary>
    /// <exception cref="ArgumentException">The MetricSet is invalid.</exception>
    public static string Write(MetricSet metricSet, MetricSetTemplate? template)
    {
        metricSet.Validated();
        var root = template is null ? BuiltIn() : DeepCopy(template.Root);
        root["apiVersion"] = metricSet.ApiVersion;
        root["kind"] = MetricSet.Kind;

        var metadata = Map(root, "metadata");
        metadata["name"] = metricSet.Name;
        var labels = Map(metadata, "labels");
        labels["app.kubernetes.io/name"] = "metricset";
        labels["app.kubernetes.io/instance"] = metricSet.Name;
        labels["app.kubernetes.io/managed-by"] = "osu-scale";

        var spec = Map(root, "spec");
        spec["pods"] = metricSet.Pods;
        var osu = OsuMetric(spec);
        if (!metricSet.Commands.IsDefaultOrEmpty)
            Map(osu, "listOptions")["commands"] = metricSet.Commands.Cast<object?>().ToList();
        Map(osu, "options")["timed"] = metricSet.Timed ? "true" : "false";

        return Serializer.Serialize(root);
    }

    /// <summary>Reads the MetricSet fields back from YAML written by <see cref="Write(MetricSet, MetricSetTemplate?)"/> (or by hand).</summary>
    /// <exception cref="MetricSetTemplateException">The text is not a MetricSet with a <c>network-osu-benchmark</c> metric.</exception>
    public static MetricSet Read(string yaml, string source = "(text)")
    {
        var root = MetricSetTemplate.Parse(yaml, source).Root;
        var metadata = root.TryGetValue("metadata", out var m) && m is IDictionary<object, object?> md ? md : new Dictionary<object, object?>();
        var spec = (IDictionary<object, object?>)root["spec"]!;
        var osu = OsuMetric(spec);
        var commands = osu.TryGetValue("listOptions", out var lo) && lo is IDictionary<object, object?> list
                       && list.TryGetValue("commands", out var c) && c is IList items
            ? items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").ToImmutableArray()
            : [];
        var timed = osu.TryGetValue("options", out var op) && op is IDictionary<object, object?> options
                    && options.TryGetValue("timed", out var t) && string.Equals(Convert.ToString(t, CultureInfo.InvariantCulture), "true", StringComparison.OrdinalIgnoreCase);
        return new MetricSet(
            Convert.ToString(metadata.TryGetValue("name", out var n) ? n : "", CultureInfo.InvariantCulture) ?? "",
            Convert.ToString(root.TryGetValue("apiVersion", out var a) ? a : "", CultureInfo.InvariantCulture) ?? "",
            spec.TryGetValue("pods", out var p) ? Convert.ToInt32(p, CultureInfo.InvariantCulture) : 0,
            commands,
            timed);
    }

    internal static Dictionary<object, object?> Deserialize(string yaml) =>
        Deserializer.Deserialize<Dictionary<object, object?>>(yaml) ?? [];

    /// <summary>The built-in template: the metrics-operator's example for <c>network-osu-benchmark</c>, without interactive logging.</summary>
    private static Dictionary<object, object?> BuiltIn() => new()
    {
        ["apiVersion"] = MetricSet.DefaultApiVersion,
        ["kind"] = MetricSet.Kind,
        ["metadata"] = new Dictionary<object, object?>(),
        ["spec"] = new Dictionary<object, object?>
        {
            ["pods"] = 2,
            ["metrics"] = new List<object?>
            {
                new Dictionary<object, object?>
                {
                    ["name"] = MetricSet.OsuMetric,
                    ["options"] = new Dictionary<object, object?> { ["timed"] = "true" },
                },
            },
        },
    };

    internal static IDictionary<object, object?> OsuMetric(IDictionary<object, object?> spec)
    {
        if (!spec.TryGetValue("metrics", out var metrics) || metrics is not IList list)
            throw new MetricSetTemplateException("spec.metrics is missing: the template must list the network-osu-benchmark metric");
        foreach (var item in list)
            if (item is IDictionary<object, object?> metric && metric.TryGetValue("name", out var name)
                && string.Equals(Convert.ToString(name, CultureInfo.InvariantCulture), MetricSet.OsuMetric, StringComparison.Ordinal))
                return metric;
        throw new MetricSetTemplateException($"spec.metrics has no '{MetricSet.OsuMetric}' metric");
    }

    private static IDictionary<object, object?> Map(IDictionary<object, object?> parent, string key)
    {
        if (parent.TryGetValue(key, out var value) && value is IDictionary<object, object?> map) return map;
        if (value is not null && value is not IDictionary<object, object?>)
            throw new MetricSetTemplateException($"'{key}' must be a mapping");
        var created = new Dictionary<object, object?>();
        parent[key] = created;
        return created;
    }

    private static Dictionary<object, object?> DeepCopy(IDictionary<object, object?> map) =>
        map.ToDictionary(kv => kv.Key, kv => Copy(kv.Value));

    private static object? Copy(object? value) => value switch
    {
        IDictionary<object, object?> map => DeepCopy(map),
        IList list => list.Cast<object?>().Select(Copy).ToList(),
        _ => value,
    };
}
