using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Fit.Scaling selects and fits the normal-form law T(N) = c0 + c1·N^i·log2(N)^j.</summary>
public class FitScalingTests
{
    private static readonly double[] Sizes = [4, 8, 16, 32, 64, 128];

    private static Observation[] Exact(Func<double, double> law, double[]? sizes = null) =>
        [.. (sizes ?? Sizes).Select(n => new Observation(n, 1, law(n)))];

    [Fact]
    public void Recovers_a_linear_law_exactly()
    {
        // Reference: T(N) = 3 + 2·N, values computed by hand: 11, 19, 35, 67, 131, 259.
        var fit = Fit.Scaling(Exact(n => 3 + 2 * n));

        var model = Assert.IsType<NormalFormModel>(fit.Model);
        Assert.Equal((1.0, 0), (model.I, model.J));
        Assert.Equal(3, model.C0, 6);
        Assert.Equal(2, model.C1, 6);
        Assert.Equal(1, fit.RSquared, 9);
        Assert.Equal("3 + 2·N", model.Formula);
    }

    [Fact]
    public void Recovers_n_squared_log_n()
    {
        // Reference: T(N) = 5 + 0.5·N²·log2(N); at N = 8: 5 + 0.5·64·3 = 101 (by hand).
        var fit = Fit.Scaling(Exact(n => 5 + 0.5 * n * n * Math.Log2(n)));

        var model = Assert.IsType<NormalFormModel>(fit.Model);
        Assert.Equal((2.0, 1), (model.I, model.J));
        Assert.Equal(101, model.Evaluate(8), 6);
    }

    [Fact]
    public void Recovers_a_pure_logarithm()
    {
        // Reference: T(N) = 1 + 4·log2(N): 9, 13, 17, 21, 25, 29.
        var model = Assert.IsType<NormalFormModel>(Fit.Scaling(Exact(n => 1 + 4 * Math.Log2(n))).Model);

        Assert.Equal((0.0, 1), (model.I, model.J));
        Assert.Equal(4, model.C1, 6);
    }

    [Fact]
    public void Prefers_the_constant_model_for_values_scattered_without_trend()
    {
        // Alternating ±3 % around 10 (made up): no shape predicts a left-out size better than the mean.
        var fit = Fit.Scaling(Exact(n => Math.Log2(n) % 2 == 0 ? 10.3 : 9.7));

        Assert.IsType<ConstantModel>(fit.Model);
        Assert.Equal(ResidualSpace.Log, fit.Space);
    }

    [Fact]
    public void Two_sizes_fit_a_pure_shape_without_cross_validation()
    {
        // osu_allreduce of kubecon-run1 (times.log): 109.151 s at 4 nodes, 480.290 s at 8 nodes.
        var fit = Fit.Scaling([new(4, 1, 109.151), new(8, 1, 480.290)]);

        var model = Assert.IsType<NormalFormModel>(fit.Model);
        Assert.Equal(0, model.C0);
        Assert.True(double.IsNaN(fit.CrossValidationError));
        Assert.Equal(1, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Repetitions_are_fitted_through_their_median()
    {
        // Three runs per size of T = 10·N (±1 %) with one wild run (×5) at 16 nodes: the median (161.6) ignores it.
        var observations = Sizes.SelectMany(n => new[] { new Observation(n, 1, 10 * n), new Observation(n, 2, 10 * n * 1.01), new Observation(n, 3, n == 16 ? 10 * n * 5 : 10 * n * 0.99) }).ToArray();

        var fit = Fit.Scaling(observations);

        Assert.Equal(18, fit.Observations);
        Assert.InRange(fit.Model.Evaluate(16), 158.0, 162.0);
    }

    [Fact]
    public void Prediction_interval_contains_the_value_and_widens_when_extrapolating()
    {
        // T = 2 + 0.1·N² with ±2 % alternating noise (made up).
        var observations = Sizes.Select((n, k) => new Observation(n, 1, (2 + 0.1 * n * n) * (k % 2 == 0 ? 1.02 : 0.98))).ToArray();
        var fit = Fit.Scaling(observations, new FitOptions(Noise: 0.02));

        var inside = fit.Predict(32);
        var far = fit.Predict(512);

        Assert.False(inside.Extrapolated);
        Assert.True(far.Extrapolated);
        Assert.InRange(inside.Value, inside.Low, inside.High);
        Assert.InRange(far.Value, far.Low, far.High);
        Assert.True(far.High / far.Low > inside.High / inside.Low);
        Assert.Equal(0.95, far.Level);
        var narrower = fit.Predict(512, level: 0.5);
        Assert.True(narrower.High - narrower.Low < far.High - far.Low);
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_offending_value()
    {
        var zero = Assert.Throws<ArgumentException>(() => Fit.Scaling([new(4, 1, 1), new(8, 2, 0)]));
        Assert.Contains("value 0 at 8 nodes (iteration 2)", zero.Message);
        Assert.Throws<ArgumentException>(() => Fit.Scaling([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fit.Scaling(Exact(n => n)).Predict(-1));
    }

    /// <summary>
    /// Property: exact data from any shape of the hypothesis space, with a growing term that is not negligible, is
    /// fitted with that shape (its leave-one-out error is zero; any other shape's is not).
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Exact_data_from_any_hypothesis_selects_it()
    {
        var shapes = HypothesisSpace.Default;
        var gen =
            from index in Gen.Choose(0, shapes.Length - 1)
            from c0 in Gen.Choose(1, 1000)
            from share in Gen.Choose(10, 1000)
            select (shape: shapes[index], c0: c0 / 10.0, share: share / 100.0);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            // c1 chosen so that the term is `share` times c0 at the smallest size.
            var c1 = t.share * t.c0 / t.shape.Term(Sizes[0]);
            var fit = Fit.Scaling(Exact(n => t.c0 + c1 * t.shape.Term(n)));
            return fit.Model is NormalFormModel m && m.I == t.shape.I && m.J == t.shape.J;
        });
    }

    /// <summary>
    /// Property: the fit works on relative errors, so multiplying every value by k (seconds → milliseconds) selects
    /// the same shape with coefficients times k, and leaves the exponent unchanged.
    /// </summary>
    [Property(MaxTest = 50)]
    public Property Changing_the_unit_changes_nothing_but_the_coefficients()
    {
        var gen =
            from values in Gen.ArrayOf(Gen.Choose(100, 100000), Sizes.Length)
            from k in Gen.Elements(0.001, 1000.0, 3.7)
            select (values: values.Select(v => v / 100.0).ToArray(), k);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var original = Sizes.Select((n, i) => new Observation(n, 1, t.values[i])).ToArray();
            var scaled = original.Select(o => o with { Value = o.Value * t.k }).ToArray();
            var a = Fit.Scaling(original);
            var b = Fit.Scaling(scaled);
            var sameShape = (a.Model, b.Model) switch
            {
                (ConstantModel x, ConstantModel y) => Math.Abs(y.C0 - t.k * x.C0) <= 1e-9 * Math.Abs(y.C0),
                (NormalFormModel x, NormalFormModel y) => x.I == y.I && x.J == y.J && Math.Abs(y.C1 - t.k * x.C1) <= 1e-8 * Math.Abs(y.C1),
                _ => false,
            };
            return sameShape && Math.Abs(Fit.Exponent(original).Value - Fit.Exponent(scaled).Value) < 1e-9;
        });
    }
}
