using OsuScale.Interactive;

namespace OsuScale.Tests.Interactive;

public sealed class SortableTableTests
{
    [Fact]
    public void Cells_are_encoded_numbers_carry_their_sort_key_and_the_row_colour_is_a_left_bar()
    {
        var table = new SortableTable(["Name", "Value"]);
        table.Add(["<b>a & b</b>", new HtmlCell("1.5k", 1500.25)], "#D55E00");
        table.Add(["plain", new HtmlCell("–", double.NaN)]);
        table.Add([new HtmlCell("a reason to read", Prose: true), "x"]);

        var html = table.ToHtml();

        Assert.Contains("&lt;b&gt;a &amp; b&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>a", html);
        Assert.Contains("data-sort=\"1500.25\">1.5k</td>", html);
        Assert.Contains("data-sort=\"1e308\">–</td>", html);
        Assert.Contains("<td style=\"border-left:5px solid #D55E00\">", html);
        Assert.Contains("<td class=\"prose\">a reason to read</td>", html);
        Assert.Equal(2, html.Split("onclick=\"osuScaleSort(this)\"").Length - 1);
        Assert.Contains("window.osuScaleSort", SortableTable.Preamble);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new SortableTable(["A", "B"]);
        Assert.Throws<ArgumentException>(() => table.Add(["only one"]));
    }
}
