using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Ingest.Parsing;

namespace OsuScale.Tests.Ingest;

/// <summary>Line reading: the same lines as <see cref="TextReader.ReadLine"/>, but bounded in length.</summary>
public class BoundedLineReaderTests
{
    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb")]
    [InlineData("a\rb\r\n\r\nc")]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("only")]
    public void Reads_the_same_lines_as_ReadLine(string text)
    {
        var expected = new List<string>();
        var plain = new StringReader(text);
        for (var l = plain.ReadLine(); l is not null; l = plain.ReadLine()) expected.Add(l);
        var actual = new List<string>();
        var bounded = new BoundedLineReader(new StringReader(text));
        for (var l = bounded.ReadLine(); l is not null; l = bounded.ReadLine()) actual.Add(l);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_crlf_split_across_buffer_refills_is_one_line_break()
    {
        var text = new string('x', (1 << 15) - 1) + "\r\nnext";
        var r = new BoundedLineReader(new StringReader(text), maxChars: 1 << 16);
        Assert.Equal((1 << 15) - 1, r.ReadLine()!.Length);
        Assert.Equal("next", r.ReadLine());
        Assert.Null(r.ReadLine());
    }

    [Fact]
    public void An_over_long_line_is_cut_and_the_next_line_is_intact()
    {
        var r = new BoundedLineReader(new StringReader(new string('y', 200_000) + "\nafter"), maxChars: 1000);
        Assert.Equal(1000, r.ReadLine()!.Length);
        Assert.True(r.LastLineWasCut);
        Assert.Equal("after", r.ReadLine());
        Assert.False(r.LastLineWasCut);
    }

    [Fact]
    public void A_log_with_a_huge_garbage_line_still_parses_and_notes_it()
    {
        var text = new string('\u0001', 300_000) + "\n" + LauncherLogTests.Log;
        var c = CampaignReader.ReadText(text, "size-4.log");
        Assert.Equal(2, c.Complete.Count());
        Assert.Contains(c.Diagnostics, d => d.Location == new SourceLocation("size-4.log", 1) && d.Message.StartsWith("a line longer than 65536"));
    }
}
