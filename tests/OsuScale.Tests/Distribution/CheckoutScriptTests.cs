namespace OsuScale.Tests.Distribution;

/// <summary>
/// <c>./osu-scale</c> in a checkout builds the tool only when a source changed (so <c>./osu-scale --version</c> starts
/// at once the second time), and the report it writes by default lands in an ignored folder.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CheckoutScriptTests
{
    private static readonly string Repository = FindRepository();

    [Fact]
    public void The_second_call_does_not_build()
    {
        var first = DotnetProcess.Run("bash", [Path.Combine(Repository, "osu-scale"), "--version"], Repository, TimeSpan.FromMinutes(8));
        Assert.True(first.ExitCode == 0, first.ToString());

        var second = DotnetProcess.Run("bash", [Path.Combine(Repository, "osu-scale"), "--version"], Repository, TimeSpan.FromMinutes(2));

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("building", second.StdErr);
        Assert.Equal(first.StdOut.Trim(), second.StdOut.Trim());
    }

    [Fact]
    public void The_default_report_folder_is_ignored_by_git()
    {
        var check = DotnetProcess.Run("git", ["check-ignore", "--no-index", "osu-scale-report/report.html"], Repository, TimeSpan.FromMinutes(1));

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(OsuScale.Cli.Commands.ReportCommand.DefaultOutput, check.StdOut.Trim().Split('/')[0]);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OsuScale.sln"))) return dir.FullName;
        throw new InvalidOperationException("OsuScale.sln not found above " + AppContext.BaseDirectory);
    }
}
