using YamlDotNet.Core;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// A user's MetricSet YAML (<c>--template metricset.yaml</c>), loaded with YamlDotNet. Each step's MetricSet is written
/// over a copy of it: name, pods, commands and <c>options.timed</c> are replaced, everything else is kept.
/// </summary>
internal sealed class MetricSetTemplate
{
    private MetricSetTemplate(Dictionary<object, object?> root, string source, string apiVersion)
    {
        Root = root;
        Source = source;
        ApiVersion = apiVersion;
    }

    internal IDictionary<object, object?> Root { get; }

    /// <summary>Where the template was read from.</summary>
    public string Source { get; }

    /// <summary>The template's API version (<c>flux-framework.org/v1alpha1</c> for the kubecon templates).</summary>
    public string ApiVersion { get; }

    /// <summary>Loads a template file.</summary>
    /// <exception cref="MetricSetTemplateException">The file is missing, is not YAML, or is not a MetricSet with the OSU metric.</exception>
    public static MetricSetTemplate Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetricSetTemplateException($"{path}: cannot read the template: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses template text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="MetricSetTemplateException">Not YAML, or not a MetricSet with the OSU metric.</exception>
    public static MetricSetTemplate Parse(string yaml, string source = "(text)")
    {
        Dictionary<object, object?> root;
        try { root = MetricSetYaml.Deserialize(yaml); }
        catch (YamlException e)
        {
            throw new MetricSetTemplateException($"{source}:{e.Start.Line}: not valid YAML: {e.Message}");
        }
        string Field(string key) => root.TryGetValue(key, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        if (Field("kind") != MetricSet.Kind)
            throw new MetricSetTemplateException($"{source}: kind is '{Field("kind")}', expected {MetricSet.Kind}");
        string apiVersion;
        try { apiVersion = MetricSet.NormalizeApiVersion(Field("apiVersion")); }
        catch (ArgumentException e) { throw new MetricSetTemplateException($"{source}: {e.Message}"); }
        if (!root.TryGetValue("spec", out var spec) || spec is not IDictionary<object, object?> specMap)
            throw new MetricSetTemplateException($"{source}: spec is missing");
        try { MetricSetYaml.OsuMetric(specMap); }
        catch (MetricSetTemplateException e) { throw new MetricSetTemplateException($"{source}: {e.Message}"); }
        return new MetricSetTemplate(root, source, apiVersion);
    }
}

/// <summary>A MetricSet template or YAML document that cannot be used, with the file it came from.</summary>
internal sealed class MetricSetTemplateException(string message) : Exception(message);
