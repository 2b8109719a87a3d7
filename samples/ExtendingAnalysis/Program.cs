// ExtendingAnalysis: the analysis is a set of small parts; this sample changes two of them and asks the tidy tables
// a question the library does not answer directly.
// dotnet run --project samples/ExtendingAnalysis -- [FOLDER (default data/example)]
using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Plots;

var folder = args.Length > 0 ? args[0] : "data/example";
if (!Path.Exists(folder))
{
    Console.Error.WriteLine(args.Length > 0
        ? $"ExtendingAnalysis: error: {folder}: no such file or folder"
        : "usage: ExtendingAnalysis [FOLDER]   (FOLDER defaults to data/example: run it from the repository's root, or name a folder of OSU logs)");
    return args.Length > 0 ? 3 : 2;
}
var campaign = CampaignReader.Read([folder]);
var analyser = new ScalingAnalyser();

// 1. Custom thresholds: a stricter team calls a trend an issue only when its change exceeds 6 sigma of noise instead
//    of 3, and with fewer than 3 sizes (where the shape cannot be checked) only beyond 20 sigma instead of 10.
var standard = analyser.Analyse(campaign);
var strict = analyser.Analyse(campaign, AnalysisOptions.Default with
{
    Thresholds = Thresholds.Default with { ClearChangeOverNoise = 6, OverwhelmingChangeOverNoise = 20 },
});
Console.WriteLine("== Thresholds: ClearChangeOverNoise 3 -> 6, OverwhelmingChangeOverNoise 10 -> 20");
var changed = 0;
foreach (var (a, b) in standard.Verdicts.Zip(strict.Verdicts))
{
    if (a.Category == b.Category) continue;
    changed++;
    Console.WriteLine($"  {a.Benchmark,-22} {a.Category.ToName()} -> {b.Category.ToName()}: {b.Reason}");
}
Console.WriteLine($"  {changed} of {standard.Verdicts.Length} verdicts changed");

// 2. A custom model family: only the textbook collective-algorithm costs (log N, N, N log N, N^2) instead of the
//    57-term normal form, fitted to every benchmark's wall times with the same cross-validated selection.
ImmutableArray<Hypothesis> textbook = [new(0, 1), new(1, 0), new(1, 1), new(2, 0)];
var options = FitOptions.Default with { Hypotheses = textbook };
Console.WriteLine();
Console.WriteLine("== Model family: log N, N, N log N, N^2");
foreach (var v in standard.Verdicts.Where(v => v.Category == ScalingCategory.ScalingIssue))
{
    var fit = Fit.Scaling(Observations.WallTimes(campaign, v.Benchmark), options);
    Console.WriteLine($"  {v.Benchmark,-22} textbook: {fit.Model.Formula,-28} R2 {fit.RSquared:0.000}   normal form: {v.Fit.Model.Formula}");
}

// 3. A DataFrame question: at which message size does latency grow the most from the smallest to the largest cluster?
//    results.csv as a DataFrame: benchmark, nodes, iteration, message_size_bytes, metric, value, unit.
var results = CampaignTables.Results(campaign);
var latency = results.Filter(results["metric"].ElementwiseEquals("latency"));
Console.WriteLine();
Console.WriteLine($"== DataFrame: {results.Rows.Count} result rows, {latency.Rows.Count} latency rows");
var growth = latency.Rows
    .Where(r => r["message_size_bytes"] is not null)
    .GroupBy(r => ((string)r["benchmark"], (long)r["message_size_bytes"]))
    .Select(g =>
    {
        var byNodes = g.GroupBy(r => (int)r["nodes"]).OrderBy(n => n.Key).ToList();
        double Median(IGrouping<int, DataFrameRow> rows) => Observations.Median(rows.Select(r => (double)r["value"]).Order().ToList());
        return (Benchmark: g.Key.Item1, Bytes: g.Key.Item2, From: byNodes[0].Key, To: byNodes[^1].Key,
            Factor: Median(byNodes[^1]) / Median(byNodes[0]), Sizes: byNodes.Count);
    })
    .Where(x => x.Sizes >= 3 && double.IsFinite(x.Factor))
    .OrderByDescending(x => x.Factor)
    .ToList();
if (growth.Count == 0)
{
    Console.Error.WriteLine("ExtendingAnalysis: error: no latency series with 3 or more node counts");
    return 1;
}
foreach (var x in growth.Take(5))
    Console.WriteLine($"  {x.Benchmark,-22} {x.Bytes,9} B   latency x{x.Factor:0.00} from {x.From} to {x.To} nodes");
var top = growth[0];
Console.WriteLine($"worst growth: {top.Benchmark} at {top.Bytes} B (x{top.Factor:0.00})");
return 0;
