using System.Globalization;
using System.Text.RegularExpressions;

namespace OsuScale.Collect.Running;

/// <summary>Durations as people write them on a command line: <c>6h</c>, <c>90m</c>, <c>30s</c>, <c>1h30m</c>, <c>250ms</c>.</summary>
internal static partial class Duration
{
    [GeneratedRegex(@"^(?:(?<d>\d+(?:\.\d+)?)d)?(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m(?!s))?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+)ms)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Units();

    /// <summary>Parses a duration; a bare number means seconds.</summary>
    /// <exception cref="FormatException">Not a duration, or zero/negative.</exception>
    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        TimeSpan result;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
        {
            result = TimeSpan.FromSeconds(seconds);
        }
        else
        {
            var match = Units().Match(value);
            if (value.Length == 0 || !match.Success) throw new FormatException($"'{text}' is not a duration: write it like 6h, 90m, 30s or 1h30m");
            double Part(string unit) => match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
            result = TimeSpan.FromDays(Part("d")) + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m"))
                     + TimeSpan.FromSeconds(Part("s")) + TimeSpan.FromMilliseconds(Part("ms"));
        }
        return result > TimeSpan.Zero ? result : throw new FormatException($"'{text}' is not a positive duration");
    }

    /// <summary>Formats a duration compactly: <c>6h</c>, <c>1h30m</c>, <c>45s</c>, <c>250ms</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1)) return ((int)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        var parts = new List<string>();
        var total = TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds));
        if ((int)total.TotalHours > 0) parts.Add(((int)total.TotalHours).ToString(CultureInfo.InvariantCulture) + "h");
        if (total.Minutes > 0) parts.Add(total.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        if (total.Seconds > 0 || parts.Count == 0) parts.Add(total.Seconds.ToString(CultureInfo.InvariantCulture) + "s");
        return string.Concat(parts);
    }
}
