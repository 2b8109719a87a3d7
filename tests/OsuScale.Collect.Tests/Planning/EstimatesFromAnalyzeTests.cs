using System.Text.Json;
using OsuScale.Cli;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Planning;

/// <summary>The contract with the model stage: what <c>osu-scale analyze</c> writes is what <c>--estimate-from</c> reads.</summary>
public sealed class EstimatesFromAnalyzeTests : IDisposable
{
    private readonly string _analysis = Directory.CreateTempSubdirectory("osu-scale-analysis-").FullName;

    [Fact]
    public async Task Measured_medians_and_predictions_of_an_analysis_become_the_estimates_of_a_plan()
    {
        // The synthetic example campaign shipped in data/example (sizes 4 to 128, three repetitions).
        var example = Path.Combine(RepositoryRoot(), "data", "example");
        var analyze = await CliRunner.RunAsync("analyze", example, "-o", _analysis, "--predict", "256");
        Assert.True(analyze.ExitCode == ExitCodes.Ok, analyze.Error);

        var estimates = DurationEstimates.Load(_analysis);

        using var verdicts = JsonDocument.Parse(File.ReadAllText(Path.Combine(_analysis, "verdicts.json")));
        var allgather = verdicts.RootElement.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("benchmark").GetString() == "osu_allgather");
        var median64 = allgather.GetProperty("summary").EnumerateArray().Single(s => s.GetProperty("nodes").GetDouble() == 64).GetProperty("median").GetDouble();
        var predicted256 = allgather.GetProperty("predictions").EnumerateArray().Single(p => p.GetProperty("nodes").GetDouble() == 256).GetProperty("value").GetDouble();
        Assert.Equal(22, estimates.Benchmarks.Count());
        Assert.Equal(median64, estimates.Of("osu_allgather", 64)!.Value.TotalSeconds, 6);
        Assert.Equal(predicted256, estimates.Of("osu_allgather", 256)!.Value.TotalSeconds, 6);

        var plan = await CliRunner.RunAsync("run", "--sizes", "64,256", "--commands", "osu_allgather", "--estimate-from", _analysis, "--dry-run", "-o", "next");

        Assert.Equal(ExitCodes.Ok, plan.ExitCode);
        var nodeHours = (median64 * 64 + predicted256 * 256) / 3600;
        Assert.Contains(FormattableString.Invariant($"node-hours"), plan.Output);
        Assert.Contains(FormattableString.Invariant($"{nodeHours:0.00} node-hours"), plan.Output);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OsuScale.sln"))) return dir.FullName;
        throw new InvalidOperationException("OsuScale.sln not found above the test binaries");
    }

    public void Dispose() => Directory.Delete(_analysis, recursive: true);
}
