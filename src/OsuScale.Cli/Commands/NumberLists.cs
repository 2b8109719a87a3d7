using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;

namespace OsuScale.Cli.Commands;

/// <summary>
/// The comma-separated node-count lists of every verb (<c>--predict 128,256</c>, <c>--sizes 4,8,16</c>): one parser,
/// one wording for its errors (used by the option parsers of <see cref="Infrastructure.CliOptions"/>).
/// </summary>
internal static class NumberLists
{
    /// <summary>Parses positive whole numbers, in the order given (repeats kept: a verb decides what they mean).</summary>
    /// <exception cref="FormatException">An item is not a positive whole number; the message names the option and the item.</exception>
    public static ImmutableArray<int> Counts(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
                throw new FormatException($"{option}: '{item}' is not a node count (expected positive whole numbers such as 128,256)");
            builder.Add(value);
        }
        return builder.ToImmutable();
    }

    /// <summary>The default prediction sizes: the next two doublings of the campaign's largest node count.</summary>
    public static ImmutableArray<double> NextDoublings(Campaign campaign)
    {
        var largest = campaign.Sizes.IsEmpty ? 0 : campaign.Sizes[^1];
        return largest > 0 ? [2.0 * largest, 4.0 * largest] : [];
    }
}
