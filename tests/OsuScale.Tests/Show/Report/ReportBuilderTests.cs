using OsuScale.Campaigns;
using OsuScale.Model;
using OsuScale.Show.Report;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Report;

public class ReportBuilderTests
{
    private static ReportDocument Build(ReportOptions? options = null) =>
        ReportBuilder.Build(Campaign(), Verdicts(), SeriesVerdicts(), options ?? new ReportOptions(PredictAt: [128, 256]));

    [Fact]
    public void Benchmarks_are_grouped_under_the_three_headings_most_severe_first()
    {
        var report = Build();

        Assert.Equal(["Scalability issues", "Possible scalability issues", "Size-independent"], report.Sections.Select(s => s.Heading));
        Assert.Equal(["osu_allgather", "osu_allreduce"], report.Sections[0].Entries.Select(e => e.Benchmark)); // allgather predicted dearer
        Assert.Equal(["osu_barrier"], report.Sections[1].Entries.Select(e => e.Benchmark));
        Assert.Equal(["osu_latency"], report.Sections[2].Entries.Select(e => e.Benchmark));
        Assert.Equal(["b-osu_allgather", "b-osu_allreduce"], report.Sections[0].Entries.Select(e => e.Anchor));
        Assert.Equal(["osu_allgather", "osu_allreduce", "osu_barrier", "osu_latency"], report.Verdicts.Select(v => v.Benchmark));
    }

    [Fact]
    public void A_synthetic_campaign_says_so_in_the_title_and_every_figure()
    {
        var report = Build(new ReportOptions(Synthetic: true));

        Assert.True(report.Synthetic);
        Assert.Contains("synthetic", report.Title);
        Assert.All(report.AllFigures, f => Assert.Contains("ynthetic", f.Grid?.Title ?? f.Plot!.Title));
        Assert.DoesNotContain("synthetic", Build().Title);
    }

    [Fact]
    public void Each_benchmark_has_its_scaling_figure_and_a_message_size_figure_when_it_has_sizes()
    {
        var entries = Build().Sections.SelectMany(s => s.Entries).ToDictionary(e => e.Benchmark);

        Assert.Equal("scaling-osu_allgather", entries["osu_allgather"].Scaling.FileName);
        Assert.Equal("message-size-osu_allgather", entries["osu_allgather"].MessageSize!.FileName);
        Assert.Null(entries["osu_barrier"].MessageSize);
        Assert.Equal("osu_allgather", entries["osu_allgather"].Scaling.Plot!.Title);
    }

    [Fact]
    public void The_campaign_figures_are_the_overview_and_the_growth_map()
    {
        var report = Build();

        Assert.Equal(["overview", "growth-map"], report.Figures.Select(f => f.FileName));
        Assert.NotNull(report.Figures[0].Grid);
        Assert.Equal(2 + 4 + 3, report.AllFigures.Count()); // 2 campaign + 4 scaling + 3 message-size
    }

    [Fact]
    public void What_was_run_counts_sizes_benchmarks_repetitions_and_executions()
    {
        var run = Build().Run;

        Assert.Equal(new[] { 4, 8, 16, 32, 64 }, run.Sizes.ToArray());
        Assert.Equal(new[] { "osu_allgather", "osu_latency", "osu_barrier", "osu_allreduce" }, run.Benchmarks.ToArray());
        Assert.Equal((3, 3), (run.MinRepetitions, run.MaxRepetitions));
        Assert.Equal((3 * 5 * 3 + 3 * 4 + 1, 3 * 5 * 3 + 3 * 4), (run.Executions, run.CompleteExecutions));
        Assert.Contains(new MetadataItem("launcher", "mpirun"), run.Metadata);
        Assert.Contains(new MetadataItem("OSU Micro-Benchmarks version", "7.2"), run.Metadata);
    }

    [Fact]
    public void Predictions_are_shown_at_the_sizes_asked_for_that_were_not_measured()
    {
        var report = Build(new ReportOptions(PredictAt: [64, 256]));

        Assert.Equal([256.0], report.Summary.PredictedSizes.ToArray()); // 64 nodes were measured: never called predicted
        var allgather = report.Summary.Rows.Single(r => r.Benchmark == "osu_allgather");
        Assert.Equal(517.0, Assert.Single(allgather.Predicted)!.Value);
    }

    [Fact]
    public void Incomplete_executions_are_listed_with_file_and_line()
    {
        var problem = Assert.Single(Build().Problems);

        Assert.Equal(("osu_allreduce", (int?)64, ExecutionStatus.Incomplete), (problem.Benchmark, problem.Nodes, problem.Status));
        Assert.Equal("size-64.log:9999", problem.Source.ToString());
    }

    [Fact]
    public void A_benchmark_with_wall_times_but_no_verdict_is_not_dropped()
    {
        var report = ReportBuilder.Build(Campaign(), Verdicts().Where(v => v.Benchmark != "osu_barrier"), []);

        var last = report.Sections[^1];
        Assert.Equal(ReportBuilder.NotAnalysedHeading, last.Heading);
        Assert.Equal(["osu_barrier"], last.Entries.Select(e => e.Benchmark));
        // No message-size verdicts: the growth map still has a wall-time column for every benchmark with a verdict.
        var map = Assert.Single(report.Figures, f => f.FileName == "growth-map");
        var rows = (OxyPlot.Axes.CategoryAxis)map.Plot!.Axes.Single(a => a.Position == OxyPlot.Axes.AxisPosition.Left);
        Assert.Equal(["osu_allgather", "osu_allreduce", "osu_latency"], rows.Labels.Order());
    }

    [Fact]
    public void Hostile_names_that_sanitise_alike_get_distinct_file_names()
    {
        var campaign = new Campaign(
        [
            Execution("../evil", 4, 1, 1.0),
            Execution(".._evil", 4, 1, 1.0),
        ], []);

        var names = ReportBuilder.Build(campaign, [], []).AllFigures.Select(f => f.FileName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.DoesNotContain('/', n));
        Assert.Contains("scaling-.._evil", names);
        Assert.Contains("scaling-.._evil-2", names);
    }

    [Fact]
    public void Verdicts_of_series_at_message_sizes_do_not_count_as_wall_time_verdicts()
    {
        var report = ReportBuilder.Build(Campaign(), Verdicts().Concat(SeriesVerdicts()), []);

        Assert.Equal(4, report.Verdicts.Length);
        Assert.All(report.Verdicts, v => Assert.Equal("wall_seconds", v.Series));
    }
}

public class ReportFromAnalysisTests
{
    [Fact]
    public void An_analysis_brings_its_verdicts_prediction_sizes_and_noise()
    {
        var campaign = Campaign();
        var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128] });

        var report = ReportBuilder.Build(campaign, analysis);

        Assert.Equal(analysis.Verdicts.Select(v => v.Benchmark).Order(), report.Verdicts.Select(v => v.Benchmark).Order());
        Assert.Equal(new[] { 128.0 }, report.PredictAt.ToArray());
        Assert.Equal([128.0], report.Summary.PredictedSizes.ToArray());
        Assert.All(report.Summary.Rows, r => Assert.Equal(128, Assert.Single(r.Predicted)!.Nodes));
        Assert.StartsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{analysis.Noise.Relative * 100:0.#} % per run: "), report.Noise);
        Assert.Contains("Run-to-run noise", MarkdownReportExporter.Export(report));
        Assert.Contains(report.Figures, f => f.FileName == "growth-map");
    }
}
