using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>The text of the report's table cells and summary lines, shared by the Markdown and HTML exporters (unescaped).</summary>
public static class ReportCells
{
    /// <summary>The header of the verdict table.</summary>
    public static IReadOnlyList<string> VerdictHeader { get; } =
        ["Benchmark", "Category", "Growth", "Model", "Exponent [95 % CI]", "Sizes", "Runs", "Noise", "Confidence", "R²"];

    /// <summary>One row of the verdict table.</summary>
    public static IReadOnlyList<string> VerdictRow(ScalingVerdict v) =>
    [
        v.Benchmark,
        ShowText.Category(v.Category),
        ShowText.Growth(v.Growth),
        v.Fit.Model.Formula,
        $"{ShowText.Number(v.Exponent.Value)} [{ShowText.Number(v.Exponent.Low)}, {ShowText.Number(v.Exponent.High)}]",
        v.Points.ToString(CultureInfo.InvariantCulture),
        v.Repetitions.ToString(CultureInfo.InvariantCulture),
        Percent(v.Noise),
        ShowText.Confidence(v.Confidence),
        v.Fit.RSquared.ToString("0.000", CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// The table of contents: the id and label of every part of the report, in page order (summary, cost, the three
    /// groups with their counts, figures, fit details, executions not completed, times.log, what was run).
    /// </summary>
    public static IReadOnlyList<(string Id, string Label)> Contents(ReportDocument report)
    {
        var contents = new List<(string, string)> { (ReportAnchors.Summary, "Summary"), (ReportAnchors.Cost, "Cost per size") };
        contents.AddRange(report.Sections.Select(s => (ReportAnchors.Section(s.Category), string.Create(CultureInfo.InvariantCulture, $"{s.Heading} ({s.Entries.Length})"))));
        if (report.Figures.Length > 0) contents.Add((ReportAnchors.Overview, "Figures"));
        contents.Add((ReportAnchors.Verdicts, "Fit details"));
        contents.Add((ReportAnchors.Problems, string.Create(CultureInfo.InvariantCulture, $"Incomplete or failed ({report.Problems.Length})")));
        if (report.TimesLog is not null) contents.Add((ReportAnchors.TimesLog, "times.log"));
        contents.Add((ReportAnchors.Run, "What was run"));
        return contents;
    }

    /// <summary>The header of the problem table.</summary>
    public static IReadOnlyList<string> ProblemHeader { get; } = ["Benchmark", "Nodes", "Iteration", "Status", "Detail", "Where"];

    /// <summary>One row of the problem table.</summary>
    public static IReadOnlyList<string> ProblemRow(ExecutionProblem p) =>
    [
        p.Benchmark,
        p.Nodes?.ToString(CultureInfo.InvariantCulture) ?? "?",
        p.Iteration.ToString(CultureInfo.InvariantCulture),
        Status(p.Status),
        p.Detail,
        p.Source.ToString(),
    ];

    /// <summary>The header of the times.log discrepancy table.</summary>
    public static IReadOnlyList<string> DiscrepancyHeader { get; } = ["Kind", "Benchmark", "Nodes", "Iteration", "times.log (s)", "logs (s)", "Where"];

    /// <summary>One row of the times.log discrepancy table.</summary>
    public static IReadOnlyList<string> DiscrepancyRow(TimesLogDiscrepancy d) =>
    [
        d.Kind,
        d.Benchmark,
        d.Nodes.ToString(CultureInfo.InvariantCulture),
        d.Iteration?.ToString(CultureInfo.InvariantCulture) ?? "",
        d.TimesLogSeconds?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
        d.LogSeconds?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
        d.Location,
    ];

    /// <summary>The lines of "What was run", as label and value.</summary>
    public static IReadOnlyList<(string Label, string Value)> RunLines(RunSummary run)
    {
        var repetitions = run.MinRepetitions == run.MaxRepetitions
            ? run.MaxRepetitions.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{run.MinRepetitions}–{run.MaxRepetitions}");
        return
        [
            ("Sizes", run.Sizes.Length == 0 ? "none" : string.Join(", ", run.Sizes) + " nodes"),
            (string.Create(CultureInfo.InvariantCulture, $"Benchmarks ({run.Benchmarks.Length})"), string.Join(", ", run.Benchmarks)),
            ("Repetitions per benchmark and size", repetitions),
            ("Executions", string.Create(CultureInfo.InvariantCulture,
                $"{run.Executions} read, {run.CompleteExecutions} complete; total wall time {ShowText.Duration(run.TotalWallSeconds)}")),
            ("Logs", SourcesLine(run.Sources)),
        ];
    }

    /// <summary>
    /// The files read, grouped by folder so that a campaign of many logs stays one readable line:
    /// <c>data/example: 18 files (size-4-iter-1.log … size-128-iter-3.log)</c>; up to three files of a folder are named.
    /// </summary>
    public static string SourcesLine(IReadOnlyList<string> sources)
    {
        var groups = sources
            .GroupBy(s => Path.GetDirectoryName(s) ?? "", StringComparer.Ordinal)
            .Select(g =>
            {
                var names = g.Select(Path.GetFileName).ToList();
                var folder = g.Key.Length == 0 ? "" : g.Key + ": ";
                return names.Count <= 3
                    ? folder + string.Join(", ", names)
                    : string.Create(CultureInfo.InvariantCulture, $"{folder}{names.Count} files ({names[0]} … {names[^1]})");
            });
        return string.Join("; ", groups);
    }

    /// <summary>The verdict line shown under a benchmark's heading.</summary>
    public static string VerdictLine(ScalingVerdict v) =>
        $"{ShowText.VerdictLine(v)} · exponent {ShowText.Number(v.Exponent.Value)} [{ShowText.Number(v.Exponent.Low)}, {ShowText.Number(v.Exponent.High)}] · confidence {ShowText.Confidence(v.Confidence)}";

    /// <summary>A status as users say it: <c>incomplete</c>, <c>failed</c>, <c>no table</c>, <c>repeated</c>.</summary>
    public static string Status(ExecutionStatus status) => status switch
    {
        ExecutionStatus.NoTable => "no table",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Percent(double fraction) =>
        double.IsNaN(fraction) ? "–" : (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
