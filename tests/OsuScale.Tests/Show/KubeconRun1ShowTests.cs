using System.Xml.Linq;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;
using OsuScale.Show.Report;
using OsuScale.Tests.Support;
using SkiaSharp;

namespace OsuScale.Tests.Show;

/// <summary>Acceptance on the real campaign data/kubecon-run1 (22 benchmarks, sizes 4–64, one run each).</summary>
public class KubeconRun1ShowTests
{
    [Fact]
    public void The_report_folder_has_every_figure_in_PNG_and_SVG_and_the_three_headings()
    {
        var campaign = CampaignReader.Read([RepoData.KubeconRun1]);
        var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] });
        var report = ReportBuilder.Build(campaign, analysis, new ReportOptions(PredictAt: [128, 256]));
        var folder = Directory.CreateTempSubdirectory("osu-scale-kubecon-").FullName;
        try
        {
            ReportFolder.Write(report, campaign, folder, [FigureFormat.Png, FigureFormat.Svg]);
            var plots = Path.Combine(folder, "plots");

            Assert.Equal(22, campaign.Benchmarks.Length);
            var withTables = campaign.Benchmarks.Where(b => MessageSizePlot.CanBuild(campaign, b)).ToList();
            Assert.Contains("osu_allgather", withTables);
            Assert.Contains("osu_latency", withTables);
            Assert.DoesNotContain("osu_barrier", withTables);
            Assert.DoesNotContain("osu_init", withTables);
            var expected = campaign.Benchmarks.Select(b => "scaling-" + b)
                .Concat(withTables.Select(b => "message-size-" + b))
                .Concat(["overview", "growth-map"]).ToList();
            foreach (var name in expected)
            {
                using var png = SKBitmap.Decode(Path.Combine(plots, name + ".png"));
                Assert.True(png is { Width: > 100, Height: > 100 }, name);
                var svg = XDocument.Load(Path.Combine(plots, name + ".svg"));
                Assert.Equal("svg", svg.Root!.Name.LocalName);
            }
            Assert.Equal(expected.Count * 2, Directory.GetFiles(plots).Length);

            var md = File.ReadAllText(Path.Combine(folder, "report.md"));
            var headings = new[] { "## Summary", "## Cost per size", "## Scalability issues", "## Possible scalability issues", "## Size-independent", "## Fit details" }
                .Select(h => md.IndexOf(h, StringComparison.Ordinal)).ToList();
            Assert.All(headings, i => Assert.True(i >= 0));
            Assert.Equal(headings.Order(), headings);
            // Every benchmark is folded under the heading of its category, with its figure.
            foreach (var verdict in analysis.Verdicts)
            {
                var section = report.Sections.Single(s => s.Category == verdict.Category);
                var at = md.IndexOf($"<details id=\"b-{verdict.Benchmark}\"><summary><b>{MarkdownReportExporter.HtmlText(verdict.Benchmark)}</b>", StringComparison.Ordinal);
                Assert.True(at > md.IndexOf("## " + section.Heading, StringComparison.Ordinal), verdict.Benchmark);
                Assert.Contains($"(plots/scaling-{verdict.Benchmark}.png)", md);
            }
            Assert.Contains("osu\\_allreduce | 64 | 1 | incomplete", md);
            Assert.True(new FileInfo(Path.Combine(folder, "report.html")).Length > 500_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
