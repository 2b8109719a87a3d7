namespace OsuScale.Tests.Cli;

/// <summary>The command line as a whole: every verb is registered, and a wrong command line is a usage error (exit 2).</summary>
[Trait("Category", "Cli")]
public class CliAppTests
{
    [Theory]
    [InlineData("times")]                                   // missing INPUT
    [InlineData("tables", "x.log")]                         // missing -o
    [InlineData("times", "x.log", "-o")]                    // an option without its value
    [InlineData("no-such-verb")]
    public async Task A_wrong_command_line_exits_with_the_usage_code_and_one_line_per_error(params string[] args)
    {
        var error = new StringWriter();

        var exit = await OsuScale.Cli.CliApp.RunAsync(args, TextWriter.Null, error);

        Assert.Equal(OsuScale.Cli.ExitCodes.Usage, exit);
        Assert.StartsWith("osu-scale: error: ", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void Every_verb_of_the_readme_is_registered()
    {
        var verbs = OsuScale.Cli.CliApp.Build().Subcommands.Select(c => c.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "times", "tables", "analyze", "simulate", "report", "compare", "run" }, verbs);
    }
}
