using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Fit.Segmented: flat, then a step or growth.</summary>
public class SegmentedTests
{
    [Fact]
    public void Locates_a_step()
    {
        // 10 s up to 16 nodes, 30 s from 32 on (made up): a ×3 step between 16 and 32.
        double[] sizes = [4, 8, 16, 32, 64, 128];
        var segmented = Fit.Segmented([.. sizes.Select(n => new Observation(n, 1, n >= 32 ? 30 : 10))]);

        Assert.NotNull(segmented);
        Assert.Equal(new JumpEvidence(16, 32, 3, "step"), segmented.Jump with { Ratio = Math.Round(segmented.Jump.Ratio, 9) });
        Assert.Equal(30, segmented.Fit.Model.Evaluate(128), 9);
        Assert.Equal(10, segmented.Fit.Model.Evaluate(8), 9);
        Assert.Equal(3, segmented.Parameters); // two constants and a breakpoint
    }

    [Fact]
    public void Needs_three_sizes()
    {
        Assert.Null(Fit.Segmented([new(4, 1, 1), new(8, 1, 2)]));
    }
}
