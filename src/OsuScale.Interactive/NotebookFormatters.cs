using Microsoft.DotNet.Interactive.Formatting;
using OsuScale.Compare;
using OsuScale.Model;
using OsuScale.Show.Plots;
using OsuScale.Show.Report;
using OxyPlot;

namespace OsuScale.Interactive;

/// <summary>
/// The HTML display formatters of OsuScale's results in .NET Interactive notebooks: verdict lists and analyses as
/// sortable tables in the figures' category colours, plot models, figure grids and report figures as inline SVG, a
/// report as its summary, a comparison of two campaigns as its answer and table of changes. Registered by <see cref="OsuScaleKernelExtension"/> when the package is loaded, unless
/// <see cref="OffSwitch"/> says otherwise.
/// </summary>
public static class NotebookFormatters
{
    /// <summary>
    /// The environment variable that keeps the formatters from being registered: set it to <c>off</c> (or <c>0</c>,
    /// <c>false</c>) before the package is loaded.
    /// </summary>
    public const string OffSwitch = "OSUSCALE_NOTEBOOK_FORMATTERS";

    /// <summary>True when <see cref="OffSwitch"/> is set to <c>off</c>, <c>0</c> or <c>false</c> (any case).</summary>
    public static bool TurnedOff(string? value) =>
        value is not null && value.Trim().ToLowerInvariant() is "off" or "0" or "false";

    /// <summary>Registers every formatter (for <c>text/html</c>, the mime type notebooks show).</summary>
    public static void Register()
    {
        Formatter.Register<IEnumerable<ScalingVerdict>>(verdicts => SortableTable.Preamble + VerdictHtml.Table(verdicts), HtmlFormatter.MimeType);
        Formatter.Register<CampaignAnalysis>(analysis => SortableTable.Preamble + AnalysisHtml.Html(analysis), HtmlFormatter.MimeType);
        Formatter.Register<ReportDocument>(report => SortableTable.Preamble + ReportHtml.Html(report), HtmlFormatter.MimeType);
        Formatter.Register<CampaignComparison>(comparison => SortableTable.Preamble + ComparisonHtml.Html(comparison), HtmlFormatter.MimeType);
        Formatter.Register<ScalingComparisonResult>(result => SortableTable.Preamble + ComparisonHtml.Html(result.Comparison)
            + "<p>" + SortableTable.Encode(AnalysisHtml.Count(result.Written.Length, "file") + " written") + "</p>", HtmlFormatter.MimeType);
        Formatter.Register<PlotModel>(InlineFigure.Svg, HtmlFormatter.MimeType);
        Formatter.Register<FigureGrid>(InlineFigure.Svg, HtmlFormatter.MimeType);
        Formatter.Register<ReportFigure>(InlineFigure.Svg, HtmlFormatter.MimeType);
    }
}
