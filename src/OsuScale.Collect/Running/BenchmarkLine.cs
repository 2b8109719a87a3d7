using System.Text.RegularExpressions;

namespace OsuScale.Collect.Running;

/// <summary>
/// Tells which benchmark a streamed launcher log is running, from its launch lines
/// (<c>time mpirun … /opt/…/osu_allgather</c>, also srun, jsrun and flux run). For progress display only: the logs are
/// parsed by the ingest stage.
/// </summary>
internal static partial class BenchmarkLine
{
    [GeneratedRegex(@"^\s*(?:time\s+(?:-p\s+)?)?(?:mpirun|mpiexec|srun|jsrun|flux\s+run)\b.*?(?<name>osu_[A-Za-z0-9_]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Launch();

    /// <summary>The benchmark a launch line starts, or null for any other line.</summary>
    public static string? Benchmark(string line)
    {
        if (line.Length > 4096) return null;
        var match = Launch().Match(line);
        if (!match.Success) return null;
        // The program is the last osu_ token of the line (options such as hostfile names come first).
        var last = OsuToken().Matches(line).LastOrDefault();
        return last?.Value ?? match.Groups["name"].Value;
    }

    [GeneratedRegex(@"osu_[A-Za-z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex OsuToken();
}
