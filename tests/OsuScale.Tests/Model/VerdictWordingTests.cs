using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>The reason of a verdict is a pure function of its facts: one case per basis.</summary>
public class VerdictWordingTests
{
    private static readonly double[] FiveSizes = [4, 8, 16, 32, 64];

    private static VerdictFacts Facts(VerdictBasis basis, double change, double value, double low, double high, IReadOnlyList<double>? nodes = null,
        JumpEvidence? jump = null, NoiseSource source = NoiseSource.PairBenchmarks, string formula = "12.3 + 0.5·N") =>
        new(basis, nodes ?? FiveSizes, change, Math.Exp(3 * 0.091), new ExponentEstimate(value, low, high, 0.95, "residual spread (t, 3 df)"),
            0.091, source, formula, jump, jump is null ? 0 : 0.29);

    public static TheoryData<VerdictFacts, string> Cases => new()
    {
        {
            Facts(VerdictBasis.NoTrend, 1.2, 0.07, -0.12, 0.26),
            "No trend beyond noise: ×1.2 from 4 to 64 nodes (exponent 0.07 [-0.12, 0.26], interval includes 0), within the ×1.31 that the 9.1% noise could explain."
        },
        {
            Facts(VerdictBasis.ClearTrend, 138, 1.78, 1.70, 1.86, formula: "-47 + 14.5·N^5/3"),
            "Time grows ×138 from 4 to 64 nodes (exponent 1.78 [1.70, 1.86]), beyond the ×1.31 that the 9.1% noise could explain; best model -47 + 14.5·N^5/3."
        },
        {
            Facts(VerdictBasis.FewPointsClearTrend, 4.51, 2.17, 1.81, 2.54, [4, 8]),
            "Only 2 sizes (4 and 8 nodes), but time grows ×4.51 (exponent 2.17 [1.81, 2.54]), far beyond the ×1.31 that noise (9.1%) could explain; the shape cannot be checked."
        },
        {
            Facts(VerdictBasis.TooFewPoints, 1.2, 0.26, double.NegativeInfinity, double.PositiveInfinity, [4, 8], source: NoiseSource.Assumed),
            "Only 2 sizes (4 and 8 nodes): a change of ×1.2 (exponent 0.26 [-∞, ∞]) cannot be told from the 9.1% (assumed) noise."
        },
        {
            Facts(VerdictBasis.SinglePoint, 1, 0, double.NegativeInfinity, double.PositiveInfinity, [8]),
            "Only one size was measured (8 nodes): no trend can be estimated."
        },
        {
            Facts(VerdictBasis.UncertainTrend, 1.5, 0.15, -0.02, 0.32),
            "Time changes ×1.5 from 4 to 64 nodes, more than the ×1.31 that the 9.1% noise could explain, but the exponent 0.15 [-0.02, 0.32] includes 0: a trend that does not clear the noise."
        },
        {
            Facts(VerdictBasis.WeakTrend, 1.2, 0.07, 0.02, 0.12),
            "A small but consistent trend: exponent 0.07 [0.02, 0.12] excludes 0, yet the change of ×1.2 from 4 to 64 nodes stays within the ×1.31 that the 9.1% noise could explain."
        },
        {
            Facts(VerdictBasis.Decreasing, 0.5, -0.25, -0.3, -0.2),
            "Time decreases ×2 from 4 to 64 nodes (exponent -0.25 [-0.30, -0.20]): not a scaling issue."
        },
        {
            Facts(VerdictBasis.Step, 3.9, 0.49, 0.4, 0.55, jump: new JumpEvidence(16, 32, 3.27, "step")),
            "A step of ×3.27 between 16 and 32 nodes, flat below it; a single law misfits by 29% against 9.1% noise."
        },
        {
            Facts(VerdictBasis.Inflection, 10, 0.8, 0.7, 0.9, jump: new JumpEvidence(16, 32, 2, "inflection"), formula: "10 for N ≤ 16; 3 + 0.2·N^2 above"),
            "Flat up to 16 nodes, then growing (10 for N ≤ 16; 3 + 0.2·N^2 above); a single law misfits by 29% against 9.1% noise."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reason_reads_as_specified(VerdictFacts facts, string expected) =>
        Assert.Equal(expected, VerdictWording.Reason(facts));

    [Theory]
    [InlineData(1.0, "×1")]
    [InlineData(1.234, "×1.23")]
    [InlineData(12.34, "×12.3")]
    [InlineData(157.6, "×158")]
    public void Ratios_have_three_significant_digits_at_most(double ratio, string expected) =>
        Assert.Equal(expected, VerdictWording.Ratio(ratio));

    [Fact]
    public void A_step_without_its_jump_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => VerdictWording.Reason(Facts(VerdictBasis.Step, 1, 0, 0, 0)));
}
