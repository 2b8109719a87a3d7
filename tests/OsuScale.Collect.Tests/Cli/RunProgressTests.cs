using OsuScale.Cli.Commands;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;
using Spectre.Console;

namespace OsuScale.Collect.Tests.Cli;

/// <summary>Off a terminal the progress is one line per event: step, benchmark from the log, elapsed and what is left.</summary>
[Trait("Category", "Cli")]
public sealed class RunProgressTests
{
    private static readonly RunStep Step4 = new(4, 1, "osu-scale-s4-i1", "manifests/osu-scale-s4-i1.yaml", "size-4.log");
    private static readonly RunStep Step8 = new(8, 1, "osu-scale-s8-i1", "manifests/osu-scale-s8-i1.yaml", "size-8.log");

    [Fact]
    public void The_current_benchmark_comes_from_the_launch_lines_and_the_estimate_shrinks_as_benchmarks_start()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        var estimates = DurationEstimates.Parse("""
            [ { "benchmark": "osu_latency", "summary": [ { "nodes": 4, "median": 60 }, { "nodes": 8, "median": 60 } ] },
              { "benchmark": "osu_allreduce", "summary": [ { "nodes": 4, "median": 600 }, { "nodes": 8, "median": 1200 } ] } ]
            """);
        var progress = new RunProgress(console, estimates, ["osu_latency", "osu_allreduce"], TimeProvider.System);
        progress.Prepare([Step4, Step8]);

        IRunObserver observer = progress;
        observer.StepStarted(Step4, 0, 2);
        observer.LogLine(Step4, "time mpirun -np 2 /opt/osu/pt2pt/osu_latency");
        observer.LogLine(Step4, "# Size          Latency (us)");
        observer.LogLine(Step4, "time mpirun -np 4 /opt/osu/collective/osu_allreduce");
        observer.StepEnded(Step4 with { State = StepState.Completed, Lines = 40 });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 4, output.ToString());
        // Before anything ran: 60 + 600 s at 4 nodes and 60 + 1200 s at 8 nodes are left.
        Assert.Contains("size 4 iteration 1 (osu-scale-s4-i1) started (step 1 of 2) · ~32m left (estimate)", lines[0]);
        Assert.Contains("osu_latency (", lines[1]);
        Assert.Contains("~32m left (estimate)", lines[1]);
        // Once osu_allreduce started, osu_latency at 4 nodes is no longer ahead.
        Assert.Contains("osu_allreduce (", lines[2]);
        Assert.Contains("~31m left (estimate)", lines[2]);
        Assert.Contains("done size 4 iteration 1 (osu-scale-s4-i1): 40 lines in size-4.log", lines[3]);
    }
}
