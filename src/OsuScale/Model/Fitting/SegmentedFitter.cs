namespace OsuScale.Model.Fitting;

/// <summary>
/// Two-segment models: flat (a constant) up to and including a breakpoint, then either another constant (a step) or
/// a normal-form law fitted to the upper sizes alone (an inflection, at least three upper sizes). Every breakpoint
/// with at least two lower sizes is tried; AICc picks the winner (breakpoint counted as a parameter).
/// </summary>
internal static class SegmentedFitter
{
    /// <summary>The fewest sizes in the flat segment.</summary>
    private const int MinimumLowerPoints = 2;

    /// <summary>The fewest sizes in a growing upper segment (a 2-parameter law needs a residual).</summary>
    private const int MinimumInflectionPoints = 3;

    public static SegmentedFit? Fit(SeriesPoints points, FitOptions options)
    {
        var n = points.Length;
        if (n < MinimumLowerPoints + 1) return null;
        Candidate? best = null;
        for (var k = MinimumLowerPoints; k < n; k++)
        {
            var lowerNodes = points.Nodes[..k];
            var lowerValues = points.Medians[..k];
            var upperNodes = points.Nodes[k..];
            var upperValues = points.Medians[k..];
            var lower = RelativeLeastSquares.Solve(lowerNodes, lowerValues, null);
            var step = RelativeLeastSquares.Solve(upperNodes, upperValues, null);
            Consider(ref best, new Candidate(k, lower, step, "step", n));
            if (upperNodes.Length >= MinimumInflectionPoints)
            {
                var growth = options.Hypotheses
                    .Select(h => RelativeLeastSquares.Solve(upperNodes, upperValues, h))
                    .Where(s => !s.IsDegenerate && s.Coefficients[1] > 0)
                    .OrderBy(s => s.Rss).ThenBy(s => s.Complexity)
                    .FirstOrDefault();
                if (growth is not null) Consider(ref best, new Candidate(k, lower, growth, "inflection", n));
            }
        }
        if (best is null) return null;

        var breakpoint = points.Nodes[best.Split - 1];
        var at = points.Nodes[best.Split];
        var model = new SegmentedModel(breakpoint, best.Lower.Model, best.Upper.Model);
        var fit = ModelSelector.Describe(points, model, best.Rss, best.Parameters, double.NaN, options) with
        {
            Aicc = best.Aicc,
            Basis = PredictionBasis.Segments(breakpoint, best.Lower, best.Upper),
        };
        var ratio = best.Upper.Model.Evaluate(at) / best.Lower.Model.Evaluate(at);
        return new SegmentedFit(fit, new JumpEvidence(breakpoint, at, ratio, best.Kind), best.Rss, best.Parameters);
    }

    private static void Consider(ref Candidate? best, Candidate candidate)
    {
        if (candidate.Lower.IsDegenerate || candidate.Upper.IsDegenerate) return;
        if (best is null || Better(candidate, best)) best = candidate;
    }

    private static bool Better(Candidate a, Candidate b)
    {
        if (double.IsFinite(a.Aicc) || double.IsFinite(b.Aicc))
            return a.Aicc < b.Aicc;
        return a.Parameters < b.Parameters || (a.Parameters == b.Parameters && a.Rss < b.Rss);
    }

    private sealed record Candidate(int Split, LinearSolution Lower, LinearSolution Upper, string Kind, int Points)
    {
        public double Rss => Lower.Rss + Upper.Rss;

        public int Parameters => Lower.Parameters + Upper.Parameters + 1;

        public double Aicc
        {
            get
            {
                var k = Parameters;
                if (Points - k - 1 <= 0) return double.PositiveInfinity;
                return Points * Math.Log(Math.Max(Rss / Points, 1e-12)) + 2 * k + 2.0 * k * (k + 1) / (Points - k - 1);
            }
        }
    }
}
