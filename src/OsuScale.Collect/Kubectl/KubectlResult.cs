namespace OsuScale.Collect.Kubectl;

/// <summary>How one kubectl call ended: its exit code and what it printed.</summary>
/// <param name="Arguments">The arguments it was called with (without the program).</param>
/// <param name="ExitCode">The exit code (0 = success).</param>
/// <param name="Output">Standard output, line by line (empty for streamed calls, whose lines went to their sink).</param>
/// <param name="Error">Standard error, line by line.</param>
internal sealed record KubectlResult(IReadOnlyList<string> Arguments, int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Error)
{
    /// <summary>True when kubectl exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Standard output as one text.</summary>
    public string OutputText => string.Join('\n', Output);

    /// <summary>What went wrong, for a person: kubectl's error lines (or its output) and the exit code.</summary>
    public string Problem
    {
        get
        {
            var lines = Error.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            if (lines.Count == 0) lines = Output.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(3).ToList();
            var text = lines.Count == 0 ? "no message" : string.Join(" ", lines.Take(5).Select(l => l.Trim()));
            return FormattableString.Invariant($"{text} (kubectl exit code {ExitCode})");
        }
    }
}
