using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Repetitions are summarised by median and interval; outliers are reported, not dropped.</summary>
public class RepetitionsTests
{
    [Fact]
    public void Summary_has_the_median_and_the_range_of_few_repetitions()
    {
        var summary = Fit.Summarise([new(4, 1, 10), new(4, 2, 12), new(8, 1, 20)]);

        Assert.Equal([new SizeSummary(4, 2, 11, 10, 12), new SizeSummary(8, 1, 20, 20, 20)], summary.ToArray());
    }

    [Fact]
    public void A_run_far_from_its_siblings_is_an_outlier()
    {
        // Median 10, MAD 0.1: 30 has a modified z-score of 0.6745·20/0.1 = 135 > 3.5; 10.2 has 1.35.
        Observation wild = new(8, 4, 30);
        var outliers = Fit.Outliers([new(8, 1, 10), new(8, 2, 10.1), new(8, 3, 9.9), wild, new(8, 5, 10.2)]);

        Assert.Equal([wild], outliers.ToArray());
    }

    [Fact]
    public void Outliers_stay_in_the_fit()
    {
        Observation[] observations = [new(4, 1, 10), new(4, 2, 10), new(4, 3, 100), new(8, 1, 10), new(8, 2, 10), new(8, 3, 10)];

        Assert.Single(Fit.Outliers(observations));
        Assert.Equal(6, Fit.Scaling(observations).Observations);
    }
}
