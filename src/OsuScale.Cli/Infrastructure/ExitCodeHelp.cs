using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// <c>--help</c> followed by an "Exit codes:" section: every code under the root's help, and under a verb's help only
/// the codes that verb returns — so the list appears once per help page, never in the command list.
/// </summary>
internal sealed class ExitCodeHelp(CommandLineAction help, IReadOnlyDictionary<Command, int[]> codes) : SynchronousCommandLineAction
{
    /// <summary>Adds the section to the help option of <paramref name="root"/> (recursive: it serves every verb).</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, int[]> codes)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        if (option.Action is { } action and not ExitCodeHelp) option.Action = new ExitCodeHelp(action, codes);
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exit = help switch
        {
            SynchronousCommandLineAction s => s.Invoke(parseResult),
            AsynchronousCommandLineAction a => a.InvokeAsync(parseResult).GetAwaiter().GetResult(),
            _ => 0,
        };
        var command = parseResult.CommandResult.Command;
        var list = command is RootCommand ? ExitCodes.All : codes.GetValueOrDefault(command, ExitCodes.Common);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.Meanings(list))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code,-5}{meaning}"));
        output.WriteLine();
        return exit;
    }
}
