using System.Xml.Linq;
using OsuScale.Campaigns;
using OsuScale.Model;
using OsuScale.Show.Report;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Report;

/// <summary>
/// Snapshot tests of the Markdown and HTML exporters: the expected files live in <c>Show/Snapshots/</c>; after an
/// intended change, regenerate them with <c>OSU_SCALE_UPDATE_GOLDEN=1</c> (as the golden images) and review the diff.
/// </summary>
public class ReportExporterTests
{
    private static readonly EmbeddedImage Placeholder = new("image/png", [1, 2, 3]);

    private static ReportDocument Report()
    {
        var times = new TimesLogSection("times.log", 25,
        [
            new TimesLogDiscrepancy("different", "osu_allgather", 64, null, 120, 136.2, "times.log:14"),
            new TimesLogDiscrepancy("missing", "osu_allreduce", 32, 2, null, 44.1, "size-32.log:120"),
        ]);
        return ReportBuilder.Build(Campaign(), Verdicts(), SeriesVerdicts(), new ReportOptions(PredictAt: [128, 256], TimesLog: times));
    }

    [Fact]
    public void Markdown_matches_its_snapshot() =>
        Snapshot("report.md", MarkdownReportExporter.Export(Report()));

    [Fact]
    public void Html_matches_its_snapshot() =>
        Snapshot("report.html", HtmlReportExporter.Export(Report(), _ => Placeholder));

    [Fact]
    public void Html_is_self_contained_with_every_figure_embedded()
    {
        var report = Report();
        var html = HtmlReportExporter.Export(report);

        Assert.DoesNotContain("src=\"plots/", html);
        Assert.Equal(report.AllFigures.Count(), CountOf(html, "src=\"data:image/png;base64,iVBORw0KGgo"));
    }

    [Fact]
    public void Hostile_benchmark_names_are_escaped_in_HTML_and_Markdown()
    {
        const string evil = "<script>alert('x')</script>|[link](http://evil)";
        var campaign = new Campaign([Execution(evil, 4, 1, 1.0), Execution(evil, 8, 1, 2.0)], []);
        var verdict = Verdict(evil, ScalingCategory.ScalingIssue, Growth.Linear, new ConstantModel(1), reason: "Reason with <b>tags</b> & more.");
        var report = ReportBuilder.Build(campaign, [verdict], []);

        var html = HtmlReportExporter.Export(report, _ => Placeholder);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>tags", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        // The page still parses as well-formed markup once its doctype is removed: no tag was injected.
        XDocument.Parse(html.Replace("<!DOCTYPE html>", "").Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
            .Replace("initial-scale=1\">", "initial-scale=1\"/>").Replace("\"><figcaption>", "\"/><figcaption>"));

        var md = MarkdownReportExporter.Export(report);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("[link](http://evil)", md);
        Assert.Contains(@"\<script\>alert('x')\</script\>\|\[link\](http://evil)", md);
        Assert.DoesNotContain("](plots/../", md);
    }

    [Fact]
    public void Markdown_links_figures_inside_plots_in_the_format_asked_for()
    {
        var md = MarkdownReportExporter.Export(Report(), OsuScale.Show.Exporters.FigureFormat.Svg);

        Assert.Contains("(plots/scaling-osu_allgather.svg)", md);
        Assert.Contains("(plots/overview.svg)", md);
        Assert.DoesNotContain(".png)", md);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static void Snapshot(string name, string actual)
    {
        var path = Path.Combine(ShowTestFiles.Snapshots, name);
        if (ShowTestFiles.Update)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"snapshot {path} is missing; create it with OSU_SCALE_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
