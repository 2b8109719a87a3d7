using System.CommandLine;
using System.CommandLine.Invocation;
using OsuScale.Ingest;

namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// The one error boundary of the command line. <see cref="CliApp"/> wraps every verb's action in it, so that every
/// verb fails the same way: one line <c>osu-scale: error: …</c> on stderr and a documented exit code, never a stack
/// trace.
/// </summary>
internal sealed class ErrorBoundary(CommandLineAction inner) : AsynchronousCommandLineAction
{
    /// <summary>The hint printed after every usage error.</summary>
    public const string Hint = "Run 'osu-scale --help' (or 'osu-scale VERB --help') for usage.";

    /// <summary>Wraps the action of <paramref name="command"/> and of its subcommands.</summary>
    public static void Wrap(Command command)
    {
        if (command.Action is { } action and not ErrorBoundary) command.Action = new ErrorBoundary(action);
        foreach (var sub in command.Subcommands) Wrap(sub);
    }

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return inner switch
            {
                AsynchronousCommandLineAction a => await a.InvokeAsync(parseResult, cancellationToken).ConfigureAwait(false),
                SynchronousCommandLineAction s => s.Invoke(parseResult),
                _ => throw new InvalidOperationException($"unknown action type {inner.GetType().Name}"),
            };
        }
        catch (Exception e)
        {
            return Report(e, error);
        }
    }

    /// <summary>Prints <paramref name="exception"/> as one line on <paramref name="error"/> and returns its exit code.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CliException e:
                Line(error, "error", e.Message);
                if (e.ExitCode == ExitCodes.Usage) error.WriteLine(Hint);
                return e.ExitCode;
            case OsuParseException e:
                Line(error, "error", e.Message);
                return ExitCodes.InputError;
            case IOException or UnauthorizedAccessException:
                Line(error, "error", exception.Message);
                return ExitCodes.InputError;
            case OperationCanceledException:
                Line(error, "interrupted", exception.Message);
                return ExitCodes.Interrupted;
            default:
                // A bug, not a user error: still one line, no stack trace.
                Line(error, "error", $"unexpected {exception.GetType().Name}: {exception.Message}");
                return ExitCodes.Failure;
        }
    }

    private static void Line(TextWriter error, string kind, string message) =>
        error.WriteLine($"osu-scale: {kind}: {message.ReplaceLineEndings(" ")}");
}
