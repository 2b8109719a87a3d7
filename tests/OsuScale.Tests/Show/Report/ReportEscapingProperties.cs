using System.Net;
using FsCheck.Xunit;
using OsuScale.Campaigns;
using OsuScale.Show.Report;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Report;

public class ReportEscapingProperties
{
    [Property(MaxTest = 200)]
    public bool Markdown_escaping_leaves_no_active_character_unescaped(string? text)
    {
        var escaped = MarkdownReportExporter.Escape(text ?? "");
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] is '\n' or '\r') return false;
            if (escaped[i] is '[' or ']' or '<' or '>' or '|' or '`' or '*' or '_')
            {
                // Preceded by an odd number of backslashes: escaped.
                var slashes = 0;
                for (var j = i - 1; j >= 0 && escaped[j] == '\\'; j--) slashes++;
                if (slashes % 2 == 0) return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 50)]
    public bool Any_benchmark_name_gives_safe_unique_figure_files_and_encoded_HTML(string? first, string? second)
    {
        var a = string.IsNullOrEmpty(first) ? "x" : first;
        var b = string.IsNullOrEmpty(second) ? "y" : second;
        var campaign = new Campaign([Execution(a, 4, 1, 1), Execution(a, 8, 1, 2), Execution(b, 4, 1, 1)], []);
        var report = ReportBuilder.Build(campaign, [], []);

        var names = report.AllFigures.Select(f => f.FileName).ToList();
        var safe = names.All(n => n.Length > 0 && n[0] != '.' && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'));
        var unique = names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count;
        var html = HtmlReportExporter.Export(report, _ => new EmbeddedImage("image/png", [0]));
        var encoded = html.Contains(WebUtility.HtmlEncode(a), StringComparison.Ordinal)
                      && (!a.Contains('<') || !html.Contains("<h3>" + a, StringComparison.Ordinal));
        return safe && unique && encoded;
    }
}
