using System.Globalization;

namespace OsuScale.Campaigns;

/// <summary>How a hand-made times.log row and the logs disagree.</summary>
public enum TimesDifferenceKind
{
    /// <summary>The logs have a complete execution the hand-made file lacks.</summary>
    Missing,

    /// <summary>The hand-made file has a row no complete execution in the logs supports.</summary>
    Extra,

    /// <summary>Both have the row but the times differ by more than the tolerance.</summary>
    Different,
}

/// <summary>One disagreement between a hand-made times.log and the times derived from the logs, with its evidence.</summary>
/// <param name="Kind">Missing, extra or different.</param>
/// <param name="Metric">The benchmark.</param>
/// <param name="SizeNodes">The cluster size.</param>
/// <param name="Iteration">The repetition.</param>
/// <param name="HandMade">The hand-made row (null when missing there).</param>
/// <param name="Derived">The row derived from the logs (null when the logs lack it).</param>
/// <param name="HandMadeSource">Where the hand-made row is (<c>times.log:70</c>), or null.</param>
/// <param name="DerivedSource">Where the execution is in the logs (<c>size-16.log:515</c>), or null.</param>
public sealed record TimesDifference(
    TimesDifferenceKind Kind,
    string Metric,
    int SizeNodes,
    int Iteration,
    TimesLogRow? HandMade,
    TimesLogRow? Derived,
    SourceLocation? HandMadeSource,
    SourceLocation? DerivedSource)
{
    /// <summary>Derived minus hand-made seconds, for <see cref="TimesDifferenceKind.Different"/>; otherwise null.</summary>
    public double? DeltaSeconds => HandMade is not null && Derived is not null ? Derived.TimeSeconds - HandMade.TimeSeconds : null;

    /// <summary>One line for a person, naming where each side is.</summary>
    public override string ToString()
    {
        var what = string.Create(CultureInfo.InvariantCulture, $"{Metric} at {SizeNodes} nodes{(Iteration > 1 ? $", iteration {Iteration}" : "")}");
        return Kind switch
        {
            TimesDifferenceKind.Missing => string.Create(CultureInfo.InvariantCulture,
                $"{DerivedSource}: missing: {what}: the logs say {Derived!.TimeSeconds:R} s, the times.log has no row"),
            TimesDifferenceKind.Extra => string.Create(CultureInfo.InvariantCulture,
                $"{HandMadeSource}: extra: {what}: the times.log says {HandMade!.TimeSeconds:R} s, the logs have no complete execution"),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{HandMadeSource}: different: {what}: the times.log says {HandMade!.TimeSeconds:R} s, the logs say {Derived!.TimeSeconds:R} s ({DerivedSource})"),
        };
    }
}
