using System.Collections.Immutable;

namespace OsuScale.Campaigns;

/// <summary>The result of comparing a hand-made times.log with the times derived from the logs.</summary>
/// <param name="Differences">Every missing, extra or different row, in hand-made order then log order.</param>
/// <param name="Matching">How many rows agree within the tolerance.</param>
/// <param name="ToleranceSeconds">The tolerance used.</param>
public sealed record TimesComparison(ImmutableArray<TimesDifference> Differences, int Matching, double ToleranceSeconds)
{
    /// <summary>True when nothing differs.</summary>
    public bool Agrees => Differences.IsEmpty;

    /// <summary>Rows the logs have and the hand-made file lacks.</summary>
    public IEnumerable<TimesDifference> Missing => Differences.Where(d => d.Kind == TimesDifferenceKind.Missing);

    /// <summary>Rows the hand-made file has and the logs do not support.</summary>
    public IEnumerable<TimesDifference> Extra => Differences.Where(d => d.Kind == TimesDifferenceKind.Extra);

    /// <summary>Rows both have with times further apart than the tolerance.</summary>
    public IEnumerable<TimesDifference> Different => Differences.Where(d => d.Kind == TimesDifferenceKind.Different);
}
