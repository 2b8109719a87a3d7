// KubeconWriteup: reproduces the write-up users make by hand after a campaign (one scatter plot per benchmark sorted
// into "Close (Random)", "Possible Scalability Issues" and "Scalability Issues"), from the logs alone.
// dotnet run --project samples/KubeconWriteup -- FOLDER [OUTPUT (default kubecon-writeup)]
using System.Globalization;
using System.Text;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: KubeconWriteup FOLDER [OUTPUT]   (for example data/kubecon-run1)");
    return 2;
}
var folder = args[0];
var output = args.Length > 1 ? args[1] : "kubecon-writeup";
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"KubeconWriteup: error: {folder}: no such folder");
    return 3;
}

var campaign = CampaignReader.Read([folder]);
var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128] });

// The users' headings and the sentence under each, in their order.
(ScalingCategory Category, string Heading, string Text)[] groups =
[
    (ScalingCategory.SizeIndependent, "Close (Random)",
        "Times stay within the run-to-run noise across sizes: no trend beyond noise."),
    (ScalingCategory.PossibleIssue, "Possible Scalability Issues",
        "Weak or local evidence (a jump, too few sizes, a trend that does not clear the noise)."),
    (ScalingCategory.ScalingIssue, "Scalability Issues",
        "Time clearly grows with size, beyond what noise can explain."),
];

var md = new StringBuilder();
var sizes = string.Join(", ", campaign.Sizes);
md.AppendLine(CultureInfo.InvariantCulture, $"# OSU scaling: {Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/'))}");
md.AppendLine();
md.AppendLine(CultureInfo.InvariantCulture,
    $"{campaign.Benchmarks.Length} benchmarks, {campaign.Executions.Length} executions on {sizes} nodes; noise {analysis.Noise.Relative:P1} ({analysis.Noise.Source.ToName()}).");
var plots = Path.Combine(output, "img");
foreach (var (category, heading, text) in groups)
{
    var members = analysis.Verdicts.Where(v => v.Category == category).ToList();
    md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {heading}").AppendLine().AppendLine(text).AppendLine();
    Console.WriteLine($"### {heading} ({members.Count})");
    foreach (var v in members)
    {
        var name = "osu_benchmark_" + v.Benchmark;
        var plot = ScalingPlot.Build(campaign, v.Benchmark, v);
        var png = FigureFiles.Write(plot, plots, name, [FigureFormat.Png])[0];
        var relative = Path.GetRelativePath(output, png).Replace('\\', '/');
        md.AppendLine(CultureInfo.InvariantCulture, $"![{relative}]({relative})");
        md.AppendLine(CultureInfo.InvariantCulture, $"*{v.Benchmark}* ({v.Growth.ToName()}, {v.Confidence.ToName()} confidence): {v.Reason}").AppendLine();
        Console.WriteLine($"  {v.Benchmark,-22} {v.Growth.ToName(),-12} {v.Confidence.ToName(),-7} {v.Reason}");
    }
    Console.WriteLine();
}
if (!analysis.Excluded.IsEmpty)
{
    md.AppendLine("### Not analysed").AppendLine();
    Console.WriteLine("### Not analysed");
    foreach (var e in analysis.Excluded)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"- {e.Benchmark} at {e.Nodes} nodes: {e.Reason} ({e.Source})");
        Console.WriteLine($"  {e.Benchmark} at {e.Nodes} nodes: {e.Reason} ({e.Source})");
    }
}
FigureFiles.Write(OverviewPlot.Build(campaign, analysis.Verdicts), plots, "overview", [FigureFormat.Png]);
Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "README.md"), md.ToString());
Console.WriteLine($"wrote {Path.Combine(output, "README.md")} and {Directory.GetFiles(plots).Length} figures in {plots}");
return 0;
