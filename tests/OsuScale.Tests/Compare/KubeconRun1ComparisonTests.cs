using OsuScale.Compare;
using OsuScale.Ingest;
using OsuScale.Show.Comparison;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Compare;

/// <summary>
/// The real kubecon-run1 campaign (one run per size, 4–64 nodes) against a simulated re-run of it
/// (<see cref="Rerun"/>, seed 11): 9 % log-normal noise on every value — what the pair benchmarks say the campaign's
/// noise is — with osu_latency made 1.8 times slower at every size (a constant factor) and osu_allgather growing
/// N^0.5 faster (×1 at 4 nodes, ×4 at 64: a change of growth).
/// </summary>
public sealed class KubeconRun1ComparisonTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("compare-kubecon-").FullName;
    private static readonly Lazy<(OsuScale.Campaigns.Campaign Baseline, OsuScale.Campaigns.Campaign Candidate, CampaignComparison Comparison)> Pair = new(() =>
    {
        var baseline = CampaignReader.Read([RepoData.KubeconRun1]);
        var candidate = Rerun.Of(baseline, noise: 0.09, seed: 11, (benchmark, nodes) => benchmark switch
        {
            "osu_latency" => 1.8,
            "osu_allgather" => Math.Sqrt(nodes / 4.0),
            _ => 1,
        });
        return (baseline, candidate, CampaignComparer.Compare(baseline, candidate));
    });

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_two_changes_are_found_with_their_kind_and_nothing_else_changed()
    {
        var comparison = Pair.Value.Comparison;
        output.WriteLine(comparison.Answer);
        output.WriteLine(OsuScale.Show.Comparison.ComparisonCells.Counts(comparison));
        foreach (var c in comparison.Changes.Where(c => c.Kind != ChangeKind.None)) output.WriteLine($"{c.Benchmark}: {c.Sentence}");

        Assert.Equal(ChangeKind.ConstantFactor, comparison.Change("osu_latency")!.Kind);
        Assert.Equal(ChangeKind.Growth, comparison.Change("osu_allgather")!.Kind);
        Assert.All(comparison.Changes.Where(c => c.Benchmark is not ("osu_latency" or "osu_allgather")), c => Assert.Equal(ChangeKind.None, c.Kind));
        Assert.All(comparison.Cells.Where(c => c.Benchmark is not ("osu_latency" or "osu_allgather")), c => Assert.DoesNotContain(c.Verdict, new[] { CellVerdict.Faster, CellVerdict.Slower }));
        Assert.StartsWith("The benchmarks: 2 of 22 changed — osu_allgather grows differently", comparison.Answer, StringComparison.Ordinal);
        // osu_allreduce did not complete at 64 nodes (size-64.log:625): no cell there.
        Assert.DoesNotContain(comparison.CellsOf("osu_allreduce"), c => c.Nodes == 64);
    }

    [Fact]
    public void The_report_puts_the_answer_and_the_summary_first_and_shows_the_changed_benchmarks()
    {
        var (baseline, candidate, comparison) = Pair.Value;
        var report = ComparisonReportBuilder.Build(comparison, baseline, candidate, "kubecon-run1", "re-run");

        var html = HtmlComparisonExporter.Export(report);
        var markdown = MarkdownComparisonExporter.Export(report);

        Assert.Equal(["osu_allgather", "osu_latency"], report.ChangeFigures.Select(f => f.Change.Benchmark));
        Assert.Equal(["osu_allgather", "osu_latency"], report.Changes.Take(2).Select(c => c.Benchmark));
        var answer = html.IndexOf("<p class=\"answer\" id=\"answer\">The benchmarks: 2 of 22 changed", StringComparison.Ordinal);
        var summary = html.IndexOf("<table id=\"summary\">", StringComparison.Ordinal);
        var firstFigure = html.IndexOf("<figure>", StringComparison.Ordinal);
        Assert.True(answer > 0 && answer < summary && summary < firstFigure, "answer, then the summary table, then the figures");
        Assert.Contains("<td>osu_allgather</td><td>growth</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>osu_latency</td><td>constant-factor</td>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<img src=\"data:image/png;base64,").Length - 1);
        Assert.StartsWith("# Comparison: re-run against kubecon-run1\n\n**The benchmarks: 2 of 22 changed", markdown, StringComparison.Ordinal);
        Assert.Contains("![osu\\_latency: wall time against nodes in both campaigns, with their fits.](plots/compare-osu_latency.png)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_has_the_tables_the_figures_and_both_reports()
    {
        var (baseline, candidate, _) = Pair.Value;

        var result = ScalingComparison.Run(baseline, candidate, folder, ScalingComparisonOptions.Default with { BaselineName = "kubecon-run1", CandidateName = "re-run" });

        var names = result.Written.Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order().ToList();
        Assert.Equal(
        [
            "comparison.csv", "comparison.html", "comparison.md",
            "plots/compare-osu_allgather.png", "plots/compare-osu_allgather.svg", "plots/compare-osu_latency.png", "plots/compare-osu_latency.svg",
            "plots/ratio-map.png", "plots/ratio-map.svg", "scaling-comparison.csv",
        ], names);
        var rows = File.ReadAllLines(Path.Combine(folder, "comparison.csv"));
        Assert.Equal(result.Comparison.Cells.Length + 1, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("osu_latency,wall_seconds,8,", StringComparison.Ordinal) && r.Contains(",slower,", StringComparison.Ordinal));
    }
}
