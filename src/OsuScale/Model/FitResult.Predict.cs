using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using OsuScale.Model.Fitting;

namespace OsuScale.Model;

public sealed partial record FitResult
{
    /// <summary>The smallest node count fitted.</summary>
    public double MinNodes { get; init; }

    /// <summary>The largest node count fitted.</summary>
    public double MaxNodes { get; init; }

    /// <summary>The residual degrees of freedom (points − parameters); 0 when the model passes through every point.</summary>
    public int DegreesOfFreedom { get; init; }

    /// <summary>The AICc of the fit (relative residuals), or +∞ when there are too few points for it.</summary>
    public double Aicc { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// The relative noise of one new run (0.1 = 10 %) that prediction intervals add to the model's own uncertainty;
    /// 0 when unknown (then only the residual spread is used).
    /// </summary>
    public double Noise { get; init; }

    /// <summary>The best-ranked candidate models by cross-validation, the selected one among them, as evidence.</summary>
    public ImmutableArray<ModelScore> Ranking { get; init; } = [];

    /// <summary>What the prediction interval needs about the fitted design (the coefficient covariance).</summary>
    internal PredictionBasis? Basis { get; init; }

    /// <summary>
    /// The predicted value of one new run at <paramref name="nodes"/> with its prediction interval. The interval is
    /// symmetric in log space (relative errors): value·exp(±q·s) with s² = s_fit²·h₀ + s_run², where h₀ is the
    /// leverage of the new point, s_fit the residual standard error (or the noise when no degree of freedom is left),
    /// s_run the larger of the noise and the residual standard error, and q the Student-t quantile with the residual
    /// degrees of freedom (normal when the noise decides). When nothing bounds the uncertainty (no residual degree of
    /// freedom and no noise) the interval is [0, +∞).
    /// </summary>
    /// <param name="nodes">The node count (> 0).</param>
    /// <param name="level">The interval's coverage, in (0, 1).</param>
    public Prediction Predict(double nodes, double level = 0.95)
    {
        if (!(nodes > 0) || !double.IsFinite(nodes))
            throw new ArgumentOutOfRangeException(nameof(nodes), nodes, $"nodes={nodes}, but it should be a finite value > 0");
        if (level is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(level), level, $"level={level}, but it should be in range (0;1)");
        var value = Model.Evaluate(nodes);
        var extrapolated = nodes < MinNodes || nodes > MaxNodes;
        var rse = DegreesOfFreedom > 0 ? ResidualStandardError : 0.0;
        var sFit = DegreesOfFreedom > 0 ? rse : Noise;
        var sRun = Math.Max(Noise, rse);
        if (value <= 0 || (sFit == 0 && sRun == 0 && DegreesOfFreedom == 0))
            return new Prediction(nodes, value, 0, double.PositiveInfinity, level, extrapolated);
        var leverage = Basis?.Leverage(nodes, value) ?? 1.0 / Math.Max(1, Observations);
        var s = Math.Sqrt(sFit * sFit * leverage + sRun * sRun);
        var p = (1 + level) / 2;
        var q = DegreesOfFreedom > 0 && rse >= Noise ? StudentT.InvCDF(0, 1, DegreesOfFreedom, p) : Normal.InvCDF(0, 1, p);
        return new Prediction(nodes, value, value * Math.Exp(-q * s), value * Math.Exp(q * s), level, extrapolated);
    }
}

/// <summary>One candidate model's scores, kept as evidence of the selection.</summary>
/// <param name="Formula">The fitted formula.</param>
/// <param name="CrossValidationError">The mean squared leave-one-out relative error (NaN when there are too few points).</param>
/// <param name="Aicc">The AICc (relative residuals), +∞ when there are too few points.</param>
/// <param name="Selected">True for the selected model.</param>
public sealed record ModelScore(string Formula, double CrossValidationError, double Aicc, bool Selected);

/// <summary>The leverage of a new point under a fitted design.</summary>
internal abstract class PredictionBasis
{
    public abstract double Leverage(double nodes, double predicted);

    public static PredictionBasis Of(LinearSolution solution) => new Single(solution);

    public static PredictionBasis Segments(double breakpoint, LinearSolution lower, LinearSolution upper) =>
        new Segmented(breakpoint, lower, upper);

    private sealed class Single(LinearSolution solution) : PredictionBasis
    {
        public override double Leverage(double nodes, double predicted) => solution.Leverage(nodes, predicted);
    }

    private sealed class Segmented(double breakpoint, LinearSolution lower, LinearSolution upper) : PredictionBasis
    {
        public override double Leverage(double nodes, double predicted) =>
            (nodes <= breakpoint ? lower : upper).Leverage(nodes, predicted);
    }
}
