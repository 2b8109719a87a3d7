using System.Globalization;
using System.Net;
using System.Text;
using OsuScale.Show.Exporters;

namespace OsuScale.Show.Report;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as Markdown (<c>report.md</c>) that links its figures under <c>plots/</c>, in
/// the same order and with the same ids as the HTML page: title, contents, summary, cost per size, figures, the three
/// groups (each benchmark's detail folded in <c>&lt;details&gt;</c>), fit details, executions not completed, times.log,
/// what was run. Every text that comes from the logs is escaped, so a hostile benchmark name cannot inject links, HTML
/// or table cells.
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
        void Heading(string id, string text)
        {
            Line($"<a id=\"{WebUtility.HtmlEncode(id)}\"></a>");
            Line();
            Line("## " + Escape(text));
            Line();
        }

        Line("# " + Escape(report.Title));
        Line();
        Line("**Contents:** " + string.Join(" · ", ReportCells.Contents(report).Select(c => $"[{Escape(c.Label)}](#{Uri.EscapeDataString(c.Id)})")));
        Line();

        var summary = report.Summary;
        Heading(ReportAnchors.Summary, "Summary");
        Line(Escape(string.Join(" ", summary.Sentences)));
        Line();
        if (summary.Rows.Length == 0) Line("No verdicts.");
        else
        {
            var header = SummaryCells.Header(summary);
            Line("| " + string.Join(" | ", header.Select(Escape)) + " |");
            Line("|" + string.Concat(header.Select((_, i) => i >= 3 && i < header.Count - 1 ? " ---: |" : " --- |")));
            foreach (var row in summary.Rows)
            {
                var cells = SummaryCells.Row(row, summary);
                Line($"| [{Escape(cells[0])}](#{Uri.EscapeDataString(row.Anchor)}) | " + string.Join(" | ", cells.Skip(1).Select(Escape)) + " |");
            }
        }
        Line();

        Heading(ReportAnchors.Cost, "Cost per size");
        if (summary.Cost.Length == 0) Line("No wall times to add up.");
        else
        {
            Table(SummaryCells.CostHeader, summary.Cost.Select(SummaryCells.CostRow));
            Line();
            Line(Escape(summary.CostNote));
        }
        Line();

        if (report.Figures.Length > 0)
        {
            Heading(ReportAnchors.Overview, "Figures");
            foreach (var f in report.Figures)
            {
                Figure(f);
                Line();
            }
        }

        foreach (var section in report.Sections)
        {
            Heading(ReportAnchors.Section(section.Category), string.Create(CultureInfo.InvariantCulture, $"{section.Heading} ({section.Entries.Length})"));
            Line(Escape(section.Description));
            Line();
            if (section.Entries.Length == 0)
            {
                Line("None.");
                Line();
            }
            foreach (var entry in section.Entries)
            {
                // Inside an HTML block Markdown is not interpreted: the summary line is HTML-encoded, not Markdown-escaped.
                var line = entry.Verdict is { } v ? " — " + ReportCells.VerdictLine(v) : "";
                Line($"<details id=\"{WebUtility.HtmlEncode(entry.Anchor)}\"><summary><b>{HtmlText(entry.Benchmark)}</b>{HtmlText(line)}</summary>");
                Line();
                if (entry.Verdict is { } verdict)
                {
                    Line(Escape(verdict.Reason));
                    Line();
                }
                Figure(entry.Scaling);
                Line();
                if (entry.MessageSize is { } m)
                {
                    Figure(m);
                    Line();
                }
                Line("</details>");
                Line();
            }
        }

        Heading(ReportAnchors.Verdicts, "Fit details");
        if (report.Verdicts.Length == 0) Line("No verdicts.");
        else Table(ReportCells.VerdictHeader, report.Verdicts.Select(ReportCells.VerdictRow));
        Line();

        Heading(ReportAnchors.Problems, "Incomplete or failed executions");
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
            Heading(ReportAnchors.TimesLog, "times.log");
            Line(string.Create(CultureInfo.InvariantCulture,
                $"{Escape(times.File)}: {times.RowsCompared} rows compared, {times.Discrepancies.Length} disagree with the logs."));
            Line();
            if (times.Discrepancies.Length > 0)
            {
                Table(ReportCells.DiscrepancyHeader, times.Discrepancies.Select(ReportCells.DiscrepancyRow));
                Line();
            }
        }

        Heading(ReportAnchors.Run, "What was run");
        foreach (var (label, value) in ReportCells.RunLines(report.Run)) Line($"- **{Escape(label)}:** {Escape(value)}");
        if (report.Noise is { } noise) Line($"- **Run-to-run noise:** {Escape(noise)}");
        Line();
        if (report.Run.Metadata.Length > 0)
        {
            Table(["Metadata", "Value"], report.Run.Metadata.Select(m => (IReadOnlyList<string>)[m.Key, m.Value]));
            Line();
        }
        return md.ToString();
    }

    /// <summary>
    /// Text inside an HTML block of the Markdown (a <c>&lt;details&gt;</c> summary): HTML-encoded, and the characters
    /// that a lenient renderer could still read as Markdown (links, emphasis, code, table cells) as numeric entities.
    /// </summary>
    public static string HtmlText(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'' or '[' or ']' or '|' or '*' or '_' or '`' or '~' or '\\':
                    sb.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
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
