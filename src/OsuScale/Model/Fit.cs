using System.Collections.Immutable;
using OsuScale.Model.Fitting;

namespace OsuScale.Model;

/// <summary>
/// The fitting facade: scaling laws, growth exponents and two-segment models of a series of observations over node
/// counts. Every entry point summarises repetitions by their median per size first (see docs/model.md).
/// </summary>
public static class Fit
{
    /// <summary>
    /// Selects and fits the law T(N) = c0 + c1·N^i·log2(N)^j (or the constant) that best predicts left-out sizes:
    /// relative least squares on the per-size medians, leave-one-size-out cross-validation, AICc between the models
    /// that cross-validation cannot separate, and the simplest model between those AICc cannot separate.
    /// </summary>
    /// <param name="observations">The observations (positive values; at least one).</param>
    /// <param name="options">Settings; <see cref="FitOptions.Default"/> when null.</param>
    public static FitResult Scaling(IReadOnlyList<Observation> observations, FitOptions? options = null)
    {
        options ??= FitOptions.Default;
        options.Validate();
        return ModelSelector.Select(SeriesPoints.From(observations), options);
    }

    /// <summary>The constant model T(N) = c0 fitted to the per-size medians (the "no trend" hypothesis).</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="options">Settings; <see cref="FitOptions.Default"/> when null.</param>
    public static FitResult Constant(IReadOnlyList<Observation> observations, FitOptions? options = null) =>
        Scaling(observations, (options ?? FitOptions.Default) with { Hypotheses = [] });

    /// <summary>
    /// The growth exponent: the Theil–Sen slope of log(median) against log(N) with its confidence interval,
    /// bootstrapped over repetitions when there are several per size, else from the residual spread (or the noise
    /// in <see cref="FitOptions.Noise"/> when that is larger, or when there are only two sizes).
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="options">Settings; <see cref="FitOptions.Default"/> when null.</param>
    public static ExponentEstimate Exponent(IReadOnlyList<Observation> observations, FitOptions? options = null)
    {
        options ??= FitOptions.Default;
        options.Validate();
        return ExponentEstimator.Estimate(SeriesPoints.From(observations), options);
    }

    /// <summary>
    /// The best two-segment model: flat up to a breakpoint, then a step (another constant) or growth (an inflection);
    /// null with fewer than 3 sizes. Whether it beats the single model clearly is the caller's decision
    /// (<see cref="ScalingAnalyser"/> compares both with the noise).
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="options">Settings; <see cref="FitOptions.Default"/> when null.</param>
    public static SegmentedFit? Segmented(IReadOnlyList<Observation> observations, FitOptions? options = null)
    {
        options ??= FitOptions.Default;
        options.Validate();
        return SegmentedFitter.Fit(SeriesPoints.From(observations), options);
    }

    /// <summary>The repetitions at each size: count, median and interval (central <paramref name="level"/> quantiles; min–max below 3 repetitions).</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="level">The coverage of the interval.</param>
    public static ImmutableArray<SizeSummary> Summarise(IReadOnlyList<Observation> observations, double level = 0.95) =>
        Repetitions.Summarise(SeriesPoints.From(observations), level);

    /// <summary>
    /// Observations far from the other repetitions of their size (modified z-score above <paramref name="threshold"/>,
    /// 3.5 by default after Iglewicz and Hoaglin). They are reported, never removed from the fit.
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="threshold">The modified z-score above which an observation is an outlier.</param>
    public static ImmutableArray<Observation> Outliers(IReadOnlyList<Observation> observations, double threshold = 3.5)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Repetitions.Outliers(observations, threshold);
    }
}
