using System.Globalization;
using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Report;
using OxyPlot;

namespace OsuScale.Interactive;

/// <summary>
/// Verdicts as a sortable HTML table: the report's verdict columns, the predictions asked for and the reason, each row
/// marked with its category's colour in the figures (<see cref="ShowTheme.CategoryColor(ScalingCategory)"/>).
/// A Series column is added when the verdicts are not all about wall time.
/// </summary>
internal static class VerdictHtml
{
    /// <summary>The table of <paramref name="verdicts"/>, in the order given.</summary>
    public static string Table(IEnumerable<ScalingVerdict> verdicts)
    {
        var list = verdicts.ToList();
        var withSeries = list.Any(v => v.Series != ScalingAnalyser.WallSeries);
        var predictAt = list.SelectMany(v => v.Predictions.Select(p => p.Nodes)).Distinct().Order().ToList();

        var header = new List<string>(ReportCells.VerdictHeader);
        if (withSeries) header.Insert(1, "Series");
        header.AddRange(predictAt.Select(n => $"Predicted at {ShowText.Nodes(n)} nodes"));
        header.Add("Reason");

        var table = new SortableTable(header);
        foreach (var v in list)
        {
            var text = ReportCells.VerdictRow(v);
            var colour = Hex(ShowTheme.CategoryColor(v.Category));
            var cells = new List<HtmlCell>
            {
                text[0],
                new(text[1], (double)Severity(v.Category), colour),
                text[2],
                text[3],
                new(text[4], v.Exponent.Value),
                new(text[5], v.Points),
                new(text[6], v.Repetitions),
                new(text[7], v.Noise),
                new(text[8], (double)v.Confidence),
                new(text[9], v.Fit.RSquared),
            };
            if (withSeries) cells.Insert(1, v.Series);
            foreach (var nodes in predictAt)
                cells.Add(v.Predictions.FirstOrDefault(p => p.Nodes == nodes) is { } p ? new HtmlCell(Prediction(v, p), p.Value) : new HtmlCell("", double.NaN));
            cells.Add(new HtmlCell(v.Reason, Prose: true));
            table.Add(cells, colour);
        }
        return table.ToHtml();
    }

    /// <summary>A colour as CSS writes it: <c>#D55E00</c>.</summary>
    public static string Hex(OxyColor colour) => $"#{colour.R:X2}{colour.G:X2}{colour.B:X2}";

    /// <summary>The order of the categories from harmless to worst, for sorting.</summary>
    public static int Severity(ScalingCategory category) => category switch
    {
        ScalingCategory.SizeIndependent => 0,
        ScalingCategory.PossibleIssue => 1,
        ScalingCategory.ScalingIssue => 2,
        _ => 3,
    };

    // Wall times read as durations, other series in their unit; the interval in brackets.
    private static string Prediction(ScalingVerdict v, Prediction p)
    {
        string Show(double x) => v.Series == ScalingAnalyser.WallSeries
            ? ShowText.Duration(x)
            : ShowText.Number(x) + (v.Unit.Length > 0 ? " " + v.Unit : "");
        return string.Create(CultureInfo.InvariantCulture, $"{Show(p.Value)} [{Show(p.Low)}, {Show(p.High)}]");
    }
}
