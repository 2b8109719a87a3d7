using System.Text.RegularExpressions;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// The OSU benchmark names that go into <c>listOptions.commands</c>. The metrics-operator pastes them into the launcher's
/// shell script, so only plain program names are accepted (<c>osu_latency</c>, <c>osu_allreduce</c>).
/// </summary>
internal static partial class BenchmarkCommand
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    /// <summary>True when <paramref name="command"/> is a plain program name that is safe to hand to the operator.</summary>
    public static bool IsValid(string? command) => command is not null && Plain().IsMatch(command);

    /// <summary>Throws when <paramref name="command"/> is not a plain program name.</summary>
    /// <exception cref="ArgumentException">The name has spaces, shell characters, slashes, line breaks or is too long.</exception>
    public static string Validate(string? command)
    {
        if (IsValid(command)) return command!;
        var shown = command is null ? "(null)" : new string(command.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        throw new ArgumentException(
            $"'{shown}' is not a benchmark name: use letters, digits, '_', '.' and '-' only (for example osu_latency)", nameof(command));
    }

    /// <summary>Validates every name of a list, keeping its order.</summary>
    public static IReadOnlyList<string> ValidateAll(IEnumerable<string> commands) => [.. commands.Select(Validate)];
}
