namespace OsuScale.Cli;

/// <summary>
/// The exit codes of <c>osu-scale</c>: listed once in the root <c>--help</c>, and per verb only those it returns
/// (<see cref="Infrastructure.ExitCodeHelp"/>).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug, or <c>run</c>'s cluster refusing a step).</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read (missing, empty or unreadable file, malformed times.log), or an output could not be written.</summary>
    public const int InputError = 3;

    /// <summary><c>times --check</c> found rows where the hand-made times.log and the logs disagree.</summary>
    public const int Differences = 4;

    /// <summary><c>run</c> reached its <c>--timeout</c> (the campaign can be continued with <c>--resume</c>).</summary>
    public const int TimedOut = 124;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Interrupted = 130;

    private static readonly (int Code, string Meaning)[] Table =
    [
        (Ok, "ok"),
        (Failure, "unexpected failure"),
        (Usage, "usage error"),
        (InputError, "input or output error"),
        (Differences, "times --check found differences"),
        (TimedOut, "run reached --timeout"),
        (Interrupted, "interrupted (Ctrl-C)"),
    ];

    /// <summary>The codes every verb can return: ok, unexpected failure, usage error, input or output error, interrupted.</summary>
    public static readonly int[] Common = [Ok, Failure, Usage, InputError, Interrupted];

    /// <summary>Every code, for the root help.</summary>
    public static int[] All => [.. Table.Select(m => m.Code)];

    /// <summary>The given codes with their meanings, in the order of the table, each once.</summary>
    public static IEnumerable<(int Code, string Meaning)> Meanings(IEnumerable<int> codes)
    {
        var wanted = codes.ToHashSet();
        return Table.Where(m => wanted.Contains(m.Code));
    }
}
