using OsuScale.Interactive;
using OsuScale.Show.Report;

namespace OsuScale.Tests.Interactive;

public sealed class ReportHtmlTests
{
    [Fact]
    public void The_report_summary_names_the_run_the_groups_and_the_summary_table()
    {
        var report = ReportBuilder.Build(KubeconAnalysis.Campaign, KubeconAnalysis.Analysis, new ReportOptions(PredictAt: [128]));

        var html = ReportHtml.Html(report);

        Assert.Contains("<h3>" + System.Net.WebUtility.HtmlEncode(report.Title) + "</h3>", html);
        Assert.Contains("4, 8, 16, 32, 64 nodes", html);
        foreach (var section in report.Sections)
            Assert.Contains("<li><b>" + System.Net.WebUtility.HtmlEncode(section.Heading) + "</b>: ", html);
        Assert.Contains("<h4>Summary</h4>", html);
        Assert.Contains(">Predicted at 128 nodes [95 %]</th>", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(report.Summary.Sentences[0]), html);
        Assert.Contains($"<details><summary>Verdicts ({report.Verdicts.Length} benchmarks)</summary>", html);
        Assert.DoesNotContain("<svg", html);
    }
}
