using System.Text.Json;
using System.Text.Json.Serialization;
using OsuScale.Model;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes an analysis as JSON: the noise, the thresholds, the excluded executions, and every verdict with its
/// evidence (model, fit quality, exponent, per-size summary, outliers, predictions, jump). Enum values are kebab-case
/// names (<c>size-independent</c>, <c>scaling-issue</c>); infinite interval bounds are written as
/// <c>"Infinity"</c>/<c>"-Infinity"</c> strings (JSON has no infinity).
/// </summary>
public sealed class VerdictsJsonExporter
{
    /// <summary>The file name.</summary>
    public const string FileName = "verdicts.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The exporter's name.</summary>
    public string Name => "verdicts-json";

    /// <summary>Writes the analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    public void Export(CampaignAnalysis analysis, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(stream);
        var document = new
        {
            noise = Noise(analysis.Noise),
            metricNoise = Noise(analysis.MetricNoise),
            level = analysis.Options.Level,
            predictAt = analysis.Options.PredictAt,
            thresholds = analysis.Options.Thresholds,
            verdicts = analysis.Verdicts.Select(Verdict),
            seriesVerdicts = analysis.SeriesVerdicts.Select(Verdict),
            excluded = analysis.Excluded.Select(e => new
            {
                benchmark = e.Benchmark,
                nodes = e.Nodes,
                iteration = e.Iteration,
                status = e.Status.ToString().ToLowerInvariant(),
                reason = e.Reason,
                source = e.Source.ToString(),
            }),
            notes = analysis.Notes,
        };
        JsonSerializer.Serialize(stream, document, Options);
    }

    private static object Noise(NoiseEstimate noise) => new
    {
        relative = noise.Relative,
        source = noise.Source.ToName(),
        samples = noise.Samples,
        description = noise.Description,
    };

    private static object Verdict(ScalingVerdict v) => new
    {
        benchmark = v.Benchmark,
        series = v.Series,
        category = v.Category.ToName(),
        growth = v.Growth.ToName(),
        confidence = v.Confidence.ToName(),
        reason = v.Reason,
        basis = v.Facts?.Basis.ToName(),
        unit = v.Unit,
        inverted = v.Inverted,
        model = Model(v.Fit.Model),
        fit = new
        {
            rSquared = v.Fit.RSquared,
            smape = v.Fit.Smape,
            residualStandardError = v.Fit.ResidualStandardError,
            space = v.Fit.Space.ToString().ToLowerInvariant(),
            crossValidationError = v.Fit.CrossValidationError,
            aicc = v.Fit.Aicc,
            degreesOfFreedom = v.Fit.DegreesOfFreedom,
            ranking = v.Fit.Ranking.Select(r => new { formula = r.Formula, crossValidationError = r.CrossValidationError, aicc = r.Aicc, selected = r.Selected }),
        },
        exponent = new { value = v.Exponent.Value, low = v.Exponent.Low, high = v.Exponent.High, level = v.Exponent.Level, method = v.Exponent.Method },
        points = v.Points,
        repetitions = v.Repetitions,
        noise = v.Noise,
        noiseSource = v.NoiseSource.ToName(),
        jump = v.Jump is null ? null : new { afterNodes = v.Jump.AfterNodes, atNodes = v.Jump.AtNodes, ratio = v.Jump.Ratio, kind = v.Jump.Kind },
        predictions = v.Predictions.Select(p => new { nodes = p.Nodes, value = p.Value, low = p.Low, high = p.High, level = p.Level, extrapolated = p.Extrapolated }),
        summary = v.Summary.Select(s => new { nodes = s.Nodes, count = s.Count, median = s.Median, low = s.Low, high = s.High }),
        outliers = v.Outliers.Select(o => new { nodes = o.Nodes, iteration = o.Iteration, value = o.Value }),
    };

    private static object Model(ScalingModel model) => model switch
    {
        ConstantModel c => new { kind = "constant", formula = c.Formula, c0 = c.C0 },
        NormalFormModel n => new { kind = "normal-form", formula = n.Formula, c0 = n.C0, c1 = n.C1, i = n.I, j = n.J },
        SegmentedModel s => new { kind = "segmented", formula = s.Formula, breakpoint = s.Breakpoint, lower = Model(s.Lower), upper = Model(s.Upper) },
        _ => (object)new { kind = "other", formula = model.Formula },
    };
}
