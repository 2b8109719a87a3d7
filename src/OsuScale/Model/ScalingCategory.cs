namespace OsuScale.Model;

/// <summary>The three groups users sort their scaling plots into.</summary>
public enum ScalingCategory
{
    /// <summary>No trend beyond run-to-run noise (<c>size-independent</c>).</summary>
    SizeIndependent,

    /// <summary>Weak or local evidence: a jump at the top sizes, too few points, a trend that does not clear the noise (<c>possible-issue</c>).</summary>
    PossibleIssue,

    /// <summary>Time clearly grows with size (<c>scaling-issue</c>).</summary>
    ScalingIssue,
}
