using System.Collections.Immutable;
using System.Globalization;

namespace OsuScale.Cli.Commands;

/// <summary>Parses the comma-separated number lists of options such as <c>--predict 128,256</c> and <c>--sizes 4,8,16</c>.</summary>
internal static class NumberLists
{
    /// <summary>Parses positive whole numbers; on failure returns null and a one-line message naming the option and the bad item.</summary>
    public static ImmutableArray<int>? Counts(string? text, string option, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"{option}: '{item}' is not a positive whole number (expected a list such as 128,256)";
                return null;
            }
            builder.Add(value);
        }
        return builder.ToImmutable();
    }
}
