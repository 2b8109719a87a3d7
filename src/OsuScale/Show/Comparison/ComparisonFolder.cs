using System.Text;
using OsuScale.Compare;
using OsuScale.IO;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>
/// Writes a comparison folder: <c>comparison.csv</c>, <c>scaling-comparison.csv</c>, <c>plots/</c> (the ratio map and
/// one figure per changed benchmark, in every format asked for), <c>comparison.md</c> and <c>comparison.html</c>
/// (figures embedded as the same PNG bytes). File names come from <see cref="SafePath"/>; existing files are replaced whole.
/// </summary>
public static class ComparisonFolder
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFile = "comparison.md";

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "comparison.html";

    /// <summary>Writes everything into <paramref name="folder"/> (created); returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ComparisonDocument report, string folder, IReadOnlyList<FigureFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(formats);
        if (formats.Count == 0) throw new ArgumentException("At least one image format is needed.", nameof(formats));
        Directory.CreateDirectory(folder);
        var plots = Path.Combine(folder, ReportFolder.PlotsFolder);
        Directory.CreateDirectory(plots);
        List<string> written = [];
        var utf8 = new UTF8Encoding(false);

        var cells = Path.Combine(folder, ComparisonCsvExporter.CellsFileName);
        using (var writer = new StreamWriter(cells, false, utf8)) ComparisonCsvExporter.ExportCells(report.Comparison, writer);
        var changes = Path.Combine(folder, ComparisonCsvExporter.ChangesFileName);
        using (var writer = new StreamWriter(changes, false, utf8)) ComparisonCsvExporter.ExportChanges(report.Comparison, writer);
        written.AddRange([cells, changes]);

        var png = new Dictionary<ReportFigure, EmbeddedImage>(ReferenceEqualityComparer.Instance);
        foreach (var figure in report.AllFigures)
        {
            foreach (var format in formats.Distinct())
            {
                var path = SafePath.Combine(plots, figure.FileName, format.Extension());
                if (format == FigureFormat.Png)
                {
                    var image = HtmlReportExporter.RenderPng(figure);
                    png[figure] = image;
                    File.WriteAllBytes(path, image.Data);
                }
                else File.WriteAllText(path, SvgFigureExporter.ToText(figure.Plot!, figure.Width, figure.Height), utf8);
                written.Add(path);
            }
        }

        var markdown = Path.Combine(folder, MarkdownFile);
        File.WriteAllText(markdown, MarkdownComparisonExporter.Export(report, formats[0]), utf8);
        var html = Path.Combine(folder, HtmlFile);
        File.WriteAllText(html, HtmlComparisonExporter.Export(report, f => png.TryGetValue(f, out var image) ? image : HtmlReportExporter.RenderPng(f)), utf8);
        written.AddRange([markdown, html]);
        return written;
    }
}
