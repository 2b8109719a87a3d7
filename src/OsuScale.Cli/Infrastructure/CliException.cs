namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// A failure the user can act on, found after parsing (an output path that is a file, a simulation spec the library
/// refuses): <see cref="ErrorBoundary"/> prints its message as one line and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code (<see cref="ExitCodes.Usage"/> also prints the <c>--help</c> hint).</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>A usage error: exit 2 with the <c>--help</c> hint.</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>An input or output error: exit 3.</summary>
    public static CliException InputOutput(string message) => new(ExitCodes.InputError, message);
}
