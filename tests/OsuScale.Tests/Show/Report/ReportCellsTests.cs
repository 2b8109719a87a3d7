using OsuScale.Show.Report;

namespace OsuScale.Tests.Show.Report;

/// <summary>The "Logs" line of "What was run" names few files and summarises many, folder by folder.</summary>
public class ReportCellsTests
{
    [Fact]
    public void Few_files_are_named()
    {
        Assert.Equal("runs/a: size-4.log, size-8.log; size-16.log",
            ReportCells.SourcesLine(["runs/a/size-4.log", "runs/a/size-8.log", "size-16.log"]));
    }

    [Fact]
    public void Many_files_in_a_folder_are_counted_with_the_first_and_the_last()
    {
        var files = Enumerable.Range(1, 18).Select(i => $"data/example/size-{i}.log").ToList();
        Assert.Equal("data/example: 18 files (size-1.log … size-18.log)", ReportCells.SourcesLine(files));
    }
}
