using System.Collections.Immutable;
using OsuScale.Cli;
using OsuScale.Cli.Commands;
using OsuScale.Show.Exporters;

namespace OsuScale.Tests.Cli;

/// <summary>
/// Parse-only tests (as dotnet/format does): each command line folds into its verb's settings record, with the
/// defaults applied, and nothing runs — no file is read or written.
/// </summary>
[Trait("Category", "Cli")]
public sealed class CliSettingsTests
{
    [Fact]
    public void Times_settings()
    {
        var s = Assert.IsType<TimesSettings>(CliApp.Settings("times", "a.log", "dir", "-o", "t.log", "--check", "hand.log", "--nodes", "8"));
        Assert.Equal(["a.log", "dir"], s.Inputs.ToArray());
        Assert.Equal(("t.log", "hand.log", (int?)8), (s.Output, s.Check, s.Nodes));
    }

    [Fact]
    public void Tables_settings()
    {
        var s = Assert.IsType<TablesSettings>(CliApp.Settings("tables", "-", "-o", "out", "--per-benchmark"));
        Assert.Equal(["-"], s.Inputs.ToArray());   // '-' is standard input, not an unknown option
        Assert.Equal(("out", true, (int?)null), (s.Output, s.PerBenchmark, s.Nodes));
    }

    [Fact]
    public void Analyze_settings_and_defaults()
    {
        var s = Assert.IsType<AnalyzeSettings>(CliApp.Settings("analyze", "logs", "-o", "out"));
        Assert.Equal(("out", (ImmutableArray<double>?)null, true, (int?)null, false), (s.Output, s.PredictAt, s.MetricSeries, s.Nodes, s.Wide));

        var t = Assert.IsType<AnalyzeSettings>(CliApp.Settings("analyze", "logs", "-o", "out", "--predict", "none", "--no-series", "--nodes", "4", "--wide"));
        Assert.Equal(ImmutableArray<double>.Empty, t.PredictAt!.Value);
        Assert.Equal((false, (int?)4, true), (t.MetricSeries, t.Nodes, t.Wide));
    }

    [Fact]
    public void Simulate_settings_and_defaults()
    {
        var s = Assert.IsType<SimulateSettings>(CliApp.Settings("simulate", "-o", "sim"));
        Assert.Equal(("sim", 0, 3, 0.05, 1), (s.Output, s.Sizes.Length, s.Repetitions, s.Noise, s.Seed));
        var t = Assert.IsType<SimulateSettings>(CliApp.Settings("simulate", "-o", "sim", "--sizes", "4,8", "--repetitions", "2", "--noise", "0", "--seed", "-3"));
        Assert.Equal([4, 8], t.Sizes.ToArray());
        Assert.Equal((2, 0.0, -3), (t.Repetitions, t.Noise, t.Seed));
    }

    [Fact]
    public void Report_settings_and_defaults()
    {
        var s = Assert.IsType<ReportSettings>(CliApp.Settings("report"));
        Assert.Empty(s.Inputs);   // the example campaign
        Assert.Equal(ReportCommand.DefaultOutput, s.Output);
        Assert.Equal([FigureFormat.Png, FigureFormat.Svg], s.Formats.ToArray());
        var t = Assert.IsType<ReportSettings>(CliApp.Settings("report", "logs", "-o", "r", "--format", "svg", "--times-log", "times.log", "--predict", "128"));
        Assert.Equal([FigureFormat.Svg], t.Formats.ToArray());
        Assert.Equal(("r", "times.log", 128.0), (t.Output, t.TimesLog, t.PredictAt!.Value.Single()));
    }

    [Fact]
    public void Run_settings_and_resume()
    {
        var s = Assert.IsType<RunSettings>(CliApp.Settings("run", "--sizes", "4,8", "--iterations", "2", "--commands", "osu_latency, osu_bw", "--timeout", "90m", "-o", "c", "-n", "ns"));
        Assert.Equal([4, 8], s.Sizes.ToArray());
        Assert.Equal(["osu_latency", "osu_bw"], s.Commands.ToArray());
        Assert.Equal((2, "c", false, (TimeSpan?)TimeSpan.FromMinutes(90)), (s.Iterations, s.Output, s.Resume, s.Timeout));
        Assert.Equal(new KubectlSettings("kubectl", null, null, "ns"), s.Kubectl);

        var r = Assert.IsType<RunSettings>(CliApp.Settings("run", "--resume", "c", "--dry-run"));
        Assert.Equal(("c", true, true), (r.Output, r.Resume, r.DryRun));
    }

    [Theory]
    [InlineData("tables", "x", "-o", "d", "--nodes", "abc")]
    [InlineData("run", "--sizes", "4", "--poll-interval", "soon", "-o", "d")]
    [InlineData("analyze", "x", "-o", "d", "--bogus")]
    [InlineData("simulate", "-o", "d", "--repetitions", "0")]
    public void A_command_line_with_errors_has_no_settings(params string[] args) => Assert.Null(CliApp.Settings(args));
}
