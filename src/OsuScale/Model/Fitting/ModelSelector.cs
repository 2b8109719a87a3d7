using System.Collections.Immutable;

namespace OsuScale.Model.Fitting;

/// <summary>
/// Selects a model of the hypothesis space for per-size medians: leave-one-out cross-validation first, AICc among
/// the models it cannot tell apart, and the simplest model among those AICc cannot tell apart either.
/// </summary>
internal static class ModelSelector
{
    /// <summary>How many candidates <see cref="FitResult.Ranking"/> keeps.</summary>
    private const int RankingSize = 5;

    public static FitResult Select(SeriesPoints points, FitOptions options, bool growingOnly = false)
    {
        var nodes = points.Nodes;
        var y = points.Medians;
        var n = points.Length;
        List<LinearSolution> candidates = [];
        if (n == 1 || !growingOnly) candidates.Add(RelativeLeastSquares.Solve(nodes, y, null));
        if (n == 2)
        {
            // Two points leave no residual for c0 + c1·f: fit the pure shapes c1·f and keep the closest.
            candidates.AddRange(options.Hypotheses.Select(h => RelativeLeastSquares.Solve(nodes, y, h, intercept: false)));
            var fit = candidates.Where(c => !c.IsDegenerate).OrderBy(c => c.Rss).ThenBy(c => c.Complexity).First();
            return Build(points, fit, double.NaN, Rank(candidates, fit, byCrossValidation: false), options);
        }
        if (n >= 3) candidates.AddRange(options.Hypotheses.Select(h => RelativeLeastSquares.Solve(nodes, y, h)));
        var valid = candidates.Where(c => !c.IsDegenerate && double.IsFinite(c.Press)).ToList();
        if (valid.Count == 0) valid = [RelativeLeastSquares.Solve(nodes, y, null)];
        if (n == 1) return Build(points, valid[0], double.NaN, [], options);

        var best = valid.Min(c => c.CrossValidationError);
        var tied = valid.Where(c => c.CrossValidationError <= best * (1 + options.CrossValidationTolerance) + 1e-15).ToList();
        var minAicc = tied.Min(c => c.Aicc);
        var close = double.IsFinite(minAicc)
            ? tied.Where(c => c.Aicc <= minAicc + options.AiccTieMargin).ToList()
            : tied;
        var chosen = close.OrderBy(c => c.Complexity).ThenBy(c => c.CrossValidationError).First();
        return Build(points, chosen, chosen.CrossValidationError, Rank(valid, chosen, byCrossValidation: true), options);
    }

    private static ImmutableArray<ModelScore> Rank(List<LinearSolution> candidates, LinearSolution chosen, bool byCrossValidation)
    {
        var ordered = candidates.Where(c => !c.IsDegenerate)
            .OrderBy(c => byCrossValidation ? c.CrossValidationError : c.Rss).ThenBy(c => c.Complexity).Take(RankingSize).ToList();
        if (!ordered.Contains(chosen)) ordered.Add(chosen);
        return [.. ordered.Select(c => new ModelScore(c.Model.Formula, byCrossValidation ? c.CrossValidationError : double.NaN, c.Aicc, ReferenceEquals(c, chosen)))];
    }

    internal static FitResult Build(SeriesPoints points, LinearSolution fit, double crossValidation, ImmutableArray<ModelScore> ranking, FitOptions options) =>
        Describe(points, fit.Model, fit.Rss, fit.Parameters, crossValidation, options) with
        {
            Aicc = fit.Aicc,
            Ranking = ranking,
            Basis = PredictionBasis.Of(fit),
        };

    /// <summary>The fit-quality figures of any model over the medians.</summary>
    internal static FitResult Describe(SeriesPoints points, ScalingModel model, double relativeRss, int parameters, double crossValidation, FitOptions options)
    {
        var n = points.Length;
        var y = points.Medians;
        var mean = y.Average();
        double ssRes = 0, ssTot = 0, smape = 0;
        for (var k = 0; k < n; k++)
        {
            var predicted = model.Evaluate(points.Nodes[k]);
            ssRes += Math.Pow(y[k] - predicted, 2);
            ssTot += Math.Pow(y[k] - mean, 2);
            var denominator = Math.Abs(y[k]) + Math.Abs(predicted);
            smape += denominator == 0 ? 0 : 2 * Math.Abs(y[k] - predicted) / denominator;
        }
        var rSquared = ssTot > 0 ? 1 - ssRes / ssTot : (ssRes == 0 ? 1 : 0);
        var dof = Math.Max(0, n - parameters);
        return new FitResult(model, rSquared, smape / n, dof > 0 ? Math.Sqrt(relativeRss / dof) : 0, ResidualSpace.Log, points.Observations, crossValidation)
        {
            MinNodes = points.Nodes[0],
            MaxNodes = points.Nodes[^1],
            DegreesOfFreedom = dof,
            Noise = options.Noise ?? 0,
        };
    }
}
