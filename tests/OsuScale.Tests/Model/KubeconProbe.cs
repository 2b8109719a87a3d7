using OsuScale.Model;
using OsuScale.Tests.Support;
using Xunit.Abstractions;

namespace OsuScale.Tests.Model;

public class KubeconProbe(ITestOutputHelper output)
{
    [SharedFact]
    public void Probe()
    {
        var campaign = CampaignBuilder.FromTimesLog(System.IO.Path.Combine(SharedData.KubeconRun1, "times.log"));
        var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] });
        output.WriteLine($"noise {analysis.Noise}");
        foreach (var v in analysis.Verdicts)
            output.WriteLine($"{v.Benchmark,-22} {v.Category,-16} {v.Growth,-12} {v.Confidence,-7} {v.Fit.Model.Formula} | {v.Reason} | {string.Join(";", v.Predictions.Select(p => $"{p.Nodes}:{p.Value:G3}[{p.Low:G3},{p.High:G3}]"))}");
    }
}
