using System.CommandLine;

namespace OsuScale.Cli;

/// <summary>The <c>osu-scale</c> command line: one file per verb, this class only assembles them.</summary>
internal static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("osu-scale: collect, parse, model and report OSU Micro-Benchmarks scaling campaigns.");
        root.Subcommands.Add(Commands.TimesCommand.Create());
        root.Subcommands.Add(Commands.TablesCommand.Create());
        root.Subcommands.Add(Commands.AnalyzeCommand.Create());
        root.Subcommands.Add(Commands.SimulateCommand.Create());
        root.Subcommands.Add(Commands.ReportCommand.Create());
        root.Subcommands.Add(Commands.RunCommand.Create());
        return root;
    }

    // Ctrl-C cancels the verb's token; `run` then deletes its MetricSet, which takes longer than the default 2 s grace.
    public static Task<int> RunAsync(string[] args) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(3) });
}
