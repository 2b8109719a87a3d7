using OsuScale.Show.Exporters;

namespace OsuScale.Show.Report;

/// <summary>Options of <see cref="ReportBuilder"/>.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="PredictAt">The node counts to show predictions for (those the analysis was asked for).</param>
/// <param name="TimesLog">The comparison with a hand-made times.log, when one was given.</param>
/// <param name="Formats">The image formats the figures are written in; the first is the one the Markdown links to.</param>
/// <param name="Synthetic">True for a synthetic campaign (<see cref="SyntheticCampaign.Detect"/>): the title and every figure title say so.</param>
public sealed record ReportOptions(
    string Title = "OSU Micro-Benchmarks scaling report",
    IReadOnlyList<double>? PredictAt = null,
    TimesLogSection? TimesLog = null,
    IReadOnlyList<FigureFormat>? Formats = null,
    bool Synthetic = false)
{
    /// <summary>What the title of a synthetic campaign's report and figures adds.</summary>
    public const string SyntheticLabel = "synthetic campaign, not measured";

    /// <summary>The defaults: no predictions, no times.log, PNG and SVG.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The formats, PNG and SVG when not given.</summary>
    public IReadOnlyList<FigureFormat> ActualFormats => Formats is { Count: > 0 } f ? f : [FigureFormat.Png, FigureFormat.Svg];
}
