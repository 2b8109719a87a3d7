using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Interactive;

/// <summary>The real kubecon-run1 campaign and its analysis with predictions at 128 and 256 nodes, read once for the notebook tests.</summary>
internal static class KubeconAnalysis
{
    private static readonly Lazy<(Campaign Campaign, CampaignAnalysis Analysis)> Loaded = new(() =>
    {
        var campaign = CampaignReader.Read([RepoData.KubeconRun1]);
        return (campaign, new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] }));
    });

    public static Campaign Campaign => Loaded.Value.Campaign;

    public static CampaignAnalysis Analysis => Loaded.Value.Analysis;
}
