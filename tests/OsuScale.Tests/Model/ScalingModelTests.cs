using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Formulas of the scaling models read the way a person writes them.</summary>
public class ScalingModelTests
{
    [Theory]
    [InlineData(3, 2, 1, 0, "3 + 2·N")]
    [InlineData(5, -0.5, 2, 1, "5 - 0.5·N^2·log2(N)")]
    [InlineData(0, 6.83, 1, 2, "6.83·N·log2(N)^2")]            // osu_allreduce on kubecon-run1: two sizes, no constant left
    [InlineData(0.0001, 6.83, 0.5, 0, "0.0001 + 6.83·N^1/2")]   // a small but printable constant is kept
    [InlineData(1, 1, 4.0 / 3, 0, "1 + 1·N^4/3")]
    [InlineData(1, 1, 0, 1, "1 + 1·log2(N)")]
    public void Normal_form_formula(double c0, double c1, double i, int j, string expected) =>
        Assert.Equal(expected, new NormalFormModel(c0, c1, i, j).Formula);

    [Fact]
    public void Segmented_formula_names_the_breakpoint() =>
        Assert.Equal("100 for N ≤ 16; 450 above",
            new SegmentedModel(16, new ConstantModel(100), new ConstantModel(450)).Formula);

    [Fact]
    public void Segmented_model_switches_law_above_the_breakpoint()
    {
        var model = new SegmentedModel(16, new ConstantModel(100), new NormalFormModel(0, 1, 1, 0));
        Assert.Equal((100.0, 32.0), (model.Evaluate(16), model.Evaluate(32)));
    }
}
