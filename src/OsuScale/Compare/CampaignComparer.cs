using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Model;
using OsuScale.Model.Fitting;

namespace OsuScale.Compare;

/// <summary>
/// Compares two campaigns of the same benchmarks — another day, another node type, another MPI, another cluster — and
/// says what changed, by how much, and whether it is real. Only what both measured is compared: every benchmark, series
/// and node count with complete executions in both campaigns. See docs/compare.md for the method.
/// </summary>
public static class CampaignComparer
{
    /// <summary>Compares <paramref name="candidate"/> with <paramref name="baseline"/> (ratios are candidate/baseline: above 1 is slower).</summary>
    /// <param name="baseline">The reference campaign.</param>
    /// <param name="candidate">The campaign compared with it.</param>
    /// <param name="options">Settings; <see cref="ComparisonOptions.Default"/> when null.</param>
    public static CampaignComparison Compare(Campaign baseline, Campaign candidate, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= ComparisonOptions.Default;
        options.Validate();
        var notes = ImmutableArray.CreateBuilder<string>();

        var baselineKeys = Keys(baseline);
        var candidateKeys = Keys(candidate);
        var common = baselineKeys.Intersect(candidateKeys).ToHashSet();
        DescribeLeftOut(baseline, candidate, baselineKeys, candidateKeys, common, notes);
        var b = Restrict(baseline, common);
        var c = Restrict(candidate, common);

        var analysisOptions = options.Analysis with { PredictAt = [] };
        var analyser = new ScalingAnalyser();
        var baselineAnalysis = analyser.Analyse(b, analysisOptions);
        var candidateAnalysis = analyser.Analyse(c, analysisOptions);

        var ignored = ImmutableArray.CreateBuilder<string>();
        var (baselineWall, baselineMetrics) = ScalingAnalyser.SeriesOf(b, analysisOptions.MetricSeries, ignored);
        var (candidateWall, candidateMetrics) = ScalingAnalyser.SeriesOf(c, analysisOptions.MetricSeries, ignored);
        var candidateSeries = candidateWall.Concat(candidateMetrics).ToDictionary(s => (s.Benchmark, s.Name));
        var baselineNoise = NoiseBySeries(baselineAnalysis);
        var candidateNoise = NoiseBySeries(candidateAnalysis);

        List<PendingCell> pending = [];
        foreach (var series in baselineWall.Concat(baselineMetrics).OrderBy(s => BenchmarkOrder(baseline, s.Benchmark)).ThenBy(s => s.MessageSize))
        {
            if (!candidateSeries.TryGetValue((series.Benchmark, series.Name), out var other))
            {
                notes.Add($"{series.Benchmark} {series.Name}: measured by the baseline only");
                continue;
            }
            var x = SeriesPoints.From(series.Observations);
            var y = SeriesPoints.From(other.Observations);
            for (var i = 0; i < x.Length; i++)
            {
                var j = Array.IndexOf(y.Nodes, x.Nodes[i]);
                if (j < 0) continue;
                pending.Add(new PendingCell(series, x.Nodes[i], x.Values[i], y.Values[j],
                    baselineNoise[(series.Benchmark, series.Name)], candidateNoise[(series.Benchmark, series.Name)]));
            }
        }
        foreach (var series in candidateWall.Concat(candidateMetrics))
        {
            if (!baselineWall.Concat(baselineMetrics).Any(s => s.Benchmark == series.Benchmark && s.Name == series.Name))
                notes.Add($"{series.Benchmark} {series.Name}: measured by the candidate only");
        }

        var statistics = new CellStatistic[pending.Count];
        Parallel.For(0, pending.Count, k =>
        {
            var p = pending[k];
            statistics[k] = CellStatistics.Compare(p.Baseline, p.Candidate, p.BaselineNoise, p.CandidateNoise, pending.Count, options,
                (ulong)(uint)options.Seed * 0x9E3779B97F4A7C15UL ^ (ulong)k, p.Series.Inverted);
        });
        var q = FalseDiscoveryRate.QValues([.. statistics.Select(s => s.PValue)]);
        var cells = pending.Select((p, k) => Cell(p, statistics[k], q[k], options)).ToImmutableArray();

        var changes = Changes(baselineAnalysis, candidateAnalysis, pending, statistics, options);
        return new CampaignComparison(cells, changes, baselineAnalysis, candidateAnalysis, options, notes.ToImmutable());
    }

    private sealed record PendingCell(ScalingAnalyser.Series Series, double Nodes, double[] Baseline, double[] Candidate, double BaselineNoise, double CandidateNoise);

    private static CellComparison Cell(PendingCell p, CellStatistic s, double q, ComparisonOptions options)
    {
        var verdict = q <= options.FalseDiscoveryRate
            ? s.LogRatio > 0 ? CellVerdict.Slower : CellVerdict.Faster
            : s.Statistical.High >= options.InsufficientRatio || s.Statistical.Low <= 1 / options.InsufficientRatio
                ? CellVerdict.InsufficientData
                : CellVerdict.Same;
        return new CellComparison(p.Series.Benchmark, p.Series.Name, p.Nodes, Summary(p.Nodes, p.Baseline, options.Level),
            Summary(p.Nodes, p.Candidate, options.Level), s.Ratio, s.PValue, q, s.Test, s.Method, verdict)
        {
            Unit = p.Series.Unit,
            Inverted = p.Series.Inverted,
        };
    }

    private static SizeSummary Summary(double nodes, double[] values, double level) =>
        Fit.Summarise([.. values.Select((v, i) => new Observation(nodes, i + 1, v))], level)[0];

    private static ImmutableArray<ScalingChange> Changes(CampaignAnalysis baseline, CampaignAnalysis candidate, List<PendingCell> pending,
        CellStatistic[] statistics, ComparisonOptions options)
    {
        List<(ScalingVerdict B, ScalingVerdict C, ChangeStatistic S, List<double> Nodes, List<double> Ratios)> rows = [];
        foreach (var b in baseline.Verdicts)
        {
            if (candidate.Verdict(b.Benchmark) is not { } c) continue;
            var wall = pending.Select((p, k) => (p, k)).Where(x => x.p.Series.Benchmark == b.Benchmark && x.p.Series.Name == ScalingAnalyser.WallSeries).ToList();
            if (wall.Count == 0) continue;
            var cells = wall.Select(x => statistics[x.k]).ToList();
            var nodes = wall.Select(x => x.p.Nodes).ToList();
            rows.Add((b, c, ChangeStatistics.Compare(b.Exponent, c.Exponent, cells, nodes, options), nodes, [.. cells.Select(s => s.Ratio.Value)]));
        }
        var growthQ = FalseDiscoveryRate.QValues([.. rows.Select(r => r.S.GrowthPValue)]);
        var levelQ = FalseDiscoveryRate.QValues([.. rows.Select(r => r.S.LevelPValue)]);
        return [.. rows.Select((r, k) =>
        {
            var kind = growthQ[k] <= options.FalseDiscoveryRate ? ChangeKind.Growth
                : levelQ[k] <= options.FalseDiscoveryRate ? ChangeKind.ConstantFactor
                : ChangeKind.None;
            var sentence = ComparisonWording.Change(kind, r.B.Exponent, r.C.Exponent, r.S.Difference, r.S.Level,
                (r.Ratios[0], r.Nodes[0]), (r.Ratios[^1], r.Nodes[^1]), options.Threshold);
            return new ScalingChange(r.B.Benchmark, r.B, r.C, r.S.Difference, r.S.Level, growthQ[k], levelQ[k], kind, [.. r.Nodes], sentence);
        })];
    }

    private static Dictionary<(string, string), double> NoiseBySeries(CampaignAnalysis analysis) =>
        analysis.Verdicts.Concat(analysis.SeriesVerdicts).ToDictionary(v => (v.Benchmark, v.Series), v => v.Noise);

    private static int BenchmarkOrder(Campaign campaign, string benchmark) => campaign.Benchmarks.IndexOf(benchmark);

    /// <summary>The (benchmark, node count) pairs with at least one complete execution.</summary>
    private static HashSet<(string Benchmark, int Nodes)> Keys(Campaign campaign) =>
        [.. campaign.Executions.Where(e => e.IsComplete && e.Nodes is not null).Select(e => (e.Benchmark, e.Nodes!.Value))];

    private static Campaign Restrict(Campaign campaign, HashSet<(string, int)> common) =>
        campaign with { Executions = [.. campaign.Executions.Where(e => e.Nodes is { } n && common.Contains((e.Benchmark, n)))] };

    private static void DescribeLeftOut(Campaign baseline, Campaign candidate, HashSet<(string Benchmark, int Nodes)> b, HashSet<(string Benchmark, int Nodes)> c,
        HashSet<(string, int)> common, ImmutableArray<string>.Builder notes)
    {
        foreach (var (side, campaign, keys, other) in new[] { ("baseline", baseline, b, c), ("candidate", candidate, c, b) })
        {
            foreach (var group in keys.Where(k => !common.Contains(k)).GroupBy(k => k.Benchmark).OrderBy(g => BenchmarkOrder(campaign, g.Key)))
            {
                var sizes = string.Join(", ", group.Select(k => k.Nodes).Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));
                notes.Add(other.Any(k => k.Benchmark == group.Key)
                    ? $"{group.Key}: {sizes} nodes measured (complete) by the {side} only, left out"
                    : $"{group.Key}: measured by the {side} only, left out");
            }
        }
    }
}
