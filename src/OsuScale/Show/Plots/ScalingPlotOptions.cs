namespace OsuScale.Show.Plots;

/// <summary>Options of <see cref="ScalingPlot"/>.</summary>
/// <param name="CurvePoints">How many points draw the model curve over each range (measured, extrapolated).</param>
/// <param name="LogThreshold">The y axis is logarithmic when the largest value is more than this many times the smallest.</param>
/// <param name="ShowBand">Whether to draw the model's prediction band.</param>
/// <param name="BandLevel">The coverage of the prediction band (0.95).</param>
public sealed record ScalingPlotOptions(int CurvePoints = 48, double LogThreshold = 20, bool ShowBand = true, double BandLevel = 0.95)
{
    /// <summary>The defaults.</summary>
    public static ScalingPlotOptions Default { get; } = new();
}
