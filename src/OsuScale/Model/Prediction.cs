namespace OsuScale.Model;

/// <summary>A predicted value at a node count, with its prediction interval.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Value">The predicted value (seconds for wall time).</param>
/// <param name="Low">The lower bound of the prediction interval.</param>
/// <param name="High">The upper bound of the prediction interval.</param>
/// <param name="Level">The interval's coverage (0.95).</param>
/// <param name="Extrapolated">True when the node count is outside the measured range.</param>
public sealed record Prediction(double Nodes, double Value, double Low, double High, double Level, bool Extrapolated);
