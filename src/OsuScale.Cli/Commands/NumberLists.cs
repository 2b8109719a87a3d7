using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;

namespace OsuScale.Cli.Commands;

/// <summary>
/// The comma-separated node-count lists of every verb (<c>--predict 128,256</c>, <c>--sizes 4,8,16</c>): one parser,
/// one wording for its errors.
/// </summary>
internal static class NumberLists
{
    /// <summary>What <c>--predict</c> says in the help of the verbs that predict.</summary>
    public const string PredictHelp =
        "Node counts to predict wall time at, comma-separated (e.g. 128,256), each with a 95% prediction interval. " +
        "Default: the next two doublings of the largest measured size; 'none' for no prediction.";

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

    /// <summary>The same, returning null and the message instead of throwing.</summary>
    public static ImmutableArray<int>? Counts(string? text, string option, out string? error)
    {
        try
        {
            error = null;
            return Counts(text, option);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The sizes to predict at: those of <c>--predict</c> when given (none for <c>none</c>), else the next two doublings
    /// of the campaign's largest size — "what will the next size cost" is the question users launch a bigger run with.
    /// </summary>
    /// <exception cref="FormatException">The list is malformed.</exception>
    public static ImmutableArray<double> Predictions(string? text, Campaign campaign)
    {
        if (string.Equals(text?.Trim(), "none", StringComparison.OrdinalIgnoreCase)) return [];
        if (!string.IsNullOrWhiteSpace(text)) return [.. Counts(text, "--predict").Distinct().Select(n => (double)n)];
        var largest = campaign.Sizes.IsEmpty ? 0 : campaign.Sizes[^1];
        return largest > 0 ? [2.0 * largest, 4.0 * largest] : [];
    }
}
