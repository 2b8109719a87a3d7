namespace OsuScale.Model;

/// <summary>How a quantity grows with the node count N.</summary>
public enum Growth
{
    /// <summary>No growth beyond noise.</summary>
    Flat,
    /// <summary>Like log N.</summary>
    Logarithmic,
    /// <summary>Like N^a with 0 &lt; a &lt; 1.</summary>
    Sublinear,
    /// <summary>Like N (or N log N close to it).</summary>
    Linear,
    /// <summary>Faster than N.</summary>
    Superlinear,
    /// <summary>A step or an inflection: flat up to a size, then higher or growing.</summary>
    Jump,
}
