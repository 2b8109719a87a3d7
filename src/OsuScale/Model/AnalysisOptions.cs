using System.Collections.Immutable;

namespace OsuScale.Model;

/// <summary>Settings of <see cref="ScalingAnalyser"/>; change them with <c>with</c>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: no predictions, default thresholds, 95 % intervals, metric series included.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Node counts to predict at (for example 128 and 256), each with a prediction interval.</summary>
    public ImmutableArray<double> PredictAt { get; init; } = [];

    /// <summary>The decision thresholds.</summary>
    public Thresholds Thresholds { get; init; } = Thresholds.Default;

    /// <summary>The coverage of every interval (exponent, prediction, repetitions).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Whether to model the primary metric at each message size besides the wall time.</summary>
    public bool MetricSeries { get; init; } = true;

    /// <summary>Bootstrap resamples for exponent intervals when there are repetitions.</summary>
    public int BootstrapResamples { get; init; } = 400;

    /// <summary>The bootstrap seed (fixed: the same campaign always gets the same verdicts).</summary>
    public int Seed { get; init; } = 20240517;

    internal void Validate()
    {
        Thresholds.Validate();
        if (Level is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(Level), Level, $"Level={Level}, but it should be in range (0;1)");
        foreach (var n in PredictAt)
        {
            if (!(n > 0) || !double.IsFinite(n))
                throw new ArgumentOutOfRangeException(nameof(PredictAt), n, $"PredictAt contains {n}, but node counts should be finite values > 0");
        }
    }
}
