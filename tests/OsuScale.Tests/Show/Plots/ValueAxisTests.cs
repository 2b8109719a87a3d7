using OsuScale.Show.Plots;

namespace OsuScale.Tests.Show.Plots;

public class ValueAxisTests
{
    [Theory]
    [InlineData(90, 20_000, new double[] { 100, 200, 500, 1000, 2000, 5000, 10000, 20000 })]
    [InlineData(3, 200_000, new double[] { 10, 100, 1000, 10_000, 100_000 })] // four decades or more: powers of ten only
    [InlineData(0.7, 3, new double[] { 1, 2 })]
    [InlineData(21, 45, new double[] { 30, 40 })] // fewer than two 1-2-5 values: 1…9 × 10^k
    public void Log_ticks_are_round_values_inside_the_range(double min, double max, double[] mustHave)
    {
        var ticks = ValueAxis.LogTicks(min, max);

        Assert.True(ticks.Count >= 2, string.Join(", ", ticks));
        Assert.All(ticks, t => Assert.InRange(t, min, max));
        Assert.Subset(ticks.ToHashSet(), mustHave.ToHashSet());
        if (max / min > 1e4) Assert.Equal(mustHave, ticks.ToArray());
    }

    [Fact]
    public void A_very_narrow_range_is_labelled_at_its_rounded_ends()
    {
        var ticks = ValueAxis.LogTicks(31.2, 33.9);

        Assert.Equal([32, 33], ticks.ToArray()); // 1…9 × 10^k gives none inside; the ends rounded to two digits
    }

    [Fact]
    public void Intervals_widen_the_range_by_at_most_a_factor_of_two_on_a_log_axis()
    {
        var (min, max) = ValueAxis.Range([10, 100], [0.001, 1e7], log: true);

        Assert.InRange(min, 5 / 1.3, 5);
        Assert.InRange(max, 200, 200 * 1.3);
    }

    [Fact]
    public void One_value_gets_a_range_around_it()
    {
        var (min, max) = ValueAxis.Range([42], [], log: false);
        Assert.True(min < 42 && max > 42);
        (min, max) = ValueAxis.Range([42], [], log: true);
        Assert.True(min < 42 && max > 42);
    }
}
