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
        root.Subcommands.Add(Commands.CompareCommand.Create());
        root.Subcommands.Add(Commands.RunCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs. A wrong command line (unknown option, missing argument, bad value) prints one line per error
    /// and exits with <see cref="ExitCodes.Usage"/>, not System.CommandLine's generic 1.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        var result = Build().Parse(args);
        if (result.Errors.Count > 0)
        {
            error ??= Console.Error;
            foreach (var e in result.Errors) error.WriteLine($"osu-scale: error: {e.Message}");
            error.WriteLine("Run 'osu-scale --help' (or 'osu-scale VERB --help') for usage.");
            return Task.FromResult(ExitCodes.Usage);
        }
        // Ctrl-C cancels the verb's token; `run` then deletes its MetricSet, which takes longer than the default 2 s grace.
        return result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(3) });
    }
}
