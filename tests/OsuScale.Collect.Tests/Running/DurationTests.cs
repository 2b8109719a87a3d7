using OsuScale.Collect.Running;

namespace OsuScale.Collect.Tests.Running;

/// <summary>Durations on the command line are written like 6h, 90m, 30s.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("6h", 6 * 3600)]
    [InlineData("90m", 90 * 60)]
    [InlineData("30s", 30)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("1.5h", 5400)]
    [InlineData("250ms", 0.25)]
    [InlineData("45", 45)]
    public void Parses_what_people_write(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Duration.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("6 hours")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("h")]
    public void Refuses_anything_else(string text) =>
        Assert.Throws<FormatException>(() => Duration.Parse(text));

    [Theory]
    [InlineData(5400, "1h30m")]
    [InlineData(3, "3s")]
    [InlineData(0.25, "250ms")]
    [InlineData(36000, "10h")]
    public void Formats_compactly(double seconds, string text) =>
        Assert.Equal(text, Duration.Format(TimeSpan.FromSeconds(seconds)));
}
