using System.Collections.Immutable;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale run</c> was asked to do (validated at parse time by <see cref="RunCommand"/>).</summary>
/// <param name="Sizes">Cluster sizes in the order to run; empty with <paramref name="Resume"/>.</param>
/// <param name="Iterations">Repetitions per size.</param>
/// <param name="Commands">OSU benchmarks; empty for the template's or the operator's default.</param>
/// <param name="Template">A MetricSet YAML to start from, or null.</param>
/// <param name="ApiVersion">The MetricSet API version, or null for the default.</param>
/// <param name="Output">The campaign folder (with <paramref name="Resume"/>: the same folder).</param>
/// <param name="Resume">True to continue the campaign in <paramref name="Output"/>.</param>
/// <param name="Kubectl">How to reach the cluster.</param>
/// <param name="Timeout">Stop the whole run after this long, or null.</param>
/// <param name="ScheduleTimeout">How long a launcher pod may stay pending, or null for the default.</param>
/// <param name="PollInterval">Pause between two looks at the pods, or null for the default.</param>
/// <param name="Keep">Leave a failed step's MetricSet in the cluster.</param>
/// <param name="DryRun">Print the plan only.</param>
/// <param name="EstimateFrom">A previous <c>analyze</c> folder to estimate durations from, or null.</param>
/// <param name="Wide">Print the plan table at its full width.</param>
internal sealed record RunSettings(
    ImmutableArray<int> Sizes, int Iterations, ImmutableArray<string> Commands, string? Template, string? ApiVersion,
    string Output, bool Resume, KubectlSettings Kubectl, TimeSpan? Timeout, TimeSpan? ScheduleTimeout, TimeSpan? PollInterval,
    bool Keep, bool DryRun, string? EstimateFrom, bool Wide);

/// <summary>How <c>run</c> calls kubectl.</summary>
/// <param name="Program">The kubectl program.</param>
/// <param name="Context">The kubeconfig context, or null.</param>
/// <param name="Kubeconfig">The kubeconfig file, or null.</param>
/// <param name="Namespace">The namespace, or null for the context's.</param>
internal sealed record KubectlSettings(string Program, string? Context, string? Kubeconfig, string? Namespace);
