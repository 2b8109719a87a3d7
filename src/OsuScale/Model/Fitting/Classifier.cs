using MathNet.Numerics.Distributions;

namespace OsuScale.Model.Fitting;

/// <summary>The decision of one series: category, growth, confidence and the facts behind them.</summary>
internal sealed record Classification(
    ScalingCategory Category,
    Growth Growth,
    Confidence Confidence,
    FitResult Fit,
    JumpEvidence? Jump,
    VerdictFacts Facts);

/// <summary>
/// Compares the effects in a series with its noise and decides (docs/model.md, "What a verdict means"):
/// a two-segment model first (kept only when the single law cannot follow the data within noise), then the exponent
/// interval (is there a trend?) and the change over the measured range (does it clear the noise band?).
/// </summary>
internal static class Classifier
{
    public static Classification Classify(
        SeriesPoints points,
        FitResult single,
        Func<FitResult> growing,
        FitResult constant,
        ExponentEstimate exponent,
        Func<SegmentedFit?> segmented,
        NoiseEstimate noise,
        Thresholds t)
    {
        var n = points.Length;
        var sigma = noise.Relative;
        var nodes = points.Nodes;
        var logRange = Math.Log(nodes[^1] / nodes[0]);
        var effect = exponent.Value * logRange;
        var clear = t.ClearChangeOverNoise * sigma;
        VerdictFacts Facts(VerdictBasis basis, FitResult fit, JumpEvidence? jump = null, double misfit = 0) =>
            new(basis, nodes, Math.Exp(effect), Math.Exp(clear), exponent, sigma, noise.Source, fit.Model.Formula, jump, misfit);

        if (n == 1)
            return new(ScalingCategory.PossibleIssue, Growth.Flat, Confidence.Low, constant, null, Facts(VerdictBasis.SinglePoint, constant));

        if (KeepSegmented(points, single, segmented, sigma, t, out var singleMisfit) is { } kept)
        {
            var jump = kept.Jump;
            var step = jump.Kind == "step";
            var upperPoints = nodes.Count(x => x > jump.AfterNodes);
            var margin = Math.Abs(Math.Log(jump.Ratio)) / (t.StepOverNoise * sigma);
            var confidence = upperPoints == 1 || margin < t.LowConfidenceMargin ? Confidence.Low
                : n >= t.HighConfidencePoints && margin >= t.HighConfidenceMargin ? Confidence.High
                : Confidence.Medium;
            return new(step ? ScalingCategory.PossibleIssue : ScalingCategory.ScalingIssue, Growth.Jump, confidence, kept.Fit, jump,
                Facts(step ? VerdictBasis.Step : VerdictBasis.Inflection, kept.Fit, jump, singleMisfit));
        }

        var q = Normal.InvCDF(0, 1, (1 + exponent.Level) / 2);
        var se = (exponent.High - exponent.Low) / (2 * q);
        var z = se > 0 && double.IsFinite(se) ? exponent.Value / se : (double.IsFinite(se) ? double.PositiveInfinity : 0);
        var zMargin = Math.Abs(z) / q;
        var effectMargin = Math.Abs(effect) / clear;
        var tooFew = n < t.MinimumPoints;

        Classification Trend(ScalingCategory category, VerdictBasis basis, double margin)
        {
            var fit = category == ScalingCategory.SizeIndependent ? constant
                : single.Model is ConstantModel ? growing() : single;
            var growth = category == ScalingCategory.SizeIndependent ? Growth.Flat : GrowthOf(fit.Model, exponent.Value);
            var confidence = tooFew || margin < t.LowConfidenceMargin ? Confidence.Low
                : n >= t.HighConfidencePoints && margin >= t.HighConfidenceMargin ? Confidence.High
                : Confidence.Medium;
            return new(category, growth, confidence, fit, null, Facts(basis, fit));
        }

        if (exponent.Low > 0)
        {
            if (effect >= clear)
            {
                if (!tooFew) return Trend(ScalingCategory.ScalingIssue, VerdictBasis.ClearTrend, Math.Min(zMargin, effectMargin));
                return effect >= t.OverwhelmingChangeOverNoise * sigma
                    ? Trend(ScalingCategory.ScalingIssue, VerdictBasis.FewPointsClearTrend, 0)
                    : Trend(ScalingCategory.PossibleIssue, VerdictBasis.TooFewPoints, 0);
            }
            return Trend(ScalingCategory.PossibleIssue, VerdictBasis.WeakTrend, Math.Min(zMargin, 1 / effectMargin));
        }
        if (exponent.High < 0 && -effect >= clear)
            return Trend(ScalingCategory.SizeIndependent, VerdictBasis.Decreasing, Math.Min(zMargin, effectMargin));
        if (effect >= clear)
        {
            return tooFew
                ? Trend(ScalingCategory.PossibleIssue, VerdictBasis.TooFewPoints, 0)
                : Trend(ScalingCategory.PossibleIssue, VerdictBasis.UncertainTrend, Math.Min(1 / zMargin, effectMargin));
        }
        return Trend(ScalingCategory.SizeIndependent, VerdictBasis.NoTrend, Math.Min(1 / zMargin, 1 / effectMargin));
    }

    /// <summary>
    /// The growth class: from the selected model when its term is a clean shape (i = 0: logarithmic; N or N·log N:
    /// linear; N^i with i &lt; 1: sublinear; i &gt; 1: superlinear), else from the measured exponent (below 0.85
    /// sublinear, up to 1.2 linear, above superlinear). Mixed terms such as N^3/4·log2(N)^2 have a local slope that
    /// changes across the range, so the measured exponent describes them better than i.
    /// </summary>
    public static Growth GrowthOf(ScalingModel model, double exponent)
    {
        if (model is NormalFormModel { C1: > 0 } nf)
        {
            if (nf.I == 0) return Growth.Logarithmic;
            if (nf.I == 1 && nf.J <= 1) return Growth.Linear;
            if (nf.J == 0) return nf.I < 1 ? Growth.Sublinear : Growth.Superlinear;
        }
        return exponent switch
        {
            < 0.85 => Growth.Sublinear,
            <= 1.2 => Growth.Linear,
            _ => Growth.Superlinear,
        };
    }

    /// <summary>The sum of squared relative residuals of a model over the medians.</summary>
    public static double RelativeRss(SeriesPoints points, ScalingModel model)
    {
        double rss = 0;
        for (var k = 0; k < points.Length; k++)
            rss += Math.Pow((points.Medians[k] - model.Evaluate(points.Nodes[k])) / points.Medians[k], 2);
        return rss;
    }

    /// <summary>AICc of a model over all observations, with relative residuals; +∞ when too few observations.</summary>
    public static double ObservationAicc(SeriesPoints points, ScalingModel model, int parameters)
    {
        double rss = 0;
        var n = 0;
        for (var k = 0; k < points.Length; k++)
        {
            var predicted = model.Evaluate(points.Nodes[k]);
            foreach (var value in points.Values[k])
            {
                rss += Math.Pow((value - predicted) / value, 2);
                n++;
            }
        }
        if (n - parameters - 1 <= 0) return double.PositiveInfinity;
        return n * Math.Log(Math.Max(rss / n, 1e-12)) + 2 * parameters + 2.0 * parameters * (parameters + 1) / (n - parameters - 1);
    }

    /// <summary>
    /// The two-segment model when it beats the single law clearly: the single law's residuals are inconsistent with
    /// the noise (χ² at <see cref="Thresholds.JumpMisfitLevel"/>), the segmented model's are not, the step exceeds
    /// <see cref="Thresholds.StepOverNoise"/> σ and it wins on AICc by <see cref="Thresholds.JumpAiccMargin"/>.
    /// The segmented model is only fitted when the first test fails the single law.
    /// </summary>
    private static SegmentedFit? KeepSegmented(SeriesPoints points, FitResult single, Func<SegmentedFit?> fitSegmented, double sigma, Thresholds t, out double singleMisfit)
    {
        var n = points.Length;
        var singleRss = RelativeRss(points, single.Model);
        singleMisfit = Math.Sqrt(singleRss / n);
        var sigmaMedian = sigma * SeriesPoints.MedianNoiseFactor(points.TypicalRepetitions);
        var singleDof = n - single.Model.ParameterCount;
        if (n < 3 || singleDof <= 0) return null;
        var misfit = singleRss / (sigmaMedian * sigmaMedian) > ChiSquared.InvCDF(singleDof, t.JumpMisfitLevel);
        if (!misfit) return null;
        if (fitSegmented() is not { } segmented) return null;
        var segmentedDof = n - segmented.Parameters;
        var consistent = segmentedDof <= 0
            || segmented.RelativeRss / (sigmaMedian * sigmaMedian) <= ChiSquared.InvCDF(segmentedDof, t.JumpMisfitLevel);
        var large = Math.Abs(Math.Log(segmented.Jump.Ratio)) >= t.StepOverNoise * sigma;
        // AICc over every observation (not the medians): repetitions are evidence too, and with five medians the
        // small-sample correction alone would forbid any three-parameter model.
        var singleAicc = ObservationAicc(points, single.Model, single.Model.ParameterCount);
        var segmentedAicc = ObservationAicc(points, segmented.Fit.Model, segmented.Parameters);
        var better = !double.IsFinite(segmentedAicc) || !double.IsFinite(singleAicc)
            ? segmented.RelativeRss < singleRss
            : segmentedAicc < singleAicc - t.JumpAiccMargin;
        return consistent && large && better ? segmented : null;
    }
}
