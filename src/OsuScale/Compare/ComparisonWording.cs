using System.Globalization;
using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>The sentences of a comparison: pure functions of its numbers, tested with a table of cases.</summary>
public static class ComparisonWording
{
    /// <summary>The one sentence of a benchmark's scaling change.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <param name="baseline">The baseline's exponent.</param>
    /// <param name="candidate">The candidate's exponent.</param>
    /// <param name="difference">Their difference with its interval.</param>
    /// <param name="level">The typical ratio candidate/baseline with its interval.</param>
    /// <param name="first">The ratio of medians at the smallest common size, and that size.</param>
    /// <param name="last">The ratio at the largest common size, and that size.</param>
    /// <param name="threshold">The practical threshold (0.1).</param>
    public static string Change(ChangeKind kind, ExponentEstimate baseline, ExponentEstimate candidate, Estimate difference, Estimate level,
        (double Ratio, double Nodes) first, (double Ratio, double Nodes) last, double threshold)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var exponents = $"exponent {VerdictWording.Exponent(baseline)} → {VerdictWording.Exponent(candidate)}, difference {Signed(difference.Value)} [{Signed(difference.Low)}, {Signed(difference.High)}]";
        var levelText = $"{Ratio(level.Value)} [{Ratio(level.Low)}, {Ratio(level.High)}]";
        return kind switch
        {
            ChangeKind.Growth =>
                $"Change of growth: {exponents}; the ratio goes from {Ratio(first.Ratio)} at {Nodes(first.Nodes)} nodes to {Ratio(last.Ratio)} at {Nodes(last.Nodes)} — the curve bends differently: a scaling problem {(difference.Value > 0 ? "appears" : "goes away")}.",
            ChangeKind.ConstantFactor =>
                $"Constant factor: the whole curve moved {levelText}, {(level.Value > 1 ? "slower" : "faster")} by about the same factor at every size ({exponents}) — a {(level.Value > 1 ? "slower" : "faster")} cluster or network, not a change of scaling.",
            _ =>
                $"No change beyond the ±{VerdictWording.Percent(threshold)} threshold: level {levelText}, {exponents}.",
        };
    }

    /// <summary>
    /// The answer on the first screen: is it the cluster, the benchmarks, or noise? The cluster when at least half of
    /// the benchmarks compared moved by a constant factor in the same direction; the benchmarks when some changed; noise
    /// when none did.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    public static string Answer(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var changes = comparison.Changes;
        var threshold = VerdictWording.Percent(comparison.Options.Threshold);
        if (changes.Length == 0) return "Nothing to compare: the campaigns have no benchmark measured at the same sizes.";
        var changed = changes.Where(c => c.Kind != ChangeKind.None).OrderByDescending(c => c.Effect).ToList();
        var slower = changes.Count(c => c.Kind == ChangeKind.ConstantFactor && c.Level.Value > 1);
        var faster = changes.Count(c => c.Kind == ChangeKind.ConstantFactor && c.Level.Value < 1);
        var together = Math.Max(slower, faster);
        if (changed.Count == 0)
            return $"Noise: none of the {changes.Length} benchmarks changed beyond the ±{threshold} threshold.";
        if (2 * together >= changes.Length)
        {
            var direction = slower >= faster ? 1 : -1;
            var moved = changes.Where(c => c.Kind == ChangeKind.ConstantFactor && Math.Sign(Math.Log(c.Level.Value)) == direction).Select(c => c.Level.Value).Order().ToList();
            var typical = moved[moved.Count / 2];
            var growth = changed.Where(c => c.Kind == ChangeKind.Growth).Select(c => c.Benchmark).ToList();
            return $"The cluster: {together} of {changes.Length} benchmarks moved together by a constant factor (typically {Ratio(typical)}, {(direction > 0 ? "slower" : "faster")})" +
                (growth.Count > 0 ? $"; the growth changed for {Names(growth)}." : ".");
        }
        var described = changed.Take(4).Select(Short).ToList();
        var more = changed.Count > 4 ? $" and {changed.Count - 4} more" : "";
        return $"The benchmarks: {changed.Count} of {changes.Length} changed — {string.Join("; ", described)}{more}; the other {changes.Length - changed.Count} are unchanged within ±{threshold}.";
    }

    private static string Short(ScalingChange c) => c.Kind == ChangeKind.Growth
        ? $"{c.Benchmark} grows differently (exponent {Number(c.Baseline.Exponent.Value)} → {Number(c.Candidate.Exponent.Value)})"
        : $"{c.Benchmark} is {Ratio(c.Level.Value)} {(c.Level.Value > 1 ? "slower" : "faster")} at every size";

    private static string Names(IReadOnlyList<string> names) => names.Count <= 4
        ? string.Join(", ", names)
        : string.Join(", ", names.Take(4)) + string.Create(CultureInfo.InvariantCulture, $" and {names.Count - 4} more");

    /// <summary>A ratio as <c>×1.19</c> (below 1 as <c>×0.52</c>).</summary>
    public static string Ratio(double ratio) => double.IsFinite(ratio) ? VerdictWording.Ratio(ratio) : ratio > 0 ? "×∞" : "×0";

    private static string Signed(double value) => double.IsPositiveInfinity(value) ? "+∞" : double.IsNegativeInfinity(value) ? "−∞"
        : (value >= 0 ? "+" : "−") + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Nodes(double nodes) => nodes.ToString("0.##", CultureInfo.InvariantCulture);
}
