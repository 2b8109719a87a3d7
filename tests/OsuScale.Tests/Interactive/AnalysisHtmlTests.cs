using OsuScale.Interactive;
using OsuScale.Model;

namespace OsuScale.Tests.Interactive;

public sealed class AnalysisHtmlTests
{
    [Fact]
    public void The_analysis_shows_its_counts_by_category_its_noise_and_folds_the_series_verdicts()
    {
        var analysis = KubeconAnalysis.Analysis;

        var html = AnalysisHtml.Html(analysis);

        var scaling = analysis.Verdicts.Count(v => v.Category == ScalingCategory.ScalingIssue);
        var independent = analysis.Verdicts.Count(v => v.Category == ScalingCategory.SizeIndependent);
        Assert.Contains($"<b>{analysis.Verdicts.Length} benchmarks</b>", html);
        Assert.Contains($"#D55E00;font-weight:bold\">{scaling} scalability issues</span>", html);
        Assert.Contains($"#009E73;font-weight:bold\">{independent} size-independent</span>", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(analysis.Noise.Description), html);
        Assert.Contains($"<details><summary>{analysis.SeriesVerdicts.Length} verdicts per message size", html);
        Assert.Equal(1 + (analysis.SeriesVerdicts.Length > 0 ? 1 : 0) + (analysis.Excluded.Length > 0 ? 1 : 0),
            html.Split("<table class=\"osu-scale\">").Length - 1);
    }

    [Fact]
    public void Counts_read_as_english() =>
        Assert.Equal(["1 note", "2 notes", "3 discrepancies", "1 possible scalability issue", "8 scalability issues", "2 size-independent"],
            [AnalysisHtml.Count(1, "note"), AnalysisHtml.Count(2, "note"), AnalysisHtml.Count(3, "discrepancy", "discrepancies"),
                CategoryCounts.Label(ScalingCategory.PossibleIssue, 1), CategoryCounts.Label(ScalingCategory.ScalingIssue, 8),
                CategoryCounts.Label(ScalingCategory.SizeIndependent, 2)]);
}
