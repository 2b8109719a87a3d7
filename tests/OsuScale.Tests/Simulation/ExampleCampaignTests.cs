using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Simulation;

namespace OsuScale.Tests.Simulation;

/// <summary>The shipped synthetic campaign data/example is what the simulator generates, and its verdicts match its laws.</summary>
public sealed class ExampleCampaignTests : IDisposable
{
    private static readonly string Example = FindExample();

    private readonly string folder = Directory.CreateTempSubdirectory("osu-example-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static SimulationSpec Spec => SimulationSpec.Example(SimulationSpec.ExampleSizes, repetitions: 3, noise: 0.05, seed: 1);

    [Fact]
    public void The_shipped_logs_are_regenerated_byte_for_byte()
    {
        var written = CampaignSimulator.Write(Spec, folder);

        Assert.Equal(18, written.Count);
        foreach (var path in written)
            Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Example, Path.GetFileName(path)))), path);
        Assert.Contains("--sizes 4,8,16,32,64,128 --repetitions 3 --noise 0.05 --seed 1", File.ReadAllText(Path.Combine(Example, "README.md")));
    }

    [Fact]
    public void Its_verdicts_follow_its_laws()
    {
        var analysis = new ScalingAnalyser().Analyse(CampaignReader.Read([Example]), AnalysisOptions.Default with { MetricSeries = false });

        foreach (var benchmark in Spec.Benchmarks)
        {
            var verdict = analysis.Verdict(benchmark.Name)!;
            var expected = benchmark.Law.Kind switch
            {
                LawKind.Flat => ScalingCategory.SizeIndependent,
                LawKind.Jump => ScalingCategory.PossibleIssue,
                _ => ScalingCategory.ScalingIssue,
            };
            Assert.True(expected == verdict.Category, $"{benchmark.Name}: {verdict.Reason}");
        }
        Assert.Equal(32, analysis.Verdict("osu_allreduce")!.Jump!.AtNodes);
        Assert.Equal(NoiseSource.Repetitions, analysis.Noise.Source);
    }

    private static string FindExample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "example");
            if (File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
        }
        throw new InvalidOperationException("data/example not found above " + AppContext.BaseDirectory);
    }
}
