using System.Globalization;

namespace OsuScale.Model;

/// <summary>A fitted law T(N) giving a value (seconds, microseconds) at a node count N.</summary>
public abstract record ScalingModel
{
    /// <summary>A readable formula with the fitted coefficients, e.g. <c>12.3 + 0.52·N^2·log2(N)</c>.</summary>
    public abstract string Formula { get; }

    /// <summary>The number of fitted parameters (for information criteria).</summary>
    public abstract int ParameterCount { get; }

    /// <summary>The model's value at <paramref name="nodes"/>.</summary>
    public abstract double Evaluate(double nodes);

    /// <summary>Formats a coefficient with 3 significant digits, invariant culture.</summary>
    protected static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}

/// <summary>The constant model T(N) = c0.</summary>
/// <param name="C0">The constant.</param>
public sealed record ConstantModel(double C0) : ScalingModel
{
    /// <inheritdoc/>
    public override string Formula => Number(C0);

    /// <inheritdoc/>
    public override int ParameterCount => 1;

    /// <inheritdoc/>
    public override double Evaluate(double nodes) => C0;
}

/// <summary>The performance-model normal form T(N) = c0 + c1·N^i·log2(N)^j.</summary>
/// <param name="C0">The constant term.</param>
/// <param name="C1">The coefficient of the growing term.</param>
/// <param name="I">The polynomial exponent i.</param>
/// <param name="J">The logarithm exponent j.</param>
public sealed record NormalFormModel(double C0, double C1, double I, int J) : ScalingModel
{
    /// <summary>The growing term N^i·log2(N)^j alone.</summary>
    public static double Term(double nodes, double i, int j) =>
        Math.Pow(nodes, i) * (j == 0 ? 1.0 : Math.Pow(Math.Log2(nodes), j));

    /// <summary>The term's shape without coefficients, e.g. <c>N^1.5·log2(N)</c>.</summary>
    public string Shape
    {
        get
        {
            var poly = I switch
            {
                0 => "",
                1 => "N",
                _ => "N^" + FormatExponent(I),
            };
            var log = J switch
            {
                0 => "",
                1 => "log2(N)",
                _ => "log2(N)^" + J.ToString(CultureInfo.InvariantCulture),
            };
            return (poly, log) switch
            {
                ("", "") => "1",
                (_, "") => poly,
                ("", _) => log,
                _ => poly + "·" + log,
            };
        }
    }

    /// <inheritdoc/>
    /// <remarks>A constant term that prints as zero at three significant digits is left out (<c>6.83·N</c>, not <c>0 + 6.83·N</c>).</remarks>
    public override string Formula =>
        Number(C0) is "0" or "-0"
            ? $"{Number(C1)}·{Shape}"
            : $"{Number(C0)} {(C1 < 0 ? "-" : "+")} {Number(Math.Abs(C1))}·{Shape}";

    /// <inheritdoc/>
    public override int ParameterCount => 2;

    /// <inheritdoc/>
    public override double Evaluate(double nodes) => C0 + C1 * Term(nodes, I, J);

    /// <summary>Formats an exponent as a fraction when it is a third or a quarter (<c>4/3</c>, <c>3/4</c>).</summary>
    public static string FormatExponent(double exponent)
    {
        foreach (var denominator in new[] { 1, 2, 3, 4 })
        {
            var numerator = exponent * denominator;
            if (Math.Abs(numerator - Math.Round(numerator)) < 1e-9)
            {
                var n = (int)Math.Round(numerator);
                return denominator == 1
                    ? n.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{n}/{denominator}");
            }
        }
        return exponent.ToString("0.###", CultureInfo.InvariantCulture);
    }
}

/// <summary>A two-segment model: one law up to and including <see cref="Breakpoint"/>, another above it (a jump or an inflection).</summary>
/// <param name="Breakpoint">The last node count of the lower segment.</param>
/// <param name="Lower">The law for N ≤ breakpoint.</param>
/// <param name="Upper">The law for N &gt; breakpoint.</param>
public sealed record SegmentedModel(double Breakpoint, ScalingModel Lower, ScalingModel Upper) : ScalingModel
{
    /// <inheritdoc/>
    public override string Formula =>
        $"{Lower.Formula} for N ≤ {Number(Breakpoint)}; {Upper.Formula} above";

    /// <inheritdoc/>
    public override int ParameterCount => Lower.ParameterCount + Upper.ParameterCount + 1;

    /// <inheritdoc/>
    public override double Evaluate(double nodes) =>
        nodes <= Breakpoint ? Lower.Evaluate(nodes) : Upper.Evaluate(nodes);
}
