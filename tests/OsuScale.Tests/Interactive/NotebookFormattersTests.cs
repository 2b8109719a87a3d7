using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using OsuScale.Interactive;
using OsuScale.Show.Plots;

namespace OsuScale.Tests.Interactive;

/// <summary>
/// The extension as the kernel calls it. The formatters are process-wide, so these tests run one at a time
/// (<see cref="FormatterCollection"/>) and put the defaults back afterwards.
/// </summary>
[Collection(FormatterCollection.Name)]
public sealed class NotebookFormattersTests : IDisposable
{
    public NotebookFormattersTests() => Formatter.ResetToDefault();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(NotebookFormatters.OffSwitch, null);
        Formatter.ResetToDefault();
    }

    [Fact]
    public async Task Loading_the_extension_makes_verdicts_analyses_and_figures_display_as_html()
    {
        var analysis = KubeconAnalysis.Analysis;
        using var kernel = new CompositeKernel();

        await new OsuScaleKernelExtension().OnLoadAsync(kernel);

        var verdicts = analysis.Verdicts.ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith(SortableTable.Preamble + "<table class=\"osu-scale\">", verdicts);
        Assert.Contains("osu_allgather", verdicts);
        Assert.StartsWith(SortableTable.Preamble + "<div class=\"osu-scale-analysis\">", analysis.ToDisplayString(HtmlFormatter.MimeType));
        var plot = ScalingPlot.Build(KubeconAnalysis.Campaign, "osu_allgather", analysis.Verdict("osu_allgather"));
        Assert.StartsWith("<svg", plot.ToDisplayString(HtmlFormatter.MimeType));
        Assert.StartsWith("<svg", OverviewPlot.Build(KubeconAnalysis.Campaign, analysis.Verdicts).ToDisplayString(HtmlFormatter.MimeType));
    }

    [Fact]
    public async Task The_off_switch_leaves_the_kernel_defaults()
    {
        Environment.SetEnvironmentVariable(NotebookFormatters.OffSwitch, "off");
        using var kernel = new CompositeKernel();

        await new OsuScaleKernelExtension().OnLoadAsync(kernel);

        var verdicts = KubeconAnalysis.Analysis.Verdicts.ToDisplayString(HtmlFormatter.MimeType);
        Assert.DoesNotContain("osu-scale", verdicts);
    }

    [Theory]
    [InlineData("off", true)]
    [InlineData(" OFF ", true)]
    [InlineData("0", true)]
    [InlineData("false", true)]
    [InlineData("on", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_off_switch_reads_off_0_and_false(string? value, bool off) =>
        Assert.Equal(off, NotebookFormatters.TurnedOff(value));
}

/// <summary>Tests that change the process-wide display formatters.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterCollection
{
    public const string Name = "display formatters";
}
