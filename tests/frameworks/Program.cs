// Reads a campaign with the OsuScale package, analyses it (predictions at 128 nodes) and prints the runtime, then the
// wall-time and the per-message-size verdicts as CSV (round-trip numbers), for tests/frameworks/run.sh to compare.
using System.Runtime.InteropServices;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Exporters;

if (args.Length != 1 || !Path.Exists(args[0]))
{
    Console.Error.WriteLine("usage: VerdictConsumer FOLDER   (a folder of OSU logs, such as data/kubecon-run1)");
    return 2;
}
var campaign = CampaignReader.Read([args[0]]);
var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128] });
Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})");
var csv = new VerdictsCsvExporter();
csv.Export(analysis, Console.Out);
csv.ExportSeries(analysis, Console.Out);
return 0;
