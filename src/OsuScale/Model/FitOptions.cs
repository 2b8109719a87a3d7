using System.Collections.Immutable;

namespace OsuScale.Model;

/// <summary>Settings of the fitting facade <see cref="Fit"/>; change them with <c>with</c>.</summary>
/// <param name="Noise">
/// The relative run-to-run noise of one observation (0.1 = 10 %), when known from elsewhere (repetitions, pair
/// benchmarks). It widens intervals that would otherwise rest on too few residual degrees of freedom; null when unknown.
/// </param>
/// <param name="Level">The coverage of confidence and prediction intervals.</param>
/// <param name="BootstrapResamples">How many bootstrap resamples the exponent interval uses when there are repetitions.</param>
/// <param name="Seed">The seed of the bootstrap's random generator (a fixed seed makes every result reproducible).</param>
/// <param name="CrossValidationTolerance">
/// Models whose leave-one-out error is within this fraction of the best one are considered tied (0.1 = 10 %); the
/// information criterion and then simplicity decide between them.
/// </param>
/// <param name="AiccTieMargin">
/// Two AICc values closer than this are not told apart and the simpler model wins (2: Burnham and Anderson's rule of
/// thumb for "substantial support for both").
/// </param>
public sealed record FitOptions(
    double? Noise = null,
    double Level = 0.95,
    int BootstrapResamples = 400,
    int Seed = 20240517,
    double CrossValidationTolerance = 0.10,
    double AiccTieMargin = 2.0)
{
    /// <summary>The defaults.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>The shapes searched; defaults to <see cref="HypothesisSpace.Default"/> (the constant model is always added).</summary>
    public ImmutableArray<Hypothesis> Hypotheses { get; init; } = HypothesisSpace.Default;

    internal void Validate()
    {
        if (Level is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(Level), Level, $"Level={Level}, but it should be in range (0;1)");
        if (Noise is { } n && (n < 0 || !double.IsFinite(n)))
            throw new ArgumentOutOfRangeException(nameof(Noise), n, $"Noise={n}, but it should be a finite value >= 0");
        if (BootstrapResamples < 10)
            throw new ArgumentOutOfRangeException(nameof(BootstrapResamples), BootstrapResamples, $"BootstrapResamples={BootstrapResamples}, but it should be >= 10");
        if (CrossValidationTolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(CrossValidationTolerance), CrossValidationTolerance, "CrossValidationTolerance should be >= 0");
    }
}
