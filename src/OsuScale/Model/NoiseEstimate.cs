namespace OsuScale.Model;

/// <summary>Where a noise estimate comes from.</summary>
public enum NoiseSource
{
    /// <summary>The spread of repetitions at the same size.</summary>
    Repetitions,

    /// <summary>The spread across sizes of benchmarks that by construction do not depend on cluster size (pair benchmarks run 2 processes whatever N is).</summary>
    PairBenchmarks,

    /// <summary>Nothing to estimate it from: a documented default (<see cref="Thresholds.AssumedNoise"/>).</summary>
    Assumed,
}

/// <summary>The relative run-to-run noise every decision compares an effect with.</summary>
/// <param name="Relative">The standard deviation of log values, i.e. the relative noise of one run (0.1 = 10 %).</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Samples">How many degrees of freedom (repetitions) or series (pair benchmarks) it rests on.</param>
/// <param name="Description">One sentence saying how it was obtained.</param>
public sealed record NoiseEstimate(double Relative, NoiseSource Source, int Samples, string Description);
