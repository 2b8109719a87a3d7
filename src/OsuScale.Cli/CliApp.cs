using System.CommandLine;
using OsuScale.Cli.Commands;
using OsuScale.Cli.Infrastructure;

namespace OsuScale.Cli;

/// <summary>
/// The <c>osu-scale</c> command line: one file per verb; this class only assembles them, puts every verb behind the
/// one <see cref="ErrorBoundary"/>, and turns parse errors into usage errors (exit 2 with the <c>--help</c> hint).
/// </summary>
internal static class CliApp
{
    /// <summary>The verbs, in the order of the help.</summary>
    public static IReadOnlyList<IVerb> Verbs() =>
    [
        new TimesCommand(), new TablesCommand(), new AnalyzeCommand(), new SimulateCommand(), new ReportCommand(), new CompareCommand(), new RunCommand(),
    ];

    /// <summary>The root command with every verb; every action is wrapped in the error boundary.</summary>
    public static RootCommand Build() => Build(Verbs());

    private static RootCommand Build(IReadOnlyList<IVerb> verbs)
    {
        var root = new RootCommand(
            "osu-scale: collect, parse, model and report OSU Micro-Benchmarks scaling campaigns. " +
            "Results go to standard output; progress, notes and errors to standard error.");
        foreach (var verb in verbs) root.Subcommands.Add(verb.Command);
        ErrorBoundary.Wrap(root);
        ExitCodeHelp.Install(root, verbs.ToDictionary(v => v.Command, v => v.Returns));
        return root;
    }

    /// <summary>
    /// The settings record the command line <paramref name="args"/> folds into, without running anything (for
    /// parse-only tests); null for a command line with errors or without a verb.
    /// </summary>
    public static object? Settings(params string[] args)
    {
        var verbs = Verbs();
        var result = Build(verbs).Parse(args);
        if (result.Errors.Count > 0) return null;
        return verbs.FirstOrDefault(v => ReferenceEquals(v.Command, result.CommandResult.Command))?.Bind(result);
    }

    /// <summary>
    /// Parses and runs. A wrong command line (unknown option, missing argument, bad value) prints one line per error and
    /// the hint, and exits with <see cref="ExitCodes.Usage"/>, not System.CommandLine's generic 1.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var result = Build().Parse(args);
        if (result.Errors.Count > 0 && result.Action is not { ClearsParseErrors: true })
        {
            foreach (var e in result.Errors) error.WriteLine($"osu-scale: error: {e.Message}");
            error.WriteLine(ErrorBoundary.Hint);
            return Task.FromResult(ExitCodes.Usage);
        }
        // Ctrl-C cancels the verb's token; `run` then deletes its MetricSet, which takes longer than the default 2 s grace.
        return result.InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = TimeSpan.FromMinutes(3),
        }, cancellationToken);
    }
}
