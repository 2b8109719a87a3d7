// QuickStart: parse a folder of OSU logs, print the verdict table, save one plot.
// dotnet run --project samples/QuickStart -- [FOLDER (default data/example)] [OUTPUT (default quickstart-out)]
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;

var folder = args.Length > 0 ? args[0] : "data/example";
var output = args.Length > 1 ? args[1] : "quickstart-out";
if (!Path.Exists(folder))
{
    Console.Error.WriteLine(args.Length > 0
        ? $"QuickStart: error: {folder}: no such file or folder"
        : "usage: QuickStart [FOLDER] [OUTPUT]   (FOLDER defaults to data/example: run it from the repository's root, or name a folder of OSU logs)");
    return args.Length > 0 ? 3 : 2;
}

var campaign = CampaignReader.Read([folder]);
var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] });

Console.WriteLine($"{"benchmark",-22} {"category",-17} {"growth",-12} {"exponent",8}  confidence");
foreach (var v in analysis.Verdicts)
    Console.WriteLine($"{v.Benchmark,-22} {v.Category.ToName(),-17} {v.Growth.ToName(),-12} {v.Exponent.Value,8:0.00}  {v.Confidence.ToName()}");

var worst = analysis.Verdicts.MaxBy(v => v.Exponent.Value)!;
var plot = ScalingPlot.Build(campaign, worst.Benchmark, worst);
var files = FigureFiles.Write(plot, output, "scaling-" + worst.Benchmark, [FigureFormat.Png]);
Console.WriteLine($"steepest: {worst.Benchmark}: {worst.Reason}");
Console.WriteLine($"wrote {files[0]}");
return 0;
