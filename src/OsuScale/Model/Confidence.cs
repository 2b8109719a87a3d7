namespace OsuScale.Model;

/// <summary>How far a verdict can be trusted, from the number of points, repetitions and the margin over noise.</summary>
public enum Confidence
{
    /// <summary>Too few points or a margin close to the threshold.</summary>
    Low,
    /// <summary>Enough points, a clear but not overwhelming margin.</summary>
    Medium,
    /// <summary>Many points and a margin far from any threshold.</summary>
    High,
}
