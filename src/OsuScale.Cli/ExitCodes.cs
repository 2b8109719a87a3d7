namespace OsuScale.Cli;

/// <summary>The exit codes of <c>osu-scale</c>, documented in every verb's <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read (missing file, unreadable log, malformed times.log), or an output could not be written.</summary>
    public const int InputError = 3;

    /// <summary><c>times --check</c> found rows where the hand-made times.log and the logs disagree.</summary>
    public const int Differences = 4;

    /// <summary><c>run</c> reached its <c>--timeout</c> (the campaign can be continued with <c>--resume</c>).</summary>
    public const int TimedOut = 124;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Interrupted = 130;

    /// <summary>The exit-code paragraph for <c>--help</c> descriptions.</summary>
    public const string HelpText = "Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 3 input or output error, 4 times --check found differences, 130 interrupted.";
}
