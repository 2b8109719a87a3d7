namespace OsuScale.Model;

/// <summary>The best two-segment model of a series (flat, then a step or growth), before deciding whether to keep it.</summary>
/// <param name="Fit">The fit, whose model is a <see cref="SegmentedModel"/>.</param>
/// <param name="Jump">Where the segments meet and how large the change is.</param>
/// <param name="RelativeRss">The sum of squared relative residuals over the per-size medians.</param>
/// <param name="Parameters">The parameters, the breakpoint included.</param>
public sealed record SegmentedFit(FitResult Fit, JumpEvidence Jump, double RelativeRss, int Parameters);
