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
        Span<double> a = n <= 64 ? stackalloc double[n] : new double[n];
        Span<double> b = n <= 64 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = intercept ? 1.0 / values[i] : shape!.Term(nodes[i]) / values[i];
            if (p == 2) b[i] = shape!.Term(nodes[i]) / values[i];
        }
        return p == 1 ? OneColumn(a, shape, intercept) : TwoColumns(a, b, shape!);
    }

    /// <summary>
    /// Least squares of a target of ones on one column: β = Σa/Σa², hᵢᵢ = aᵢ²/Σa².
    /// </summary>
    private static LinearSolution OneColumn(ReadOnlySpan<double> a, Hypothesis? shape, bool intercept)
    {
        var n = a.Length;
        double aa = 0, at = 0;
        for (var i = 0; i < n; i++)
        {
            aa += a[i] * a[i];
            at += a[i];
        }
        if (!(aa > 0) || !double.IsFinite(aa)) return LinearSolution.Degenerate(1);
        var beta = at / aa;
        double rss = 0, press = 0;
        for (var i = 0; i < n; i++)
        {
            var e = 1 - beta * a[i];
            var h = a[i] * a[i] / aa;
            rss += e * e;
            press += 1 - h < 1e-9 ? double.PositiveInfinity : (e / (1 - h)) * (e / (1 - h));
        }
        return new LinearSolution([beta], rss, press, new double[,] { { 1 / aa } }, n, shape, intercept);
    }

    /// <summary>
    /// Least squares of a target of ones on two columns by a thin QR factorisation (Gram–Schmidt with one
    /// re-orthogonalisation, as accurate as Householder for two columns), allocation-free: the model search solves
    /// about 180 such n×2 problems per series. Tests check it against MathNet.Numerics' QR.
    /// </summary>
    private static LinearSolution TwoColumns(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Hypothesis shape)
    {
        var n = a.Length;
        Span<double> q1 = n <= 64 ? stackalloc double[n] : new double[n];
        Span<double> q2 = n <= 64 ? stackalloc double[n] : new double[n];
        var r11 = Norm(a);
        if (!(r11 > 0) || !double.IsFinite(r11)) return LinearSolution.Degenerate(2);
        for (var i = 0; i < n; i++) q1[i] = a[i] / r11;
        b.CopyTo(q2);
        double r12 = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            var d = Dot(q1, q2);
            r12 += d;
            for (var i = 0; i < n; i++) q2[i] -= d * q1[i];
        }
        var r22 = Norm(q2);
        var bNorm = Norm(b);
        if (!(r22 > 1e-12 * bNorm) || !double.IsFinite(r22)) return LinearSolution.Degenerate(2);
        for (var i = 0; i < n; i++) q2[i] /= r22;

        // Qᵀ·1, then back-substitution R·β = Qᵀ·1.
        double z1 = 0, z2 = 0;
        for (var i = 0; i < n; i++)
        {
            z1 += q1[i];
            z2 += q2[i];
        }
        var beta2 = z2 / r22;
        var beta1 = (z1 - r12 * beta2) / r11;
        double rss = 0, press = 0;
        for (var i = 0; i < n; i++)
        {
            var e = 1 - z1 * q1[i] - z2 * q2[i];
            var h = q1[i] * q1[i] + q2[i] * q2[i];
            rss += e * e;
            press += 1 - h < 1e-9 ? double.PositiveInfinity : (e / (1 - h)) * (e / (1 - h));
        }
        // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ with R⁻¹ = [[1/r11, −r12/(r11 r22)], [0, 1/r22]].
        var i11 = 1 / r11;
        var i12 = -r12 / (r11 * r22);
        var i22 = 1 / r22;
        var gram = new double[,] { { i11 * i11 + i12 * i12, i12 * i22 }, { i12 * i22, i22 * i22 } };
        return new LinearSolution([beta1, beta2], rss, press, gram, n, shape);
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (var i = 0; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>The Euclidean norm, scaled to avoid overflow of the squares.</summary>
    private static double Norm(ReadOnlySpan<double> x)
    {
        double scale = 0;
        foreach (var v in x) scale = Math.Max(scale, Math.Abs(v));
        if (scale == 0 || !double.IsFinite(scale)) return scale;
        double s = 0;
        foreach (var v in x) s += (v / scale) * (v / scale);
        return scale * Math.Sqrt(s);
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
