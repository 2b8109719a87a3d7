using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace OsuScale.Model.Fitting;

/// <summary>
/// Least squares on relative errors: minimises Σ((y − ŷ)/y)² for ŷ = c0 + c1·f(N), which is ordinary least squares on
/// the rows (1/y, f/y) against a target of ones. Timings span orders of magnitude across sizes; relative residuals
/// give every size the same say (plain least squares would be decided by the largest size alone).
/// </summary>
internal static class RelativeLeastSquares
{
    /// <summary>Fits the constant model (shape null) or c0 + c1·shape(N) to positive values.</summary>
    /// <param name="nodes">The node counts.</param>
    /// <param name="values">The positive values.</param>
    /// <param name="shape">The growing term, or null for the constant model.</param>
    /// <param name="intercept">False to fit c1·shape(N) alone (c0 = 0), used when two points leave no room for c0.</param>
    public static LinearSolution Solve(double[] nodes, double[] values, Hypothesis? shape, bool intercept = true)
    {
        var n = nodes.Length;
        if (shape is null) intercept = true;
        var p = shape is null || !intercept ? 1 : 2;
        if (n < p) throw new ArgumentException($"{n} point(s) cannot fit {p} parameter(s)");
        var x = intercept
            ? Matrix<double>.Build.Dense(n, p, (r, c) => c == 0 ? 1.0 / values[r] : shape!.Term(nodes[r]) / values[r])
            : Matrix<double>.Build.Dense(n, 1, (r, _) => shape!.Term(nodes[r]) / values[r]);
        var ones = Vector<double>.Build.Dense(n, 1.0);
        var qr = x.QR(QRMethod.Thin);
        var r = qr.R;
        for (var k = 0; k < p; k++)
        {
            if (Math.Abs(r[k, k]) < 1e-12 * Math.Max(1.0, Math.Abs(r[0, 0])))
                return LinearSolution.Degenerate(p);
        }
        var beta = qr.Solve(ones);
        var residuals = ones - x * beta;
        var q = qr.Q;
        double rss = 0, press = 0;
        for (var i = 0; i < n; i++)
        {
            var e = residuals[i];
            rss += e * e;
            double h = 0;
            for (var k = 0; k < p; k++) h += q[i, k] * q[i, k];
            press += 1 - h < 1e-9 ? double.PositiveInfinity : Math.Pow(e / (1 - h), 2);
        }
        var rInverse = r.Inverse();
        var gramInverse = rInverse * rInverse.Transpose();
        return new LinearSolution(beta.ToArray(), rss, press, gramInverse.ToArray(), n, shape, intercept);
    }
}

/// <summary>The result of one relative least-squares fit.</summary>
/// <param name="Coefficients">c0 (and c1).</param>
/// <param name="Rss">The sum of squared relative residuals.</param>
/// <param name="Press">The sum of squared leave-one-out relative residuals (PRESS), from the hat matrix: eᵢ/(1 − hᵢᵢ).</param>
/// <param name="GramInverse">(XᵀX)⁻¹ of the relative design, the unscaled covariance of the coefficients.</param>
/// <param name="Points">The number of points fitted.</param>
/// <param name="Shape">The term shape, or null for the constant model.</param>
/// <param name="Intercept">False when c0 was fixed at 0.</param>
internal sealed record LinearSolution(double[] Coefficients, double Rss, double Press, double[,] GramInverse, int Points, Hypothesis? Shape, bool Intercept = true)
{
    public int Parameters => Coefficients.Length;

    public bool IsDegenerate => double.IsNaN(Rss);

    public static LinearSolution Degenerate(int p) =>
        new(new double[p], double.NaN, double.PositiveInfinity, new double[p, p], 0, null);

    public ScalingModel Model => Shape is null
        ? new ConstantModel(Coefficients[0])
        : Intercept
            ? new NormalFormModel(Coefficients[0], Coefficients[1], Shape.I, Shape.J)
            : new NormalFormModel(0, Coefficients[0], Shape.I, Shape.J);

    /// <summary>How complex the model is: the constant first, then by the growth of its term.</summary>
    public double Complexity => Shape is null ? -1 : Shape.Complexity;

    /// <summary>Mean squared leave-one-out relative error.</summary>
    public double CrossValidationError => Press / Points;

    /// <summary>AICc with the coefficients as parameters; +∞ when there are too few points for the correction.</summary>
    public double Aicc
    {
        get
        {
            var n = Points;
            var k = Parameters;
            if (n - k - 1 <= 0) return double.PositiveInfinity;
            var rss = Math.Max(Rss / n, 1e-12);
            return n * Math.Log(rss) + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
        }
    }

    /// <summary>The relative variance factor x0ᵀ(XᵀX)⁻¹x0 of the model's value at a new node count.</summary>
    public double Leverage(double nodes, double predicted)
    {
        if (predicted == 0) return double.PositiveInfinity;
        Span<double> x0 = stackalloc double[Parameters];
        if (Intercept)
        {
            x0[0] = 1.0 / predicted;
            if (Parameters > 1) x0[1] = Shape!.Term(nodes) / predicted;
        }
        else
        {
            x0[0] = Shape!.Term(nodes) / predicted;
        }
        double h = 0;
        for (var a = 0; a < Parameters; a++)
            for (var b = 0; b < Parameters; b++)
                h += x0[a] * GramInverse[a, b] * x0[b];
        return h;
    }
}
