using System.Collections.Immutable;

namespace OsuScale.Model;

/// <summary>One term shape N^i·log2(N)^j of the performance-model normal form T(N) = c0 + c1·N^i·log2(N)^j.</summary>
/// <param name="I">The polynomial exponent i.</param>
/// <param name="J">The logarithm exponent j.</param>
public sealed record Hypothesis(double I, int J)
{
    /// <summary>The term's value at <paramref name="nodes"/>.</summary>
    public double Term(double nodes) => NormalFormModel.Term(nodes, I, J);

    /// <summary>
    /// How complex the shape is, for "prefer the simpler model": ordered by how fast the term grows
    /// (i first, then j), so <c>log2(N)</c> is simpler than <c>N^1/4</c>, which is simpler than <c>N</c>.
    /// </summary>
    public double Complexity => I + 0.1 * J;
}

/// <summary>The hypothesis space searched by <see cref="Fit.Scaling"/>.</summary>
public static class HypothesisSpace
{
    /// <summary>The polynomial exponents i: 0 to 3 in steps of quarters and thirds.</summary>
    public static ImmutableArray<double> Exponents { get; } =
    [
        0, 1.0 / 4, 1.0 / 3, 1.0 / 2, 2.0 / 3, 3.0 / 4, 1, 5.0 / 4, 4.0 / 3, 3.0 / 2, 5.0 / 3, 7.0 / 4,
        2, 9.0 / 4, 7.0 / 3, 5.0 / 2, 8.0 / 3, 11.0 / 4, 3,
    ];

    /// <summary>The logarithm exponents j.</summary>
    public static ImmutableArray<int> LogExponents { get; } = [0, 1, 2];

    /// <summary>Every (i, j) pair except (0, 0), which is the constant model (always considered besides these): 56 shapes.</summary>
    public static ImmutableArray<Hypothesis> Default { get; } =
        [.. Exponents.SelectMany(i => LogExponents.Select(j => new Hypothesis(i, j))).Where(h => h.I != 0 || h.J != 0)];
}
