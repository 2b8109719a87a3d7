using BenchmarkDotNet.Attributes;
using OsuScale.Campaigns;
using OsuScale.Model;
using OsuScale.Simulation;

namespace OsuScale.Benchmarks;

/// <summary>
/// Fitting every series of a 20-repetition, 6-size, 22-benchmark campaign (wall time and the primary metric at every
/// message size: about 500 series of 120 observations), built in memory by the simulator.
/// Run: dotnet run -c Release --project benchmarks/OsuScale.Benchmarks -- --filter '*FittingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class FittingBenchmarks
{
    private Campaign campaign = Campaign.Empty;
    private readonly ScalingAnalyser analyser = new();

    /// <summary>Builds the campaign once.</summary>
    [GlobalSetup]
    public void Setup() =>
        campaign = CampaignSimulator.Simulate(SimulationSpec.Example(SimulationSpec.ExampleSizes, repetitions: 20, noise: 0.1, seed: 1));

    /// <summary>Every series: wall times and metric series.</summary>
    [Benchmark]
    public CampaignAnalysis AnalyseAllSeries() => analyser.Analyse(campaign);

    /// <summary>Wall times only (22 series).</summary>
    [Benchmark]
    public CampaignAnalysis AnalyseWallTimes() => analyser.Analyse(campaign, AnalysisOptions.Default with { MetricSeries = false });
}
