using OsuScale.Compare;

namespace OsuScale.Tests.Compare;

public class FalseDiscoveryRateTests
{
    // The worked example of Benjamini and Hochberg (1995), section 4: 15 p-values from a clinical trial; at q* = 0.05 the
    // procedure rejects the four smallest (Bonferroni only three).
    private static readonly double[] Paper =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

    [Fact]
    public void The_papers_example_rejects_four_hypotheses_at_five_percent()
    {
        var q = FalseDiscoveryRate.QValues(Paper);

        Assert.Equal(4, q.Count(v => v <= 0.05));
    }

    [Fact]
    public void Q_values_follow_the_definition()
    {
        // min over j ≥ k of 15·p(j)/j, computed by hand (the same values R's p.adjust(method = "BH") gives).
        double[] expected = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875, 0.753231, 0.813214, 1];

        var q = FalseDiscoveryRate.QValues(Paper);

        for (var i = 0; i < q.Length; i++) Assert.Equal(expected[i], q[i], 5);
    }

    [Fact]
    public void Order_of_the_input_is_kept_and_NaN_counts_as_one()
    {
        var q = FalseDiscoveryRate.QValues([0.04, double.NaN, 0.01]);

        Assert.Equal(0.06, q[0], 12);
        Assert.Equal(1, q[1]);
        Assert.Equal(0.03, q[2], 12);
        Assert.Empty(FalseDiscoveryRate.QValues([]));
    }
}
