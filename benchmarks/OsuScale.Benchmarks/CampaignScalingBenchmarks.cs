using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using OsuScale.Ingest;
using OsuScale.Simulation;

namespace OsuScale.Benchmarks.Performance;

/// <summary>
/// How reading grows with the campaign: a simulated campaign of the real shape (22 benchmarks, sizes 4–128, 20
/// repetitions: 120 launcher logs, 2,640 executions) at 1×, 10× and 100× its repetitions (200 and 2,000 per size),
/// written to disk once and read back whole with <see cref="CampaignReader.Read(IEnumerable{string}, ReadOptions?)"/>,
/// as <c>osu-scale tables</c> does. Linear growth means Mean / Scale constant.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FewIterations))]
public class CampaignScalingBenchmarks
{
    private sealed class FewIterations : ManualConfig
    {
        public FewIterations() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
    }

    private string _folder = "";

    /// <summary>The multiple of the real campaign's 20 repetitions.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Writes the campaign once per scale.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"osu-scale-bench-{Scale}x");
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        CampaignSimulator.Write(SimulationSpec.Example([4, 8, 16, 32, 64, 128], repetitions: 20 * Scale, noise: 0.05, seed: 1), _folder);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads every log of the campaign into one campaign.</summary>
    [Benchmark]
    public int Read() => CampaignReader.Read([_folder]).Executions.Length;
}
