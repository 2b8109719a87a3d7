using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.IO;
using OsuScale.Model;
using OsuScale.Show.Plots;
using OxyPlot;

namespace OsuScale.Show.Report;

/// <summary>
/// Builds a <see cref="ReportDocument"/> from a campaign and its verdicts: a pure function (figures are built as
/// plot models, nothing is rendered or written).
/// </summary>
public static class ReportBuilder
{
    /// <summary>The sections, most severe first (the order of the summary), with their headings and what they mean.</summary>
    public static IReadOnlyList<(ScalingCategory Category, string Heading, string Description)> SectionOrder { get; } =
    [
        (ScalingCategory.ScalingIssue, "Scalability issues",
            "The wall time clearly grows with the node count."),
        (ScalingCategory.PossibleIssue, "Possible scalability issues",
            "Weak or local evidence: a jump at the largest sizes, too few points, or a trend that does not clear the noise."),
        (ScalingCategory.SizeIndependent, "Size-independent",
            "No trend with the node count beyond run-to-run noise."),
    ];

    /// <summary>The heading of benchmarks that have wall times but no verdict.</summary>
    public const string NotAnalysedHeading = "Not analysed";

    /// <summary>
    /// Builds the report of an analysis: its wall-time verdicts, its message-size verdicts (growth map) and, unless
    /// <paramref name="options"/> says otherwise, the prediction sizes it was run with.
    /// </summary>
    public static ReportDocument Build(Campaign campaign, CampaignAnalysis analysis, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        if (options.PredictAt is null && !analysis.Options.PredictAt.IsDefaultOrEmpty) options = options with { PredictAt = analysis.Options.PredictAt };
        var noise = string.Create(CultureInfo.InvariantCulture, $"{analysis.Noise.Relative * 100:0.#} % per run: {analysis.Noise.Description}");
        return Build(campaign, analysis.Verdicts, analysis.SeriesVerdicts, options) with { Noise = noise, AnalysisNotes = analysis.Notes };
    }

    /// <summary>
    /// Builds the report. <paramref name="verdicts"/> are the wall-time verdicts (one per benchmark);
    /// <paramref name="seriesVerdicts"/> the per-(metric@message size) verdicts for the growth map (may be empty).
    /// </summary>
    public static ReportDocument Build(Campaign campaign, IEnumerable<ScalingVerdict> verdicts, IEnumerable<ScalingVerdict> seriesVerdicts, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var names = new FileNames();
        var anchors = new ReportAnchors.BenchmarkIds();
        var byBenchmark = verdicts.Where(v => v.Series == "wall_seconds" || !v.Series.Contains('@', StringComparison.Ordinal))
            .GroupBy(v => v.Benchmark, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var benchmarks = campaign.Benchmarks.Concat(byBenchmark.Keys.Where(k => !campaign.Benchmarks.Contains(k))).ToList();
        var inCampaignOrder = benchmarks.Select(b => byBenchmark.GetValueOrDefault(b)).OfType<ScalingVerdict>().ToList();
        var predictAt = (options.PredictAt ?? inCampaignOrder.SelectMany(v => v.Predictions).Select(p => p.Nodes).Distinct().Order().ToList()).ToImmutableArray();
        var summary = ReportSummaries.Build(campaign, inCampaignOrder, predictAt, b => anchors[b]);
        var ordered = summary.Rows.Select(r => r.Verdict).ToImmutableArray();
        var rank = summary.Rows.Select((r, i) => (r.Benchmark, i)).ToDictionary(r => r.Benchmark, r => r.i, StringComparer.Ordinal);
        string Label(string title) => options.Synthetic ? $"{title} ({ReportOptions.SyntheticLabel})" : title;
        PlotModel Labelled(PlotModel model)
        {
            model.Title = Label(model.Title);
            return model;
        }

        var figures = ImmutableArray.CreateBuilder<ReportFigure>();
        var overview = OverviewPlot.Build(campaign, ordered);
        if (options.Synthetic) overview = overview with { Title = $"Synthetic campaign, not measured. {overview.Title}" };
        if (overview.Panels.Length > 0)
            figures.Add(ReportFigure.Of(overview, names.Take("overview"), "Overview: wall time against nodes for every benchmark measured at two sizes or more, coloured by verdict."));
        var series = seriesVerdicts.ToList();
        if (GrowthMap.Cells(series, ordered).Benchmarks.Count > 0)
            figures.Add(ReportFigure.Of(Labelled(GrowthMap.Build(series, ordered, campaign)), names.Take("growth-map"), "Growth exponent of the wall time and of latency per message size, for every benchmark."));

        var entries = benchmarks
            .Select(b => (Name: b, Verdict: byBenchmark.GetValueOrDefault(b)))
            .Where(b => b.Verdict is not null || Observations.WallTimes(campaign, b.Name).Length > 0)
            .OrderBy(b => rank.GetValueOrDefault(b.Name, int.MaxValue))
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b =>
            {
                var scaling = ReportFigure.Of(Labelled(ScalingPlot.Build(campaign, b.Name, b.Verdict)), names.Take("scaling-" + b.Name),
                    $"{b.Name}: wall time against nodes.");
                var sized = MessageSizePlot.Build(campaign, b.Name);
                var message = sized is null ? null : ReportFigure.Of(Labelled(sized), names.Take("message-size-" + b.Name), $"{b.Name}: primary metric against message size.");
                return new ReportEntry(b.Name, anchors[b.Name], b.Verdict, scaling, message);
            })
            .ToList();

        var sections = SectionOrder
            .Select(s => new ReportSection(s.Category, s.Heading, s.Description, [.. entries.Where(e => e.Verdict?.Category == s.Category)]))
            .ToList();
        var unanalysed = entries.Where(e => e.Verdict is null).ToImmutableArray();
        if (unanalysed.Length > 0)
            sections.Add(new ReportSection(null, NotAnalysedHeading, "Wall times were read but there is no verdict for them.", unanalysed));

        var problems = campaign.Executions
            .Where(e => !e.IsComplete)
            .Select(e => new ExecutionProblem(e.Benchmark, e.Nodes, e.Iteration, e.Status, e.Detail, e.Source))
            .ToImmutableArray();

        return new ReportDocument(Label(options.Title), Summarise(campaign), figures.ToImmutable(), [.. sections], ordered, predictAt, summary,
            problems, campaign.Diagnostics, options.TimesLog) { Synthetic = options.Synthetic };
    }

    /// <summary>What the campaign ran: sizes, benchmarks, repetitions, executions and the metadata the logs carry.</summary>
    public static RunSummary Summarise(Campaign campaign)
    {
        var complete = campaign.Complete.ToList();
        var repetitions = complete.Where(e => e.Nodes is not null).GroupBy(e => (e.Benchmark, e.Nodes)).Select(g => g.Count()).ToList();
        var metadata = new List<MetadataItem>();
        void Add(string key, IEnumerable<string?> values, bool sort = true)
        {
            var distinct = values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (sort) distinct.Sort(StringComparer.Ordinal);
            if (distinct.Count > 0) metadata.Add(new MetadataItem(key, string.Join(", ", distinct)));
        }
        string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);
        var all = campaign.Executions;
        Add("metric", all.Select(e => e.Metadata.MetricName));
        Add("launcher", all.Select(e => e.Launcher));
        Add("tasks per node", all.Select(e => Number(e.Metadata.TasksPerNode)));
        Add("OSU Micro-Benchmarks version", all.Select(e => e.Output?.Version));
        Add("processes", all.Where(e => e.Nodes is not null && e.Processes is not null)
            .GroupBy(e => e.Nodes).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} nodes: {string.Join("/", g.Select(e => e.Processes!.Value).Distinct().Order())}")), sort: false);
        Add("hosts", [all.SelectMany(e => e.Metadata.Hosts).Distinct(StringComparer.Ordinal).Count() is var h and > 0 ? Number(h) + " distinct" : null]);
        foreach (var option in all.SelectMany(e => e.Metadata.Options).Select(kv => kv.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            Add("option " + option, all.Select(e => e.Metadata.Options.GetValueOrDefault(option)));

        return new RunSummary(
            campaign.Sizes,
            campaign.Benchmarks,
            repetitions.Count == 0 ? 0 : repetitions.Min(),
            repetitions.Count == 0 ? 0 : repetitions.Max(),
            all.Length,
            complete.Count,
            complete.Sum(e => e.WallSeconds!.Value),
            [.. metadata],
            [.. all.Select(e => e.Source.File).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Sanitised, unique file names (two hostile names may sanitise to the same one).</summary>
    private sealed class FileNames
    {
        private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

        public string Take(string name)
        {
            var safe = SafePath.FileName(name);
            var candidate = safe;
            for (var i = 2; !taken.Add(candidate); i++) candidate = string.Create(CultureInfo.InvariantCulture, $"{safe}-{i}");
            return candidate;
        }
    }
}
