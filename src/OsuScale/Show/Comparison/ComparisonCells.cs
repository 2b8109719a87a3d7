using System.Globalization;
using OsuScale.Compare;
using OsuScale.Model;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>The text of the comparison report's lines and table cells, shared by the Markdown and HTML exporters (unescaped).</summary>
public static class ComparisonCells
{
    /// <summary>The counts line: threshold, false-discovery rate, and how many cells have each verdict.</summary>
    public static string Counts(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var o = comparison.Options;
        return string.Create(CultureInfo.InvariantCulture,
            $"{comparison.Changes.Length} benchmarks, {comparison.Cells.Length} cells (benchmark × series × node count both measured): " +
            $"{comparison.Count(CellVerdict.Slower)} slower, {comparison.Count(CellVerdict.Faster)} faster, {comparison.Count(CellVerdict.Same)} same, " +
            $"{comparison.Count(CellVerdict.InsufficientData)} insufficient-data — practical threshold ±{VerdictWording.Percent(o.Threshold)}, " +
            $"false-discovery rate {VerdictWording.Percent(o.FalseDiscoveryRate)}, {o.Level * 100:0} % intervals.");
    }

    /// <summary>The header of the summary table.</summary>
    public static IReadOnlyList<string> ChangeHeader { get; } =
        ["Benchmark", "Change", "Typical ratio [CI]", "Exponent baseline → candidate", "Difference [CI]", "Wall-time cells (slower/faster/same/insufficient)"];

    /// <summary>One row of the summary table.</summary>
    public static IReadOnlyList<string> ChangeRow(ScalingChange c, CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(comparison);
        var wall = comparison.CellsOf(c.Benchmark).Where(x => x.IsWallTime).ToList();
        return
        [
            c.Benchmark,
            c.Kind.ToName(),
            RatioInterval(c.Level),
            $"{VerdictWording.Exponent(c.Baseline.Exponent)} → {VerdictWording.Exponent(c.Candidate.Exponent)}",
            string.Create(CultureInfo.InvariantCulture, $"{c.Difference.Value:+0.00;−0.00;0.00} [{c.Difference.Low:+0.00;−0.00;0.00}, {c.Difference.High:+0.00;−0.00;0.00}]"),
            string.Create(CultureInfo.InvariantCulture,
                $"{wall.Count(x => x.Verdict == CellVerdict.Slower)}/{wall.Count(x => x.Verdict == CellVerdict.Faster)}/{wall.Count(x => x.Verdict == CellVerdict.Same)}/{wall.Count(x => x.Verdict == CellVerdict.InsufficientData)}"),
        ];
    }

    /// <summary>The header of the cell table.</summary>
    public static IReadOnlyList<string> CellHeader { get; } = ["Benchmark", "Series", "Nodes", "Baseline", "Candidate", "Ratio [CI]", "q", "Verdict", "Test"];

    /// <summary>One row of the cell table.</summary>
    public static IReadOnlyList<string> CellRow(CellComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return
        [
            c.Benchmark,
            c.Series,
            ShowText.Nodes(c.Nodes),
            Value(c.Baseline.Median, c.Unit, c.Baseline.Count),
            Value(c.Candidate.Median, c.Unit, c.Candidate.Count),
            RatioInterval(c.Ratio),
            c.QValue < 0.0001 ? "<0.0001" : c.QValue.ToString("0.####", CultureInfo.InvariantCulture),
            c.Verdict.ToName(),
            c.Test.ToName(),
        ];
    }

    /// <summary>A ratio with its interval: <c>×2.01 [×1.9, ×2.13]</c>.</summary>
    public static string RatioInterval(Estimate ratio) =>
        $"{ComparisonWording.Ratio(ratio.Value)} [{ComparisonWording.Ratio(ratio.Low)}, {ComparisonWording.Ratio(ratio.High)}]";

    private static string Value(double value, string unit, int runs) => string.Create(CultureInfo.InvariantCulture,
        $"{ShowText.AxisNumber(value)} {unit} ({runs} run{(runs == 1 ? "" : "s")})");

    /// <summary>The lines describing one campaign: sizes, benchmarks, repetitions, executions, logs.</summary>
    public static IReadOnlyList<(string Label, string Value)> RunLines(RunSummary run) => ReportCells.RunLines(run);

    /// <summary>The method, in four sentences (the details are in docs/compare.md).</summary>
    public static IReadOnlyList<string> Method(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var o = comparison.Options;
        var t = VerdictWording.Percent(o.Threshold);
        return
        [
            $"Only what both campaigns measured is compared: every benchmark, series (wall time; the primary metric at each message size) and node count with complete executions in both. Ratios are candidate/baseline of the medians: above 1 the candidate is slower (bandwidths are compared as time per byte).",
            $"Each cell tests whether the candidate is more than {t} slower or faster (a minimum-effect test): Mann–Whitney U when both sides have enough repetitions for a rank test to survive the correction over all cells, otherwise a normal test of the log ratio against the run-to-run noise each campaign's analysis estimated (baseline {VerdictWording.Percent(comparison.Baseline.Noise.Relative)}, candidate {VerdictWording.Percent(comparison.Candidate.Noise.Relative)} for wall times) — a noise-based decision, said as such in comparison.csv.",
            $"Benjamini–Hochberg q-values control the false-discovery rate at {VerdictWording.Percent(o.FalseDiscoveryRate)} over all cells; a cell not shown to differ is insufficient-data when its interval cannot rule out ×{o.InsufficientRatio.ToString("0.##", CultureInfo.InvariantCulture)} or its inverse, else same.",
            $"Per benchmark, a change of growth is an exponent difference (interval combined from both, MOVER) beyond ln(1 + {t})/ln(N_max/N_min); otherwise a constant factor is a typical ratio (geometric mean over the sizes) beyond ±{t}; both tests are corrected over benchmarks.",
        ];
    }
}
