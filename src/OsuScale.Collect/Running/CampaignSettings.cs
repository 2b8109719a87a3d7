using System.Collections.Immutable;
using OsuScale.Collect.MetricSets;

namespace OsuScale.Collect.Running;

/// <summary>What a campaign runs; stored in the run manifest so that <c>--resume</c> runs the same campaign.</summary>
/// <param name="Sizes">The cluster sizes (pods), in the order they are run.</param>
/// <param name="Iterations">The repetitions per size.</param>
/// <param name="Commands">The OSU benchmarks; empty keeps the template's list.</param>
/// <param name="TemplatePath">The user's MetricSet template, or null for the built-in one.</param>
/// <param name="ApiVersion">The API version asked for, or null for the template's (v1alpha2 for the built-in one).</param>
/// <param name="NamePrefix">The prefix of every MetricSet name (<c>osu-scale</c> gives <c>osu-scale-s64-i2</c>).</param>
internal sealed record CampaignSettings(
    ImmutableArray<int> Sizes,
    int Iterations,
    ImmutableArray<string> Commands,
    string? TemplatePath = null,
    string? ApiVersion = null,
    string NamePrefix = "osu-scale")
{
    /// <summary>Checks every field, naming the first that is wrong.</summary>
    /// <exception cref="ArgumentException">No sizes, a size below 1, a repeated size, fewer than 1 iteration, a bad command or prefix.</exception>
    public CampaignSettings Validated()
    {
        if (Sizes.IsDefaultOrEmpty) throw new ArgumentException("no sizes given: use --sizes 4,8,16");
        foreach (var size in Sizes)
            if (size < 1) throw new ArgumentException(FormattableString.Invariant($"size {size} is not a node count: sizes must be at least 1"));
        if (Sizes.Distinct().Count() != Sizes.Length) throw new ArgumentException("a size is repeated in --sizes; use --iterations for repetitions");
        if (Iterations < 1) throw new ArgumentException(FormattableString.Invariant($"--iterations must be at least 1, not {Iterations}"));
        BenchmarkCommand.ValidateAll(Commands.IsDefault ? [] : Commands);
        KubernetesName.ForStep(NamePrefix, Sizes.Max(), Iterations);
        if (ApiVersion is not null) MetricSet.NormalizeApiVersion(ApiVersion);
        return this;
    }
}
