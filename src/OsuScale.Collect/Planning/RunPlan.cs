using System.Collections.Immutable;
using OsuScale.Collect.Running;

namespace OsuScale.Collect.Planning;

/// <summary>What a campaign will do, step by step, before anything is sent to the cluster (<c>--dry-run</c>).</summary>
/// <param name="OutputDirectory">The campaign folder.</param>
/// <param name="Settings">What it runs.</param>
/// <param name="Steps">Each MetricSet, its files, its kubectl commands and its estimate.</param>
/// <param name="Setup">The kubectl commands run once per campaign (saving the nodes).</param>
/// <param name="EstimatesSource">Where the estimates came from, or empty.</param>
internal sealed record RunPlan(
    string OutputDirectory,
    CampaignSettings Settings,
    ImmutableArray<PlannedStep> Steps,
    ImmutableArray<string> Setup,
    string EstimatesSource)
{
    /// <summary>The expected wall time of all steps (known parts only), or null when nothing is known.</summary>
    public TimeSpan? EstimatedDuration => Sum(Steps.Select(s => s.Estimate.Duration));

    /// <summary>The expected node-hours (wall time times pods, known parts only), or null when nothing is known.</summary>
    public double? EstimatedNodeHours =>
        Steps.Any(s => s.Estimate.Duration is not null) ? Steps.Sum(s => s.NodeHours ?? 0) : null;

    /// <summary>True when every step's estimate covers all its benchmarks.</summary>
    public bool EstimateComplete => Steps.All(s => s.Estimate.Complete);

    private static TimeSpan? Sum(IEnumerable<TimeSpan?> parts)
    {
        var known = parts.Where(p => p is not null).Select(p => p!.Value).ToList();
        return known.Count == 0 ? null : known.Aggregate(TimeSpan.Zero, (a, b) => a + b);
    }
}

/// <summary>One MetricSet of a plan.</summary>
/// <param name="Step">The step as the run manifest records it.</param>
/// <param name="Yaml">The MetricSet YAML that will be applied.</param>
/// <param name="Commands">The kubectl command lines, in order, as a person would type them.</param>
/// <param name="Benchmarks">The benchmarks it runs (empty when the template's list is kept and unknown).</param>
/// <param name="Estimate">Its expected wall time.</param>
internal sealed record PlannedStep(RunStep Step, string Yaml, ImmutableArray<string> Commands, ImmutableArray<string> Benchmarks, StepEstimate Estimate)
{
    /// <summary>The expected node-hours of this step, or null.</summary>
    public double? NodeHours => Estimate.Duration is { } d ? d.TotalHours * Step.Size : null;
}
