using System.Globalization;
using System.Text;
using OsuScale.Show.Exporters;

namespace OsuScale.Show.Report;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as Markdown (<c>report.md</c>) that links its figures under <c>plots/</c>.
/// Every text that comes from the logs is escaped, so a hostile benchmark name cannot inject links, HTML or table cells.
/// </summary>
public static class MarkdownReportExporter
{
    /// <summary>The Markdown text of the report; figures are linked in <paramref name="format"/> (PNG by default).</summary>
    public static string Export(ReportDocument report, FigureFormat format = FigureFormat.Png)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        void Figure(ReportFigure f) => Line($"![{Escape(f.Caption)}](plots/{Uri.EscapeDataString(f.FileName)}{format.Extension()})");
        void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            Line("| " + string.Join(" | ", header.Select(Escape)) + " |");
            Line("|" + string.Concat(header.Select(_ => " --- |")));
            foreach (var row in rows) Line("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }

        Line("# " + Escape(report.Title));
        Line();
        Line("## What was run");
        Line();
        foreach (var (label, value) in ReportCells.RunLines(report.Run)) Line($"- **{Escape(label)}:** {Escape(value)}");
        if (report.Noise is { } noise) Line($"- **Run-to-run noise:** {Escape(noise)}");
        Line();
        if (report.Run.Metadata.Length > 0)
        {
            Table(["Metadata", "Value"], report.Run.Metadata.Select(m => (IReadOnlyList<string>)[m.Key, m.Value]));
            Line();
        }

        if (report.Figures.Length > 0)
        {
            Line("## Overview");
            Line();
            foreach (var f in report.Figures)
            {
                Figure(f);
                Line();
            }
        }

        foreach (var section in report.Sections)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"## {Escape(section.Heading)} ({section.Entries.Length})"));
            Line();
            Line(Escape(section.Description));
            Line();
            if (section.Entries.Length == 0)
            {
                Line("None.");
                Line();
            }
            foreach (var entry in section.Entries)
            {
                Line("### " + Escape(entry.Benchmark));
                Line();
                if (entry.Verdict is { } v)
                {
                    Line("**" + Escape(ReportCells.VerdictLine(v)) + "**");
                    Line();
                    Line(Escape(v.Reason));
                    Line();
                }
                Figure(entry.Scaling);
                Line();
                if (entry.MessageSize is { } m)
                {
                    Figure(m);
                    Line();
                }
            }
        }

        Line("## All verdicts");
        Line();
        if (report.Verdicts.Length == 0) Line("No verdicts.");
        else Table(ReportCells.VerdictHeader, report.Verdicts.Select(ReportCells.VerdictRow));
        Line();

        Line("## Predicted wall times");
        Line();
        if (report.Predictions.Length == 0)
            Line(report.PredictAt.Length == 0 ? "No predictions were asked for (`--predict 128,256`)." : "No benchmark has a prediction at the sizes asked for.");
        else Table(ReportCells.PredictionHeader, report.Predictions.Select(ReportCells.PredictionRow));
        Line();

        Line("## Incomplete or failed executions");
        Line();
        if (report.Problems.Length == 0) Line("Every execution completed.");
        else Table(ReportCells.ProblemHeader, report.Problems.Select(ReportCells.ProblemRow));
        Line();
        if (report.Diagnostics.Length > 0)
        {
            Line("Parser notes:");
            Line();
            foreach (var d in report.Diagnostics) Line("- " + Escape(d.ToString()));
            Line();
        }

        if (!report.AnalysisNotes.IsDefaultOrEmpty)
        {
            Line("Analysis notes:");
            Line();
            foreach (var note in report.AnalysisNotes) Line("- " + Escape(note));
            Line();
        }

        if (report.TimesLog is { } times)
        {
            Line("## times.log");
            Line();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"{Escape(times.File)}: {times.RowsCompared} rows compared, {times.Discrepancies.Length} disagree with the logs."));
            Line();
            if (times.Discrepancies.Length > 0)
            {
                Table(ReportCells.DiscrepancyHeader, times.Discrepancies.Select(ReportCells.DiscrepancyRow));
                Line();
            }
        }
        return md.ToString();
    }

    /// <summary>
    /// Escapes the Markdown characters that could change how text renders (emphasis, code, links, raw HTML, table
    /// cells, and a heading or list marker at the start), and turns line breaks into spaces, so text is shown as written.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&':
                    sb.Append('\\').Append(c);
                    break;
                case '#' or '+' or '-' or '=' when sb.Length == 0:
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
