using System.Text;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>Writes a <see cref="ComparisonDocument"/> as Markdown (<c>comparison.md</c>) linking its figures under <c>plots/</c>; text from logs is escaped.</summary>
public static class MarkdownComparisonExporter
{
    /// <summary>The Markdown text; figures are linked in <paramref name="format"/>.</summary>
    public static string Export(ComparisonDocument report, FigureFormat format = FigureFormat.Png)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Comparison;
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        void Figure(ReportFigure f) => Line($"![{E(f.Caption)}]({f.RelativePath(format)})");
        void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            Line("| " + string.Join(" | ", header.Select(E)) + " |");
            Line("|" + string.Concat(header.Select(_ => " --- |")));
            foreach (var row in rows) Line("| " + string.Join(" | ", row.Select(E)) + " |");
            Line();
        }

        Line("# " + E(report.Title));
        Line();
        Line("**" + E(c.Answer) + "**");
        Line();
        Line(E(ComparisonCells.Counts(c)));
        Line();
        Table(ComparisonCells.ChangeHeader, report.Changes.Select(x => ComparisonCells.ChangeRow(x, c)));

        Line("## Ratio map");
        Line();
        Figure(report.RatioMap);
        Line();

        Line("## Changed benchmarks");
        Line();
        if (report.ChangeFigures.IsEmpty) Line("None: every benchmark is unchanged within the threshold.");
        foreach (var (change, figure) in report.ChangeFigures)
        {
            Line("### " + E(change.Benchmark));
            Line();
            Line(E(change.Sentence));
            Line();
            Figure(figure);
            Line();
        }

        Line("## Largest cell changes");
        Line();
        if (report.LargestCells.IsEmpty) Line("No cell is faster or slower.");
        else Table(ComparisonCells.CellHeader, report.LargestCells.Select(ComparisonCells.CellRow));
        Line();

        Line("## Every benchmark");
        Line();
        foreach (var change in report.Changes) Line($"- **{E(change.Benchmark)}:** {E(change.Sentence)}");
        Line();

        Line("## What was compared");
        Line();
        foreach (var (name, run) in new[] { ($"Baseline ({report.BaselineName})", report.Baseline), ($"Candidate ({report.CandidateName})", report.Candidate) })
        {
            Line($"### {E(name)}");
            Line();
            foreach (var (label, value) in ComparisonCells.RunLines(run)) Line($"- **{E(label)}:** {E(value)}");
            Line();
        }

        Line("## Method");
        Line();
        foreach (var sentence in ComparisonCells.Method(c)) Line("- " + E(sentence));
        Line();
        Line($"Every cell is in `{ComparisonCsvExporter.CellsFileName}`, every benchmark in `{ComparisonCsvExporter.ChangesFileName}`.");
        if (!c.Notes.IsEmpty)
        {
            Line();
            Line("## Left out");
            Line();
            foreach (var note in c.Notes) Line("- " + E(note));
        }
        return md.ToString();
    }

    private static string E(string text) => MarkdownReportExporter.Escape(text);
}
