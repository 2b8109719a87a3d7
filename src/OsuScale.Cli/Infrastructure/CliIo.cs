using System.CommandLine;
using Spectre.Console;

namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// Where a verb writes: results on <see cref="Out"/> (standard output), progress and notes on <see cref="Error"/>
/// (standard error), so that <c>osu-scale analyze … &gt; verdicts.txt</c> keeps only the results.
/// </summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Progress, notes, warnings and errors.</param>
internal sealed record CliIo(TextWriter Out, TextWriter Error)
{
    /// <summary>The width tables are fitted to when the output is not a terminal (a file, a pipe, a test).</summary>
    public const int RedirectedWidth = 100;

    /// <summary>The width of <c>--wide</c> tables: wide enough that no table wraps.</summary>
    public const int WideWidth = 4096;

    /// <summary>The writers of an invocation.</summary>
    public static CliIo From(ParseResult parseResult) =>
        new(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);

    /// <summary>True when results go to an interactive terminal (colours, the terminal's width).</summary>
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when progress goes to an interactive terminal (a live progress bar).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A console over <see cref="Out"/> for tables: the terminal's width (or 100 columns off a terminal), or no limit when <paramref name="wide"/>.</summary>
    public IAnsiConsole Results(bool wide) => Create(Out, OutIsTerminal, wide);

    /// <summary>A console over <see cref="Error"/> for progress: live on a terminal, one line per event elsewhere.</summary>
    public IAnsiConsole Progress() => Create(Error, ErrorIsTerminal, wide: !ErrorIsTerminal);

    private static IAnsiConsole Create(TextWriter writer, bool terminal, bool wide)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (wide) console.Profile.Width = WideWidth;
        else if (!terminal) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
