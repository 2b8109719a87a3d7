using OsuScale.Benchmarks;
using OsuScale.Show;

namespace OsuScale.Tests.Show;

public class ShowTextTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1, "1 B")]
    [InlineData(512, "512 B")]
    [InlineData(1024, "1 KiB")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(4194304, "4 MiB")]
    public void Message_sizes_are_written_in_binary_units(double bytes, string expected) => Assert.Equal(expected, ShowText.Bytes(bytes));

    [Theory]
    [InlineData("latency", MetricUnit.Microseconds, MetricDirection.LowerIsBetter, "Latency (µs), lower is better")]
    [InlineData("message_rate", MetricUnit.MessagesPerSecond, MetricDirection.HigherIsBetter, "Message rate (messages/s), higher is better")]
    [InlineData("init_time", MetricUnit.Milliseconds, MetricDirection.LowerIsBetter, "Init time (ms), lower is better")]
    public void Axis_titles_carry_unit_and_direction(string metric, MetricUnit unit, MetricDirection direction, string expected) =>
        Assert.Equal(expected, ShowText.AxisTitle(metric, unit, direction));

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(3000, "3,000")]
    [InlineData(30000, "30k")]
    [InlineData(100000, "100k")]
    [InlineData(999999.9999999, "1M")]   // a log-axis tick computed just below a power of ten (seen on osu_allgather's latency axis)
    [InlineData(2500000, "2.5M")]
    [InlineData(-30000, "-30k")]
    [InlineData(0.0005, "5e-4")]
    public void Axis_numbers_are_plain_below_ten_thousand_then_si(double value, string expected) => Assert.Equal(expected, ShowText.AxisNumber(value));

    [Theory]
    [InlineData(12.345, "12.3 s")]
    [InlineData(600, "10 min")]
    [InlineData(36000, "10 h")]
    public void Durations_are_written_for_people(double seconds, string expected) => Assert.Equal(expected, ShowText.Duration(seconds));
}
