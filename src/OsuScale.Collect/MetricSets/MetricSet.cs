using System.Collections.Immutable;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// What one step of a campaign asks the metrics-operator for: the <c>network-osu-benchmark</c> metric on
/// <paramref name="Pods"/> pods, running <paramref name="Commands"/>, each wrapped in <c>time</c>.
/// </summary>
/// <param name="Name">The MetricSet's name (a valid <see cref="KubernetesName"/>).</param>
/// <param name="ApiVersion">The API version, <c>flux-framework.org/v1alpha2</c> or <c>flux-framework.org/v1alpha1</c>.</param>
/// <param name="Pods">The cluster size: one pod per node.</param>
/// <param name="Commands">The OSU benchmarks to run, in order; empty keeps the template's list (or the operator's default).</param>
/// <param name="Timed">Whether each benchmark is wrapped in <c>time</c> (<c>options.timed: "true"</c>); the wall times come from it.</param>
internal sealed record MetricSet(string Name, string ApiVersion, int Pods, ImmutableArray<string> Commands, bool Timed = true)
{
    /// <summary>The API group of the metrics-operator's resources.</summary>
    public const string Group = "flux-framework.org";

    /// <summary>The default API version (<c>flux-framework.org/v1alpha2</c>).</summary>
    public const string DefaultApiVersion = Group + "/v1alpha2";

    /// <summary>The kind.</summary>
    public const string Kind = "MetricSet";

    /// <summary>The metrics-operator metric that runs the OSU Micro-Benchmarks.</summary>
    public const string OsuMetric = "network-osu-benchmark";

    /// <summary>
    /// The full API version for a short or full spelling: <c>v1alpha1</c> and <c>flux-framework.org/v1alpha1</c> both give
    /// <c>flux-framework.org/v1alpha1</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Neither v1alpha1 nor v1alpha2.</exception>
    public static string NormalizeApiVersion(string apiVersion)
    {
        var version = apiVersion.Trim();
        if (version.StartsWith(Group + "/", StringComparison.Ordinal)) version = version[(Group.Length + 1)..];
        return version is "v1alpha1" or "v1alpha2"
            ? Group + "/" + version
            : throw new ArgumentException($"API version '{apiVersion}' is not supported: use v1alpha2 (default) or v1alpha1", nameof(apiVersion));
    }

    /// <summary>Equal when every field is, the commands compared element by element.</summary>
    public bool Equals(MetricSet? other) =>
        other is not null && Name == other.Name && ApiVersion == other.ApiVersion && Pods == other.Pods && Timed == other.Timed
        && (Commands.IsDefault ? [] : Commands).SequenceEqual(other.Commands.IsDefault ? [] : other.Commands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ApiVersion, Pods, Timed, Commands.IsDefault ? 0 : Commands.Length);

    /// <summary>Checks the name, size and commands, returning this MetricSet.</summary>
    /// <exception cref="ArgumentException">An invalid name, a size below 1 or a command that is not a plain benchmark name.</exception>
    public MetricSet Validated()
    {
        KubernetesName.Validate(Name);
        NormalizeApiVersion(ApiVersion);
        if (Pods < 1) throw new ArgumentException($"a MetricSet needs at least 1 pod, not {Pods}", nameof(Pods));
        BenchmarkCommand.ValidateAll(Commands);
        return this;
    }
}
