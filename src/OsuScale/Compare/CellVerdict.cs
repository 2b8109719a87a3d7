namespace OsuScale.Compare;

/// <summary>What one cell (a benchmark's series at one node count) says about the candidate against the baseline.</summary>
public enum CellVerdict
{
    /// <summary>No change beyond the practical threshold was shown (and a doubling or halving is ruled out).</summary>
    Same,

    /// <summary>The candidate is faster by more than the threshold, with the false-discovery rate controlled.</summary>
    Faster,

    /// <summary>The candidate is slower by more than the threshold, with the false-discovery rate controlled.</summary>
    Slower,

    /// <summary>Not shown to differ, but the interval is too wide to rule out a doubling or a halving.</summary>
    InsufficientData,
}

/// <summary>How a scaling law changed between two campaigns.</summary>
public enum ChangeKind
{
    /// <summary>Neither the exponent nor the level changed beyond the threshold.</summary>
    None,

    /// <summary>The whole curve moved by about the same factor at every size (a slower cluster or network).</summary>
    ConstantFactor,

    /// <summary>The curve bends differently: the exponent changed (a scaling problem that appears or goes away).</summary>
    Growth,
}

/// <summary>The test that decided a cell.</summary>
public enum CellTest
{
    /// <summary>Mann–Whitney U on the repetitions (Perfolizer), shifted by the threshold.</summary>
    MannWhitney,

    /// <summary>A normal test of the log ratio of medians against the run-to-run noise of both campaigns.</summary>
    Noise,
}

/// <summary>Kebab-case names of the comparison's enumerations, as written in CSV and reports.</summary>
public static class ComparisonNames
{
    /// <summary><c>same</c>, <c>faster</c>, <c>slower</c>, <c>insufficient-data</c>.</summary>
    public static string ToName(this CellVerdict verdict) => verdict switch
    {
        CellVerdict.Faster => "faster",
        CellVerdict.Slower => "slower",
        CellVerdict.InsufficientData => "insufficient-data",
        _ => "same",
    };

    /// <summary><c>none</c>, <c>constant-factor</c>, <c>growth</c>.</summary>
    public static string ToName(this ChangeKind kind) => kind switch
    {
        ChangeKind.ConstantFactor => "constant-factor",
        ChangeKind.Growth => "growth",
        _ => "none",
    };

    /// <summary><c>mann-whitney</c>, <c>noise</c>.</summary>
    public static string ToName(this CellTest test) => test == CellTest.MannWhitney ? "mann-whitney" : "noise";
}
