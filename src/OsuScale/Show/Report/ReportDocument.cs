using System.Collections.Immutable;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>
/// A scaling report, built by <see cref="ReportBuilder"/> and written by the Markdown and HTML exporters: what was run,
/// the benchmarks grouped by verdict with their figures and reasons, the table of verdicts, the predictions, the
/// executions that did not complete and, when a hand-made times.log was given, where it disagrees with the logs.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="Run">What was run.</param>
/// <param name="Figures">Whole-campaign figures (overview, growth map), in order.</param>
/// <param name="Sections">Size-independent, possible scalability issues, scalability issues (and benchmarks not analysed, when any), in that order.</param>
/// <param name="Verdicts">Every wall-time verdict, in benchmark order.</param>
/// <param name="PredictAt">The node counts predictions were asked for.</param>
/// <param name="Predictions">The predicted wall times at those sizes.</param>
/// <param name="Problems">Executions that did not complete (incomplete, failed, without table, repeated), with file:line.</param>
/// <param name="Diagnostics">What the parser noticed and tolerated.</param>
/// <param name="TimesLog">The comparison with a hand-made times.log, when one was given.</param>
/// <param name="Noise">How the run-to-run noise the verdicts were compared with was obtained (one sentence), when known.</param>
/// <param name="AnalysisNotes">What the analysis left out and why (series with non-positive values, …).</param>
public sealed record ReportDocument(
    string Title,
    RunSummary Run,
    ImmutableArray<ReportFigure> Figures,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<ScalingVerdict> Verdicts,
    ImmutableArray<double> PredictAt,
    ImmutableArray<PredictionRow> Predictions,
    ImmutableArray<ExecutionProblem> Problems,
    ImmutableArray<ParseDiagnostic> Diagnostics,
    TimesLogSection? TimesLog,
    string? Noise = null,
    ImmutableArray<string> AnalysisNotes = default)
{
    /// <summary>Every figure of the report: the campaign figures, then each benchmark's.</summary>
    public IEnumerable<ReportFigure> AllFigures =>
        Figures.Concat(Sections.SelectMany(s => s.Entries).SelectMany(e => e.MessageSize is null ? [e.Scaling] : new[] { e.Scaling, e.MessageSize }));
}

/// <summary>What a campaign ran.</summary>
/// <param name="Sizes">The node counts.</param>
/// <param name="Benchmarks">The benchmark names, in first-seen order.</param>
/// <param name="MinRepetitions">The fewest complete repetitions of a benchmark at a size.</param>
/// <param name="MaxRepetitions">The most complete repetitions of a benchmark at a size.</param>
/// <param name="Executions">All executions read.</param>
/// <param name="CompleteExecutions">Those that completed.</param>
/// <param name="TotalWallSeconds">The sum of the wall times of the complete executions.</param>
/// <param name="Metadata">Facts about the cluster and the run from the logs (launcher, tasks per node, OMB version, …).</param>
/// <param name="Sources">The files read.</param>
public sealed record RunSummary(
    ImmutableArray<int> Sizes,
    ImmutableArray<string> Benchmarks,
    int MinRepetitions,
    int MaxRepetitions,
    int Executions,
    int CompleteExecutions,
    double TotalWallSeconds,
    ImmutableArray<MetadataItem> Metadata,
    ImmutableArray<string> Sources);

/// <summary>One fact of the run's metadata.</summary>
/// <param name="Key">What it is (<c>launcher</c>, <c>tasks per node</c>).</param>
/// <param name="Value">Its value(s), comma-separated when the logs disagree.</param>
public sealed record MetadataItem(string Key, string Value);

/// <summary>One of the report's groups of benchmarks.</summary>
/// <param name="Category">The verdict category, or null for benchmarks without a verdict.</param>
/// <param name="Heading">The heading (<c>Scalability issues</c>).</param>
/// <param name="Description">One sentence on what the group means.</param>
/// <param name="Entries">The benchmarks in it, by name.</param>
public sealed record ReportSection(ScalingCategory? Category, string Heading, string Description, ImmutableArray<ReportEntry> Entries);

/// <summary>One benchmark in a section: its verdict and figures.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Verdict">Its wall-time verdict, or null.</param>
/// <param name="Scaling">Its scaling plot.</param>
/// <param name="MessageSize">Its message-size plot, when it has a table with sizes.</param>
public sealed record ReportEntry(string Benchmark, ScalingVerdict? Verdict, ReportFigure Scaling, ReportFigure? MessageSize);

/// <summary>A predicted wall time.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Category">Its verdict's category.</param>
/// <param name="Prediction">The prediction with its interval.</param>
public sealed record PredictionRow(string Benchmark, ScalingCategory Category, Prediction Prediction);

/// <summary>An execution that did not complete.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Nodes">Its node count, when known.</param>
/// <param name="Iteration">Its repetition.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">Why, for a person.</param>
/// <param name="Source">Where it starts in its log.</param>
public sealed record ExecutionProblem(string Benchmark, int? Nodes, int Iteration, ExecutionStatus Status, string Detail, SourceLocation Source);

/// <summary>The comparison of a hand-made times.log with the times derived from the logs.</summary>
/// <param name="File">The times.log given.</param>
/// <param name="RowsCompared">How many rows were compared.</param>
/// <param name="Discrepancies">Every missing, extra or different row.</param>
public sealed record TimesLogSection(string File, int RowsCompared, ImmutableArray<TimesLogDiscrepancy> Discrepancies);

/// <summary>One row where a hand-made times.log and the logs disagree.</summary>
/// <param name="Kind"><c>missing</c> (in the logs, not in times.log), <c>extra</c> (in times.log only) or <c>different</c>.</param>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Nodes">The node count.</param>
/// <param name="Iteration">The repetition, when known.</param>
/// <param name="TimesLogSeconds">The time in times.log, when there is one.</param>
/// <param name="LogSeconds">The time in the logs, when there is one.</param>
/// <param name="Location">Where in times.log (or the log) the row is.</param>
public sealed record TimesLogDiscrepancy(string Kind, string Benchmark, int Nodes, int? Iteration, double? TimesLogSeconds, double? LogSeconds, string Location);

/// <summary>Building the times.log section from the parser's comparison.</summary>
public static class TimesLogSections
{
    /// <summary>The section for a comparison of the hand-made <paramref name="file"/> with the logs.</summary>
    public static TimesLogSection From(string file, OsuScale.Campaigns.TimesComparison comparison) => new(
        file,
        comparison.Matching + comparison.Differences.Count(d => d.HandMade is not null && d.Derived is not null)
            + comparison.Differences.Count(d => d.HandMade is null || d.Derived is null),
        [
            .. comparison.Differences.Select(d => new TimesLogDiscrepancy(
                d.Kind.ToString().ToLowerInvariant(),
                d.Metric,
                d.SizeNodes,
                d.Iteration,
                d.HandMade?.TimeSeconds,
                d.Derived?.TimeSeconds,
                (d.HandMadeSource ?? d.DerivedSource)?.ToString() ?? "")),
        ]);
}
