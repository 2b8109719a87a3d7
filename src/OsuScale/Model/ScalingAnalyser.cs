using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Model.Fitting;

namespace OsuScale.Model;

/// <summary>
/// Turns a campaign into verdicts: for every benchmark its wall time, and separately its primary metric at each
/// message size, each compared with the run-to-run noise. Only complete executions are fitted; the others are listed
/// in <see cref="CampaignAnalysis.Excluded"/>. Nothing depends on benchmark names except the catalog's facts (pair or
/// all ranks, metric direction).
/// </summary>
public sealed class ScalingAnalyser
{
    /// <summary>The series name of wall times.</summary>
    public const string WallSeries = "wall_seconds";

    /// <summary>The analyser's identifier.</summary>
    public string Id => "scaling";

    /// <summary>Analyses a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="options">Settings; <see cref="AnalysisOptions.Default"/> when null.</param>
    public CampaignAnalysis Analyse(Campaign campaign, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        options ??= AnalysisOptions.Default;
        options.Validate();
        var t = options.Thresholds;
        var notes = ImmutableArray.CreateBuilder<string>();

        var excluded = campaign.Executions
            .Where(e => !e.IsComplete || e.Nodes is null)
            .Select(e => new ExcludedExecution(e.Benchmark, e.Nodes, e.Iteration, e.Status,
                e.Nodes is null && e.IsComplete ? "no node count" : string.IsNullOrEmpty(e.Detail) ? e.Status.ToString().ToLowerInvariant() : e.Detail,
                e.Source))
            .ToImmutableArray();
        var (wall, metrics) = SeriesOf(campaign, options.MetricSeries, notes);

        var wallNoise = CampaignNoise(wall, "wall times of pair benchmarks", t);
        var metricNoise = CampaignNoise(metrics, "primary metric of pair benchmarks at each message size", t);
        var verdicts = Verdicts(wall, wallNoise, options);
        var seriesVerdicts = Verdicts(metrics, metricNoise, options);
        return new CampaignAnalysis(verdicts, seriesVerdicts, wallNoise, metricNoise, options, excluded, notes.ToImmutable());
    }

    /// <summary>
    /// The series of a campaign's complete executions: each benchmark's wall time and, when <paramref name="metricSeries"/>,
    /// its primary metric at each message size (inverted for higher-is-better metrics). What was left out goes to <paramref name="notes"/>.
    /// </summary>
    internal static (List<Series> Wall, List<Series> Metrics) SeriesOf(Campaign campaign, bool metricSeries, ImmutableArray<string>.Builder notes)
    {
        var complete = campaign.Executions.Where(e => e.IsComplete && e.Nodes is not null).ToList();
        List<Series> wall = [];
        List<Series> metrics = [];
        foreach (var benchmark in campaign.Benchmarks)
        {
            var runs = complete.Where(e => e.Benchmark == benchmark).ToList();
            if (runs.Count == 0) continue;
            var info = BenchmarkCatalog.Find(benchmark) ?? runs.Select(r => r.Output?.Benchmark).FirstOrDefault(b => b is not null) ?? BenchmarkCatalog.Unknown(benchmark);
            var wallObservations = runs.Select(e => new Observation(e.Nodes!.Value, e.Iteration, e.WallSeconds!.Value)).ToList();
            var kept = Positive(wallObservations, benchmark, WallSeries, notes);
            if (kept.Count > 0) wall.Add(new Series(benchmark, info, WallSeries, 0, "s", false, kept));
            if (metricSeries) metrics.AddRange(MetricSeries(benchmark, info, runs, notes));
        }
        return (wall, metrics);
    }

    private static List<Observation> Positive(List<Observation> observations, string benchmark, string series, ImmutableArray<string>.Builder notes)
    {
        var kept = observations.Where(o => o.Value > 0 && double.IsFinite(o.Value)).ToList();
        if (kept.Count < observations.Count)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{benchmark} {series}: {observations.Count - kept.Count} non-positive value(s) left out (relative errors need positive values)"));
        }
        return kept;
    }

    private static IEnumerable<Series> MetricSeries(string benchmark, BenchmarkInfo info, List<Execution> runs, ImmutableArray<string>.Builder notes)
    {
        if (info.PrimaryMetric is not { } metric) yield break;
        var inverted = info.Direction == MetricDirection.HigherIsBetter;
        var byKey = new SortedDictionary<long, List<Observation>>();
        var missing = 0;
        foreach (var run in runs)
        {
            var table = run.Output?.Tables.FirstOrDefault();
            var column = table?.IndexOf(metric) ?? -1;
            if (table is null || column < 0)
            {
                missing++;
                continue;
            }
            foreach (var row in table.Rows)
            {
                if (column >= row.Values.Length) continue;
                var value = row.Values[column];
                var key = row.MessageSizeBytes ?? -1;
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(new Observation(run.Nodes!.Value, run.Iteration, inverted ? (value > 0 ? 1 / value : double.NaN) : value));
            }
        }
        if (missing > 0 && byKey.Count > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{benchmark}: {missing} complete execution(s) without a '{metric}' column"));
        var unit = UnitOf(info.PrimaryUnit, inverted);
        foreach (var (size, observations) in byKey)
        {
            var name = (inverted ? "inverse_" : "") + metric + (size >= 0 ? "@" + size.ToString(CultureInfo.InvariantCulture) : "");
            var kept = Positive(observations, benchmark, name, notes);
            if (kept.Count > 0) yield return new Series(benchmark, info, name, size, unit, inverted, kept);
        }
    }

    private static string UnitOf(MetricUnit unit, bool inverted) => (unit, inverted) switch
    {
        (MetricUnit.Microseconds, _) => "us",
        (MetricUnit.Milliseconds, _) => "ms",
        (MetricUnit.Seconds, _) => "s",
        (MetricUnit.MegabytesPerSecond, true) => "s/MB",
        (MetricUnit.MegabytesPerSecond, false) => "MB/s",
        (MetricUnit.MessagesPerSecond, true) => "s/message",
        (MetricUnit.MessagesPerSecond, false) => "messages/s",
        _ => "",
    };

    /// <summary>The campaign-level noise: pooled repetitions, else the pair benchmarks' spread across sizes, else assumed.</summary>
    private static NoiseEstimate CampaignNoise(List<Series> series, string pairDescription, Thresholds t)
    {
        var estimate = NoiseEstimator.FromRepetitions(series.Select(s => (IReadOnlyList<Observation>)s.Observations), t.MinimumRepetitionDegreesOfFreedom)
            ?? NoiseEstimator.FromSizeIndependent(series.Where(s => s.Info.IsPair).Select(s => (IReadOnlyList<Observation>)s.Observations), pairDescription)
            ?? NoiseEstimator.Assumed(t.AssumedNoise);
        return Floor(estimate, t);
    }

    /// <summary>
    /// A series' own repetition noise, moderated towards the campaign's: σ² = (d₀·σ₀² + d·s²)/(d₀ + d) with
    /// d₀ = <see cref="Thresholds.NoisePriorDegreesOfFreedom"/> (the "moderated variance" of limma). Ten degrees of
    /// freedom of a series' own (3 repetitions at 5 sizes) can be off by 30 % by chance; many repetitions dominate.
    /// </summary>
    private static NoiseEstimate Moderate(NoiseEstimate own, NoiseEstimate campaign, Thresholds t)
    {
        var d0 = t.NoisePriorDegreesOfFreedom;
        if (d0 <= 0) return own;
        var variance = (d0 * campaign.Relative * campaign.Relative + own.Samples * own.Relative * own.Relative) / (d0 + own.Samples);
        return own with
        {
            Relative = Math.Sqrt(variance),
            Description = own.Description + string.Create(CultureInfo.InvariantCulture,
                $", moderated towards the campaign's {campaign.Relative:0.###} with {d0:0.#} prior degrees of freedom"),
        };
    }

    private static NoiseEstimate Floor(NoiseEstimate estimate, Thresholds t) =>
        estimate.Relative >= t.MinimumNoise ? estimate : estimate with
        {
            Relative = t.MinimumNoise,
            Description = estimate.Description + string.Create(CultureInfo.InvariantCulture, $", raised to the {t.MinimumNoise:0.###} floor"),
        };

    /// <summary>
    /// The verdicts of independent series, in order. Series are analysed in parallel: each one's computation
    /// (including its seeded bootstrap) depends on nothing else, so the result is the same as sequentially.
    /// </summary>
    private static ImmutableArray<ScalingVerdict> Verdicts(List<Series> series, NoiseEstimate campaignNoise, AnalysisOptions options)
    {
        var verdicts = new ScalingVerdict[series.Count];
        Parallel.For(0, series.Count, k => verdicts[k] = Verdict(series[k], campaignNoise, options));
        return [.. verdicts];
    }

    private static ScalingVerdict Verdict(Series series, NoiseEstimate campaignNoise, AnalysisOptions options)
    {
        var t = options.Thresholds;
        var own = NoiseEstimator.FromRepetitions([series.Observations], t.MinimumRepetitionDegreesOfFreedom);
        var noise = own is null ? campaignNoise : Floor(Moderate(own, campaignNoise, t), t);
        var points = SeriesPoints.From(series.Observations);
        var fitOptions = new FitOptions(noise.Relative, options.Level, options.BootstrapResamples, options.Seed);
        var single = ModelSelector.Select(points, fitOptions);
        var constant = ModelSelector.Select(points, fitOptions with { Hypotheses = [] });
        var exponent = ExponentEstimator.Estimate(points, fitOptions);
        var decision = Classifier.Classify(points, single, () => ModelSelector.Select(points, fitOptions, growingOnly: true),
            constant, exponent, () => SegmentedFitter.Fit(points, fitOptions), noise, t);
        var predictions = options.PredictAt.Select(n => decision.Fit.Predict(n, options.Level)).ToImmutableArray();
        return new ScalingVerdict(
            series.Benchmark,
            series.Name,
            decision.Category,
            decision.Growth,
            decision.Fit,
            exponent,
            points.Length,
            points.Observations,
            noise.Relative,
            decision.Confidence,
            VerdictWording.Reason(decision.Facts),
            predictions,
            decision.Jump,
            Repetitions.Outliers(series.Observations, t.OutlierScore),
            Repetitions.Summarise(points, options.Level))
        {
            Facts = decision.Facts,
            Unit = series.Unit,
            Inverted = series.Inverted,
            NoiseSource = noise.Source,
        };
    }

    internal sealed record Series(string Benchmark, BenchmarkInfo Info, string Name, long MessageSize, string Unit, bool Inverted, List<Observation> Observations);
}
