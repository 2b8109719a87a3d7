using System.Text;
using OsuScale.Campaigns;
using OsuScale.IO;
using OsuScale.Show.Report;

namespace OsuScale.Show.Exporters;

/// <summary>Progress of <see cref="ReportFolder.Write"/>: how many of the steps are done and what is being written.</summary>
/// <param name="Done">Steps done.</param>
/// <param name="Total">All steps (one per figure, plus the tables and the two report files).</param>
/// <param name="Current">What is being written now.</param>
public readonly record struct ReportProgress(int Done, int Total, string Current);

/// <summary>
/// Writes a report folder: <c>plots/</c> (every figure in every format asked for), <c>report.md</c>,
/// <c>report.html</c> (figures embedded as the same PNG bytes written to <c>plots/</c>), <c>times.csv</c> and
/// <c>results.csv</c>. File names come from <see cref="SafePath"/>; existing files are replaced whole.
/// </summary>
public static class ReportFolder
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The figures' sub-folder.</summary>
    public const string PlotsFolder = "plots";

    /// <summary>Writes the report of <paramref name="campaign"/> into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ReportDocument report, Campaign campaign, string folder, IReadOnlyList<FigureFormat> formats,
        IProgress<ReportProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (formats.Count == 0) throw new ArgumentException("At least one image format is needed.", nameof(formats));
        Directory.CreateDirectory(folder);
        var plots = Path.Combine(folder, PlotsFolder);
        Directory.CreateDirectory(plots);
        var figures = report.AllFigures.ToList();
        var total = figures.Count + 3;
        var done = 0;
        var written = new List<string>();
        var png = new Dictionary<ReportFigure, byte[]>(ReferenceEqualityComparer.Instance);

        foreach (var figure in figures)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(new ReportProgress(done, total, "plots/" + figure.FileName));
            foreach (var format in formats)
            {
                var path = SafePath.Combine(plots, figure.FileName, format.Extension());
                byte[] bytes;
                if (format == FigureFormat.Png)
                {
                    bytes = HtmlReportExporter.RenderPng(figure).Data;
                    png[figure] = bytes;
                }
                else
                {
                    using var memory = new MemoryStream();
                    if (figure.Grid is { } grid) SvgFigureExporter.Export(grid, memory, figure.Width, figure.Height);
                    else SvgFigureExporter.Export(figure.Plot!, memory, figure.Width, figure.Height);
                    bytes = memory.ToArray();
                }
                File.WriteAllBytes(path, bytes);
                written.Add(path);
            }
            done++;
        }

        cancellation.ThrowIfCancellationRequested();
        progress?.Report(new ReportProgress(done, total, "times.csv, results.csv"));
        written.AddRange(CampaignTables.WriteFolder(campaign, folder));
        done++;

        progress?.Report(new ReportProgress(done, total, MarkdownFile));
        var markdown = Path.Combine(folder, MarkdownFile);
        File.WriteAllText(markdown, MarkdownReportExporter.Export(report, formats[0]), new UTF8Encoding(false));
        written.Add(markdown);
        done++;

        progress?.Report(new ReportProgress(done, total, HtmlFile));
        var html = Path.Combine(folder, HtmlFile);
        File.WriteAllText(html, HtmlReportExporter.Export(report, f => png.TryGetValue(f, out var bytes)
            ? new EmbeddedImage("image/png", bytes)
            : HtmlReportExporter.RenderPng(f)), new UTF8Encoding(false));
        written.Add(html);
        done++;
        progress?.Report(new ReportProgress(done, total, "done"));
        return written;
    }
}
