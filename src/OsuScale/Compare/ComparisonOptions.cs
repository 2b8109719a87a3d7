using System.Globalization;
using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>Settings of <see cref="CampaignComparer"/>; change them with <c>with</c>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults: ±10 % practical threshold, 5 % false-discovery rate, 95 % intervals.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// The practical threshold: a cell is <c>slower</c> only when the candidate is shown to be more than this much
    /// slower (ratio above 1 + t), <c>faster</c> when more than this much faster (ratio below 1/(1 + t)). 0.10 = 10 %.
    /// </summary>
    public double Threshold { get; init; } = 0.10;

    /// <summary>The false-discovery rate controlled over all cells (Benjamini–Hochberg), and over all benchmarks for scaling changes.</summary>
    public double FalseDiscoveryRate { get; init; } = 0.05;

    /// <summary>The coverage of every interval.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>
    /// A cell that is not shown to differ is <c>insufficient-data</c> when the statistical part of its ratio interval
    /// (run-to-run noise and repetitions, which more runs would narrow; not the printed resolution, which they would not)
    /// reaches this factor or its inverse (default 2: the data cannot rule out a doubling or a halving).
    /// </summary>
    public double InsufficientRatio { get; init; } = 2;

    /// <summary>How each campaign is analysed (noise, exponents, fits); its predictions are not used.</summary>
    public AnalysisOptions Analysis { get; init; } = AnalysisOptions.Default;

    /// <summary>Bootstrap resamples for the ratio interval of cells decided by the rank test.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>The bootstrap seed (fixed: the same pair of campaigns always gets the same comparison).</summary>
    public int Seed { get; init; } = 20240517;

    internal void Validate()
    {
        if (!(Threshold >= 0) || Threshold >= 10)
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, Invariant($"Threshold={Threshold}, but it should be in range [0;10)"));
        if (FalseDiscoveryRate is <= 0 or >= 1 || double.IsNaN(FalseDiscoveryRate))
            throw new ArgumentOutOfRangeException(nameof(FalseDiscoveryRate), FalseDiscoveryRate, Invariant($"FalseDiscoveryRate={FalseDiscoveryRate}, but it should be in range (0;1)"));
        if (Level is <= 0 or >= 1 || double.IsNaN(Level))
            throw new ArgumentOutOfRangeException(nameof(Level), Level, Invariant($"Level={Level}, but it should be in range (0;1)"));
        if (!(InsufficientRatio > 1))
            throw new ArgumentOutOfRangeException(nameof(InsufficientRatio), InsufficientRatio, Invariant($"InsufficientRatio={InsufficientRatio}, but it should be > 1"));
        if (BootstrapResamples < 100)
            throw new ArgumentOutOfRangeException(nameof(BootstrapResamples), BootstrapResamples, Invariant($"BootstrapResamples={BootstrapResamples}, but it should be >= 100"));
        ArgumentNullException.ThrowIfNull(Analysis);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
