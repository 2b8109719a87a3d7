namespace OsuScale.Model;

/// <summary>
/// The thresholds behind every verdict, each compared with the run-to-run noise σ (relative, per run). Defaults are
/// the named constants below; override them with <c>with</c> through <see cref="AnalysisOptions.Thresholds"/>.
/// docs/model.md explains each one.
/// </summary>
/// <param name="ClearChangeOverNoise">See <see cref="DefaultClearChangeOverNoise"/>.</param>
/// <param name="OverwhelmingChangeOverNoise">See <see cref="DefaultOverwhelmingChangeOverNoise"/>.</param>
/// <param name="MinimumPoints">See <see cref="DefaultMinimumPoints"/>.</param>
/// <param name="HighConfidencePoints">See <see cref="DefaultHighConfidencePoints"/>.</param>
/// <param name="JumpMisfitLevel">See <see cref="DefaultJumpMisfitLevel"/>.</param>
/// <param name="StepOverNoise">See <see cref="DefaultStepOverNoise"/>.</param>
/// <param name="JumpAiccMargin">See <see cref="DefaultJumpAiccMargin"/>.</param>
/// <param name="OutlierScore">See <see cref="DefaultOutlierScore"/>.</param>
/// <param name="AssumedNoise">See <see cref="DefaultAssumedNoise"/>.</param>
/// <param name="MinimumNoise">See <see cref="DefaultMinimumNoise"/>.</param>
/// <param name="LowConfidenceMargin">See <see cref="DefaultLowConfidenceMargin"/>.</param>
/// <param name="HighConfidenceMargin">See <see cref="DefaultHighConfidenceMargin"/>.</param>
/// <param name="MinimumRepetitionDegreesOfFreedom">See <see cref="DefaultMinimumRepetitionDegreesOfFreedom"/>.</param>
/// <param name="NoisePriorDegreesOfFreedom">See <see cref="DefaultNoisePriorDegreesOfFreedom"/>.</param>
public sealed record Thresholds(
    double ClearChangeOverNoise = Thresholds.DefaultClearChangeOverNoise,
    double OverwhelmingChangeOverNoise = Thresholds.DefaultOverwhelmingChangeOverNoise,
    int MinimumPoints = Thresholds.DefaultMinimumPoints,
    int HighConfidencePoints = Thresholds.DefaultHighConfidencePoints,
    double JumpMisfitLevel = Thresholds.DefaultJumpMisfitLevel,
    double StepOverNoise = Thresholds.DefaultStepOverNoise,
    double JumpAiccMargin = Thresholds.DefaultJumpAiccMargin,
    double OutlierScore = Thresholds.DefaultOutlierScore,
    double AssumedNoise = Thresholds.DefaultAssumedNoise,
    double MinimumNoise = Thresholds.DefaultMinimumNoise,
    double LowConfidenceMargin = Thresholds.DefaultLowConfidenceMargin,
    double HighConfidenceMargin = Thresholds.DefaultHighConfidenceMargin,
    int MinimumRepetitionDegreesOfFreedom = Thresholds.DefaultMinimumRepetitionDegreesOfFreedom,
    double NoisePriorDegreesOfFreedom = Thresholds.DefaultNoisePriorDegreesOfFreedom)
{
    /// <summary>
    /// A trend is a scaling issue only when the change it predicts over the measured range, in log terms, exceeds
    /// 3 σ (×1.35 at 10 % noise). A statistically certain trend smaller than that is real but would not stand out of
    /// run-to-run noise for a user comparing two runs, so it is only a possible issue. 3 σ is the usual
    /// "beyond noise" band: noise alone exceeds it in about 0.3 % of runs.
    /// </summary>
    public const double DefaultClearChangeOverNoise = 3.0;

    /// <summary>
    /// With fewer than <see cref="DefaultMinimumPoints"/> sizes the shape cannot be checked; a change of more than
    /// 10 σ (×2.7 at 10 % noise) is still called a scaling issue (with low confidence), because no plausible noise
    /// produces it. Below that, too few points make it a possible issue.
    /// </summary>
    public const double DefaultOverwhelmingChangeOverNoise = 10.0;

    /// <summary>Three sizes are the fewest for which a two-parameter law leaves a residual to judge it by.</summary>
    public const int DefaultMinimumPoints = 3;

    /// <summary>High confidence needs at least five sizes: enough for leave-one-out to test the shape, not just the level.</summary>
    public const int DefaultHighConfidencePoints = 5;

    /// <summary>
    /// A two-segment model is considered only when the single law's residuals are inconsistent with the noise at
    /// this level (χ² test of the relative residuals against the noise of a median): 0.99 keeps a smooth law unless
    /// it clearly cannot follow the data.
    /// </summary>
    public const double DefaultJumpMisfitLevel = 0.99;

    /// <summary>A step must change the level by more than 3 σ (log terms) to count, for the same reason as <see cref="DefaultClearChangeOverNoise"/>.</summary>
    public const double DefaultStepOverNoise = 3.0;

    /// <summary>The two-segment model must also win on AICc by more than 2 (Burnham and Anderson: less than 2 is no real difference).</summary>
    public const double DefaultJumpAiccMargin = 2.0;

    /// <summary>Modified z-score above which a repetition is reported as an outlier (Iglewicz and Hoaglin's 3.5).</summary>
    public const double DefaultOutlierScore = 3.5;

    /// <summary>
    /// The noise assumed when there are neither repetitions nor pair benchmarks: 5 %, a typical run-to-run variation
    /// of MPI benchmarks on shared cloud nodes. The verdict says when it was assumed.
    /// </summary>
    public const double DefaultAssumedNoise = 0.05;

    /// <summary>
    /// A floor on any noise estimate (1 %): identical repetitions (or a simulation without noise) would otherwise make
    /// a rounding difference a "trend".
    /// </summary>
    public const double DefaultMinimumNoise = 0.01;

    /// <summary>
    /// A decision whose deciding statistic is less than 1.5 times its threshold (or, for "no trend", whose statistic
    /// is more than 1/1.5 of the threshold) is marginal: low confidence.
    /// </summary>
    public const double DefaultLowConfidenceMargin = 1.5;

    /// <summary>A decision whose statistics are at least 3 times clear of their thresholds, with enough sizes, has high confidence.</summary>
    public const double DefaultHighConfidenceMargin = 3.0;

    /// <summary>A series' own repetitions set its noise only with at least 4 degrees of freedom; otherwise the campaign's pooled noise is used.</summary>
    public const int DefaultMinimumRepetitionDegreesOfFreedom = 4;

    /// <summary>
    /// How many degrees of freedom the campaign's pooled noise counts for when moderating a series' own repetition
    /// noise (10: as much as 3 repetitions at 5 sizes). Few repetitions estimate a standard deviation poorly (10 degrees
    /// of freedom leave it 30 % off in one case out of ten), and an underestimated noise turns flat series into
    /// trends; many repetitions outweigh the prior. 0 uses each series' own noise alone.
    /// </summary>
    public const double DefaultNoisePriorDegreesOfFreedom = 10;

    /// <summary>The defaults.</summary>
    public static Thresholds Default { get; } = new();

    internal void Validate()
    {
        static void Positive(double value, string name)
        {
            if (!(value > 0) || !double.IsFinite(value))
                throw new ArgumentOutOfRangeException(name, value, $"{name}={value}, but it should be a finite value > 0");
        }
        Positive(ClearChangeOverNoise, nameof(ClearChangeOverNoise));
        Positive(OverwhelmingChangeOverNoise, nameof(OverwhelmingChangeOverNoise));
        Positive(StepOverNoise, nameof(StepOverNoise));
        Positive(OutlierScore, nameof(OutlierScore));
        Positive(AssumedNoise, nameof(AssumedNoise));
        Positive(MinimumNoise, nameof(MinimumNoise));
        Positive(LowConfidenceMargin, nameof(LowConfidenceMargin));
        Positive(HighConfidenceMargin, nameof(HighConfidenceMargin));
        if (JumpMisfitLevel is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(JumpMisfitLevel), JumpMisfitLevel, $"JumpMisfitLevel={JumpMisfitLevel}, but it should be in range (0;1)");
        if (!(NoisePriorDegreesOfFreedom >= 0))
            throw new ArgumentOutOfRangeException(nameof(NoisePriorDegreesOfFreedom), NoisePriorDegreesOfFreedom, $"NoisePriorDegreesOfFreedom={NoisePriorDegreesOfFreedom}, but it should be >= 0");
        if (MinimumPoints < 2)
            throw new ArgumentOutOfRangeException(nameof(MinimumPoints), MinimumPoints, $"MinimumPoints={MinimumPoints}, but it should be >= 2");
    }
}
