using System.Collections.Immutable;
using OsuScale.Model;
using OsuScale.Simulation;
using Xunit.Abstractions;

namespace OsuScale.Tests.Simulation;

public class SweepProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData(6, 3, 0.1)]
    [InlineData(5, 3, 0.1)]
    public void Probe(int sizeCount, int reps, double noise)
    {
        var sizes = new[] { 4, 8, 16, 32, 64, 128 }.Take(sizeCount).ToImmutableArray();
        var laws = new (string Name, ScalingLaw Law)[]
        {
            ("osu_allgather", ScalingLaw.Flat), ("osu_alltoall", ScalingLaw.Logarithmic), ("osu_bcast", ScalingLaw.Linear),
            ("osu_gather", ScalingLaw.NLogN), ("osu_reduce", ScalingLaw.Quadratic), ("osu_scatter", ScalingLaw.Step(32, 3)),
        };
        var counts = new Dictionary<string, int>();
        for (var seed = 1; seed <= 30; seed++)
        {
            var spec = new SimulationSpec([.. laws.Select(l => new SimulatedBenchmark(l.Name, l.Law, 10))], sizes, reps, noise, seed);
            var analysis = new ScalingAnalyser().Analyse(CampaignSimulator.Simulate(spec), AnalysisOptions.Default with { MetricSeries = false });
            foreach (var (name, law) in laws)
            {
                var v = analysis.Verdict(name)!;
                var truth = law.TrueExponent([.. sizes.Select(s => (double)s)]);
                var key = $"{law.Kind} {v.Category} {v.Growth} jump@{v.Jump?.AtNodes} expOk={Math.Abs(v.Exponent.Value - truth) <= 0.1}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (seed <= 2) output.WriteLine($"{law.Kind}: {v.Reason} noise={v.Noise:F3} {v.Fit.Model.Formula}");
            }
        }
        foreach (var kv in counts.OrderBy(k => k.Key)) output.WriteLine($"{kv.Value,3} {kv.Key}");
    }
}
