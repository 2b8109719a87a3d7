using System.Globalization;

namespace OsuScale.Model;

/// <summary>The one-sentence reason of a verdict: a pure function of its facts, so that it can be tested with a table of cases.</summary>
public static class VerdictWording
{
    /// <summary>The sentence for a verdict's facts.</summary>
    /// <param name="facts">The facts.</param>
    public static string Reason(VerdictFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var nodes = facts.Nodes;
        var from = nodes.Count > 0 ? Nodes(nodes[0]) : "?";
        var to = nodes.Count > 0 ? Nodes(nodes[^1]) : "?";
        var exponent = Exponent(facts.Exponent);
        var noise = Percent(facts.Noise) + (facts.NoiseSource == NoiseSource.Assumed ? " (assumed)" : "");
        var band = Ratio(facts.NoiseBand);
        return facts.Basis switch
        {
            VerdictBasis.SinglePoint =>
                $"Only one size was measured ({from} nodes): no trend can be estimated.",
            VerdictBasis.TooFewPoints =>
                $"Only {nodes.Count} sizes ({List(nodes)} nodes): a change of {Ratio(facts.Change)} (exponent {exponent}) cannot be told from the {noise} noise.",
            VerdictBasis.FewPointsClearTrend =>
                $"Only {nodes.Count} sizes ({List(nodes)} nodes), but time grows {Ratio(facts.Change)} (exponent {exponent}), far beyond the {band} that noise ({noise}) could explain; the shape cannot be checked.",
            VerdictBasis.NoTrend =>
                $"No trend beyond noise: {Ratio(facts.Change)} from {from} to {to} nodes (exponent {exponent}, interval includes 0), within the {band} that the {noise} noise could explain.",
            VerdictBasis.UncertainTrend =>
                $"Time changes {Ratio(facts.Change)} from {from} to {to} nodes, more than the {band} that the {noise} noise could explain, but the exponent {exponent} includes 0: a trend that does not clear the noise.",
            VerdictBasis.WeakTrend =>
                $"A small but consistent trend: exponent {exponent} excludes 0, yet the change of {Ratio(facts.Change)} from {from} to {to} nodes stays within the {band} that the {noise} noise could explain.",
            VerdictBasis.ClearTrend =>
                $"Time grows {Ratio(facts.Change)} from {from} to {to} nodes (exponent {exponent}), beyond the {band} that the {noise} noise could explain; best model {facts.Formula}.",
            VerdictBasis.Decreasing =>
                $"Time decreases {Ratio(1 / facts.Change)} from {from} to {to} nodes (exponent {exponent}): not a scaling issue.",
            VerdictBasis.Step when facts.Jump is { } jump =>
                $"A step of {Ratio(jump.Ratio)} between {Nodes(jump.AfterNodes)} and {Nodes(jump.AtNodes)} nodes, flat below it; a single law misfits by {Percent(facts.SingleModelMisfit)} against {noise} noise.",
            VerdictBasis.Inflection when facts.Jump is { } jump =>
                $"Flat up to {Nodes(jump.AfterNodes)} nodes, then growing ({facts.Formula}); a single law misfits by {Percent(facts.SingleModelMisfit)} against {noise} noise.",
            _ => throw new ArgumentException($"basis {facts.Basis} needs a jump", nameof(facts)),
        };
    }

    /// <summary>Formats a ratio as <c>×1.19</c>, <c>×4.4</c>, <c>×158</c>.</summary>
    /// <param name="ratio">The ratio.</param>
    public static string Ratio(double ratio) =>
        "×" + (ratio >= 100 ? ratio.ToString("0", CultureInfo.InvariantCulture)
            : ratio >= 10 ? ratio.ToString("0.#", CultureInfo.InvariantCulture)
            : ratio.ToString("0.##", CultureInfo.InvariantCulture));

    /// <summary>Formats a fraction as a percentage: <c>10%</c>, <c>5.2%</c>.</summary>
    /// <param name="fraction">The fraction (0.1 = 10 %).</param>
    public static string Percent(double fraction) =>
        (fraction * 100).ToString(fraction >= 0.1 ? "0" : "0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats an exponent with its interval: <c>1.83 [1.71, 1.95]</c>.</summary>
    /// <param name="exponent">The estimate.</param>
    public static string Exponent(ExponentEstimate exponent)
    {
        ArgumentNullException.ThrowIfNull(exponent);
        return $"{Number(exponent.Value)} [{Number(exponent.Low)}, {Number(exponent.High)}]";
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "-∞" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Nodes(double nodes) => nodes.ToString("0.##", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<double> nodes) => nodes.Count switch
    {
        1 => Nodes(nodes[0]),
        2 => $"{Nodes(nodes[0])} and {Nodes(nodes[1])}",
        _ => string.Join(", ", nodes.Take(nodes.Count - 1).Select(Nodes)) + " and " + Nodes(nodes[^1]),
    };
}
