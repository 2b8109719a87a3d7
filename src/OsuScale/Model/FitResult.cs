namespace OsuScale.Model;

/// <summary>Which space a model's residuals were minimised in.</summary>
public enum ResidualSpace
{
    /// <summary>Plain values.</summary>
    Linear,
    /// <summary>Logarithms of the values (relative errors).</summary>
    Log,
}

/// <summary>A fitted scaling model and how well it fits.</summary>
/// <param name="Model">The model.</param>
/// <param name="RSquared">The coefficient of determination on the fitted points.</param>
/// <param name="Smape">The symmetric mean absolute percentage error (0.05 = 5 %).</param>
/// <param name="ResidualStandardError">The residual standard error in <see cref="Space"/>.</param>
/// <param name="Space">The space the residuals are in.</param>
/// <param name="Observations">The number of observations fitted.</param>
/// <param name="CrossValidationError">The cross-validation error that selected the model.</param>
public sealed partial record FitResult(
    ScalingModel Model,
    double RSquared,
    double Smape,
    double ResidualStandardError,
    ResidualSpace Space,
    int Observations,
    double CrossValidationError);
