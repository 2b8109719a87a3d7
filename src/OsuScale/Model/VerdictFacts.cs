namespace OsuScale.Model;

/// <summary>Which rule decided a verdict (the wording and the report group on it).</summary>
public enum VerdictBasis
{
    /// <summary>One size only: nothing to compare.</summary>
    SinglePoint,
    /// <summary>Fewer sizes than <see cref="Thresholds.MinimumPoints"/> and a change that is not overwhelming.</summary>
    TooFewPoints,
    /// <summary>Fewer sizes than <see cref="Thresholds.MinimumPoints"/> but a change far beyond any noise.</summary>
    FewPointsClearTrend,
    /// <summary>The exponent interval includes 0 and the change stays within the noise band.</summary>
    NoTrend,
    /// <summary>The change is larger than the noise band but the exponent interval still includes 0.</summary>
    UncertainTrend,
    /// <summary>The exponent interval excludes 0 but the change stays within the noise band.</summary>
    WeakTrend,
    /// <summary>The exponent interval excludes 0 and the change clears the noise band.</summary>
    ClearTrend,
    /// <summary>Time clearly decreases with size.</summary>
    Decreasing,
    /// <summary>A two-segment model with a level change won clearly.</summary>
    Step,
    /// <summary>A two-segment model, flat then growing, won clearly.</summary>
    Inflection,
}

/// <summary>The numbers a verdict's sentence is made of, kept so that the sentence can be rebuilt or reworded.</summary>
/// <param name="Basis">The deciding rule.</param>
/// <param name="Nodes">The node counts measured, ascending.</param>
/// <param name="Change">The change over the measured range implied by the exponent: (max/min)^exponent.</param>
/// <param name="NoiseBand">The largest change noise could explain: exp(ClearChangeOverNoise·σ).</param>
/// <param name="Exponent">The exponent with its interval.</param>
/// <param name="Noise">The relative noise σ.</param>
/// <param name="NoiseSource">Where σ comes from.</param>
/// <param name="Formula">The selected model's formula.</param>
/// <param name="Jump">The step or inflection, for the two-segment bases.</param>
/// <param name="SingleModelMisfit">The single law's relative RMS residual, for the two-segment bases (else 0).</param>
public sealed record VerdictFacts(
    VerdictBasis Basis,
    IReadOnlyList<double> Nodes,
    double Change,
    double NoiseBand,
    ExponentEstimate Exponent,
    double Noise,
    NoiseSource NoiseSource,
    string Formula,
    JumpEvidence? Jump = null,
    double SingleModelMisfit = 0);
