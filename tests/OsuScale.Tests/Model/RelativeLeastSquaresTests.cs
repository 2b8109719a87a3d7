using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearRegression;
using OsuScale.Model;
using OsuScale.Model.Fitting;

namespace OsuScale.Tests.Model;

/// <summary>
/// The allocation-free two-column least squares of the model search agrees with MathNet.Numerics' QR regression
/// (the reference), and its hat-matrix leave-one-out error with explicit refits.
/// </summary>
public class RelativeLeastSquaresTests
{
    private static readonly double[] Sizes = [4, 8, 16, 32, 64, 128];

    private static Gen<(Hypothesis Shape, double[] Values)> Cases =>
        from index in Gen.Choose(0, HypothesisSpace.Default.Length - 1)
        from values in Gen.ArrayOf(Gen.Choose(1, 100000), Sizes.Length)
        select (HypothesisSpace.Default[index], values.Select(v => v / 100.0).ToArray());

    [Property(MaxTest = 100)]
    public Property Coefficients_match_MathNet_QR() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        var ours = RelativeLeastSquares.Solve(Sizes, c.Values, c.Shape);
        var x = Matrix<double>.Build.Dense(Sizes.Length, 2, (r, col) => col == 0 ? 1 / c.Values[r] : c.Shape.Term(Sizes[r]) / c.Values[r]);
        var reference = MultipleRegression.QR(x, Vector<double>.Build.Dense(Sizes.Length, 1.0));
        return ours.IsDegenerate || (Close(ours.Coefficients[0], reference[0]) && Close(ours.Coefficients[1], reference[1]));
    });

    [Property(MaxTest = 50)]
    public Property Leave_one_out_error_matches_explicit_refits() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        var ours = RelativeLeastSquares.Solve(Sizes, c.Values, c.Shape);
        double press = 0;
        for (var k = 0; k < Sizes.Length; k++)
        {
            var nodes = Sizes.Where((_, i) => i != k).ToArray();
            var values = c.Values.Where((_, i) => i != k).ToArray();
            var refit = RelativeLeastSquares.Solve(nodes, values, c.Shape);
            press += Math.Pow((c.Values[k] - refit.Model.Evaluate(Sizes[k])) / c.Values[k], 2);
        }
        return ours.IsDegenerate || Close(ours.Press, press);
    });

    [Fact]
    public void The_constant_model_is_the_relative_least_squares_mean()
    {
        // c0 = Σ(1/y) / Σ(1/y²) for y = 1, 2: (1 + 0.5) / (1 + 0.25) = 1.2 (by hand).
        var fit = RelativeLeastSquares.Solve([4, 8], [1, 2], null);

        Assert.Equal(1.2, fit.Coefficients[0], 12);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-7 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
