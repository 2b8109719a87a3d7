using System.Collections.Immutable;
using OsuScale.Campaigns;
using OsuScale.Compare;
using OsuScale.Ingest;
using OsuScale.Show.Comparison;
using OsuScale.Show.Exporters;

namespace OsuScale;

/// <summary>
/// The front door of a comparison: what <c>osu-scale compare</c> does, as one call. Reads both campaigns, compares the
/// candidate with the baseline (<see cref="CampaignComparer"/>) and writes comparison.csv, scaling-comparison.csv, the
/// figures and the report (Markdown and HTML) into a folder.
/// </summary>
public static class ScalingComparison
{
    /// <summary>Reads <paramref name="baseline"/> and <paramref name="candidate"/> (files or folders of logs), compares them and writes the folder.</summary>
    /// <exception cref="OsuParseException">An input cannot be read.</exception>
    public static ScalingComparisonResult Run(IEnumerable<string> baseline, IEnumerable<string> candidate, string folder, ScalingComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= ScalingComparisonOptions.Default;
        List<string> b = [.. baseline];
        List<string> c = [.. candidate];
        return Run(CampaignReader.Read(b, options.Read), CampaignReader.Read(c, options.Read), folder, options with
        {
            BaselineName = options.BaselineName ?? string.Join(", ", b),
            CandidateName = options.CandidateName ?? string.Join(", ", c),
        });
    }

    /// <summary>Compares two campaigns already read and writes the folder.</summary>
    public static ScalingComparisonResult Run(Campaign baseline, Campaign candidate, string folder, ScalingComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= ScalingComparisonOptions.Default;
        if (options.Formats.IsDefaultOrEmpty) throw new ArgumentException("ScalingComparisonOptions.Formats is empty, but at least one image format is needed", nameof(options));
        var comparison = CampaignComparer.Compare(baseline, candidate, options.Comparison);
        var report = ComparisonReportBuilder.Build(comparison, baseline, candidate, options.BaselineName ?? "baseline", options.CandidateName ?? "candidate");
        var written = ComparisonFolder.Write(report, folder, options.Formats);
        return new ScalingComparisonResult(comparison, report, [.. written]);
    }
}

/// <summary>What <see cref="ScalingComparison.Run(IEnumerable{string}, IEnumerable{string}, string, ScalingComparisonOptions?)"/> reads, compares and writes; change with <c>with</c>.</summary>
public sealed record ScalingComparisonOptions
{
    /// <summary>The defaults: default reading and comparison (±10 %, 5 % FDR), PNG and SVG figures.</summary>
    public static ScalingComparisonOptions Default { get; } = new();

    /// <summary>How logs are read.</summary>
    public ReadOptions Read { get; init; } = ReadOptions.Default;

    /// <summary>How the campaigns are compared.</summary>
    public ComparisonOptions Comparison { get; init; } = ComparisonOptions.Default;

    /// <summary>The image formats of the figures; comparison.md links the first.</summary>
    public ImmutableArray<FigureFormat> Formats { get; init; } = [FigureFormat.Png, FigureFormat.Svg];

    /// <summary>The baseline's label in the report (default: its inputs).</summary>
    public string? BaselineName { get; init; }

    /// <summary>The candidate's label in the report (default: its inputs).</summary>
    public string? CandidateName { get; init; }
}

/// <summary>What a comparison run concluded and wrote.</summary>
/// <param name="Comparison">The comparison.</param>
/// <param name="Report">The report document the Markdown and HTML were written from.</param>
/// <param name="Written">The files written.</param>
public sealed record ScalingComparisonResult(CampaignComparison Comparison, ComparisonDocument Report, ImmutableArray<string> Written);
