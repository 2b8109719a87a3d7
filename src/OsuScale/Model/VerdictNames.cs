using System.Text;

namespace OsuScale.Model;

/// <summary>The kebab-case names of verdict enums used in files and tables (<c>size-independent</c>, <c>scaling-issue</c>).</summary>
public static class VerdictNames
{
    /// <summary><c>size-independent</c>, <c>possible-issue</c> or <c>scaling-issue</c>.</summary>
    /// <param name="category">The category.</param>
    public static string ToName(this ScalingCategory category) => Kebab(category.ToString());

    /// <summary><c>flat</c>, <c>logarithmic</c>, <c>sublinear</c>, <c>linear</c>, <c>superlinear</c> or <c>jump</c>.</summary>
    /// <param name="growth">The growth.</param>
    public static string ToName(this Growth growth) => Kebab(growth.ToString());

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    /// <param name="confidence">The confidence.</param>
    public static string ToName(this Confidence confidence) => Kebab(confidence.ToString());

    /// <summary><c>repetitions</c>, <c>pair-benchmarks</c> or <c>assumed</c>.</summary>
    /// <param name="source">The noise source.</param>
    public static string ToName(this NoiseSource source) => Kebab(source.ToString());

    /// <summary><c>clear-trend</c>, <c>no-trend</c>, <c>step</c>, …</summary>
    /// <param name="basis">The basis.</param>
    public static string ToName(this VerdictBasis basis) => Kebab(basis.ToString());

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var k = 0; k < pascal.Length; k++)
        {
            var c = pascal[k];
            if (char.IsUpper(c) && k > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
