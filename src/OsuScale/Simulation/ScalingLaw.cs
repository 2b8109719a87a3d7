namespace OsuScale.Simulation;

/// <summary>The shapes a simulated benchmark's cost can follow over the node count N.</summary>
public enum LawKind
{
    /// <summary>Independent of N.</summary>
    Flat,
    /// <summary>Proportional to log2 N.</summary>
    Logarithmic,
    /// <summary>Proportional to N.</summary>
    Linear,
    /// <summary>Proportional to N·log2 N.</summary>
    NLogN,
    /// <summary>Proportional to N².</summary>
    Quadratic,
    /// <summary>Flat, then <see cref="ScalingLaw.JumpFactor"/> times higher from <see cref="ScalingLaw.JumpAt"/> nodes on.</summary>
    Jump,
}

/// <summary>A scaling law: how a simulated cost changes with the node count, relative to a reference size.</summary>
/// <param name="Kind">The shape.</param>
/// <param name="JumpAt">For <see cref="LawKind.Jump"/>: the first node count at the higher level.</param>
/// <param name="JumpFactor">For <see cref="LawKind.Jump"/>: how many times higher.</param>
public sealed record ScalingLaw(LawKind Kind, double JumpAt = 0, double JumpFactor = 1)
{
    /// <summary>Independent of N.</summary>
    public static ScalingLaw Flat { get; } = new(LawKind.Flat);

    /// <summary>Proportional to log2 N.</summary>
    public static ScalingLaw Logarithmic { get; } = new(LawKind.Logarithmic);

    /// <summary>Proportional to N.</summary>
    public static ScalingLaw Linear { get; } = new(LawKind.Linear);

    /// <summary>Proportional to N·log2 N.</summary>
    public static ScalingLaw NLogN { get; } = new(LawKind.NLogN);

    /// <summary>Proportional to N².</summary>
    public static ScalingLaw Quadratic { get; } = new(LawKind.Quadratic);

    /// <summary>A step: <paramref name="factor"/> times higher from <paramref name="at"/> nodes on.</summary>
    /// <param name="at">The first node count at the higher level.</param>
    /// <param name="factor">How many times higher.</param>
    public static ScalingLaw Step(double at, double factor) => new(LawKind.Jump, at, factor);

    /// <summary>The law's shape at N (before scaling to the reference).</summary>
    /// <param name="nodes">The node count (≥ 2 for the logarithmic shapes).</param>
    public double Shape(double nodes) => Kind switch
    {
        LawKind.Flat => 1,
        LawKind.Logarithmic => Math.Log2(nodes),
        LawKind.Linear => nodes,
        LawKind.NLogN => nodes * Math.Log2(nodes),
        LawKind.Quadratic => nodes * nodes,
        LawKind.Jump => nodes >= JumpAt ? JumpFactor : 1,
        _ => throw new InvalidOperationException($"unknown law {Kind}"),
    };

    /// <summary>How many times the cost at <paramref name="nodes"/> is the cost at <paramref name="reference"/>.</summary>
    /// <param name="nodes">The node count.</param>
    /// <param name="reference">The reference node count (where the base time is given).</param>
    public double Factor(double nodes, double reference) => Shape(nodes) / Shape(reference);

    /// <summary>
    /// The true growth exponent over a set of sizes: the Theil–Sen slope of log(shape) against log(N) of the noise-free
    /// law at those sizes (the effective exponent over the measured range). It equals the power of a pure power law
    /// and is the only fair reference for laws whose local slope changes, such as log N (0.72 at 4 nodes, 0.21 at 128).
    /// </summary>
    /// <param name="sizes">The node counts.</param>
    public double TrueExponent(IReadOnlyList<double> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        List<double> slopes = [];
        for (var a = 0; a < sizes.Count; a++)
            for (var b = a + 1; b < sizes.Count; b++)
                if (sizes[a] != sizes[b])
                    slopes.Add((Math.Log(Shape(sizes[b])) - Math.Log(Shape(sizes[a]))) / (Math.Log(sizes[b]) - Math.Log(sizes[a])));
        if (slopes.Count == 0) return 0;
        slopes.Sort();
        var mid = slopes.Count / 2;
        return slopes.Count % 2 == 1 ? slopes[mid] : 0.5 * (slopes[mid - 1] + slopes[mid]);
    }
}
