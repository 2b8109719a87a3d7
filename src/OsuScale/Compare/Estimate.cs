using System.Globalization;

namespace OsuScale.Compare;

/// <summary>A point estimate with its confidence interval (a ratio, or a difference of exponents).</summary>
/// <param name="Value">The estimate.</param>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
/// <param name="Level">The interval's coverage (0.95).</param>
public readonly record struct Estimate(double Value, double Low, double High, double Level)
{
    /// <summary>True when <paramref name="value"/> lies in the interval (bounds included).</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary><c>1.23 [1.10, 1.38]</c>, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.###} [{Low:0.###}, {High:0.###}]");
}
