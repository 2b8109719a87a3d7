using System.Collections.Immutable;

namespace OsuScale.Simulation;

/// <summary>What to simulate: benchmarks with their laws, sizes, repetitions, noise and the seed.</summary>
/// <param name="Benchmarks">The benchmarks, in the order they run in each log.</param>
/// <param name="Sizes">The node counts (≥ 2), one log per size and repetition.</param>
/// <param name="Repetitions">Runs per size (1 writes <c>size-N.log</c>, more write <c>size-N-iter-I.log</c>).</param>
/// <param name="Noise">The relative run-to-run noise (log-normal, median-unbiased: 0.1 = 10 %).</param>
/// <param name="Seed">The seed; each file's generator is derived from it, the size and the repetition.</param>
public sealed record SimulationSpec(
    ImmutableArray<SimulatedBenchmark> Benchmarks,
    ImmutableArray<int> Sizes,
    int Repetitions = 1,
    double Noise = 0.1,
    int Seed = 1)
{
    /// <summary>The sizes of the shipped example: 4 to 128 nodes.</summary>
    public static ImmutableArray<int> ExampleSizes { get; } = [4, 8, 16, 32, 64, 128];

    /// <summary>
    /// The shipped example campaign: the 22 benchmarks of the real kubecon campaign, the 14 pair benchmarks flat (as
    /// they are by construction) and the all-ranks ones following a mixture of laws, including a step.
    /// </summary>
    /// <param name="sizes">The node counts (default 4 to 128).</param>
    /// <param name="repetitions">Runs per size.</param>
    /// <param name="noise">The relative noise.</param>
    /// <param name="seed">The seed.</param>
    public static SimulationSpec Example(ImmutableArray<int>? sizes = null, int repetitions = 3, double noise = 0.05, int seed = 1) =>
        new(
        [
            new("osu_get_acc_latency", ScalingLaw.Flat, 48, 160),
            new("osu_acc_latency", ScalingLaw.Flat, 28, 90),
            new("osu_fop_latency", ScalingLaw.Flat, 1.6, 100),
            new("osu_get_latency", ScalingLaw.Flat, 27, 100),
            new("osu_put_latency", ScalingLaw.Flat, 23, 90),
            new("osu_latency", ScalingLaw.Flat, 33, 35),
            new("osu_bibw", ScalingLaw.Flat, 23, 35),
            new("osu_bw", ScalingLaw.Flat, 11, 35),
            new("osu_put_bw", ScalingLaw.Flat, 11, 90),
            new("osu_latency_mp", ScalingLaw.Flat, 32, 34),
            new("osu_put_bibw", ScalingLaw.Flat, 18, 90),
            new("osu_init", ScalingLaw.Linear, 0.8, 300),
            new("osu_get_bw", ScalingLaw.Flat, 11, 100),
            new("osu_ibarrier", ScalingLaw.NLogN, 1.8, 5000),
            new("osu_cas_latency", ScalingLaw.Flat, 1.6, 100),
            new("osu_latency_mt", ScalingLaw.Flat, 48, 40),
            new("osu_hello", ScalingLaw.Logarithmic, 0.8, 1),
            new("osu_barrier", ScalingLaw.NLogN, 4, 3000),
            new("osu_mbw_mr", ScalingLaw.Linear, 104, 30),
            new("osu_multi_lat", ScalingLaw.Linear, 547, 230),
            new("osu_allgather", ScalingLaw.Quadratic, 100, 3000),
            new("osu_allreduce", ScalingLaw.Step(32, 4), 110, 3000),
        ],
        sizes ?? ExampleSizes,
        repetitions,
        noise,
        seed);

    internal void Validate()
    {
        if (Benchmarks.IsDefaultOrEmpty) throw new ArgumentException("a simulation needs at least one benchmark");
        if (Sizes.IsDefaultOrEmpty) throw new ArgumentException("a simulation needs at least one size");
        foreach (var size in Sizes)
        {
            if (size < 2) throw new ArgumentOutOfRangeException(nameof(Sizes), size, $"size {size}, but sizes should be >= 2 (log2 N must be positive)");
        }
        if (Sizes.Distinct().Count() != Sizes.Length) throw new ArgumentException("sizes should be distinct");
        if (Repetitions < 1) throw new ArgumentOutOfRangeException(nameof(Repetitions), Repetitions, $"Repetitions={Repetitions}, but it should be >= 1");
        if (!(Noise >= 0) || Noise > 2) throw new ArgumentOutOfRangeException(nameof(Noise), Noise, $"Noise={Noise}, but it should be in range [0;2]");
        foreach (var b in Benchmarks)
        {
            if (!(b.BaseSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(Benchmarks), b.BaseSeconds, $"{b.Name}: BaseSeconds={b.BaseSeconds}, but it should be > 0");
            if (b.Law.Kind == LawKind.Jump && !(b.Law.JumpFactor > 0))
                throw new ArgumentOutOfRangeException(nameof(Benchmarks), b.Law.JumpFactor, $"{b.Name}: JumpFactor={b.Law.JumpFactor}, but it should be > 0");
        }
    }
}
