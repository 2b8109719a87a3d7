using OsuScale.Cli;

namespace OsuScale.Tests.Cli;

[Trait("Category", "Cli")]
public class ExampleCampaignTests
{
    [Fact]
    public void The_example_is_found_beside_the_executable_first_then_up_from_the_current_folder()
    {
        var root = Directory.CreateTempSubdirectory("osu-scale-example-").FullName;
        try
        {
            var checkout = Path.Combine(root, "checkout");
            var deep = Path.Combine(checkout, "src", "sub");
            var bin = Path.Combine(root, "tool");
            Directory.CreateDirectory(deep);
            Directory.CreateDirectory(bin);
            Directory.CreateDirectory(Path.Combine(checkout, "data", "example"));
            File.WriteAllText(Path.Combine(checkout, "data", "example", "size-4.log"), "x");

            Assert.Equal(Path.Combine(checkout, "data", "example"), ExampleCampaign.Locate(currentDirectory: deep, baseDirectory: bin));

            Directory.CreateDirectory(Path.Combine(bin, "data", "example"));
            File.WriteAllText(Path.Combine(bin, "data", "example", "size-4.log"), "x");
            Assert.Equal(Path.Combine(bin, "data", "example"), ExampleCampaign.Locate(currentDirectory: deep, baseDirectory: bin));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_report_names_the_example_relative_to_the_current_folder_not_the_build_output()
    {
        // Issue 10: the report's "Logs" line showed src/OsuScale.Cli/bin/Release/net10.0/data/example.
        var root = Directory.CreateTempSubdirectory("osu-scale-example-").FullName;
        try
        {
            var checkout = Path.Combine(root, "checkout");
            var bin = Path.Combine(checkout, "src", "OsuScale.Cli", "bin", "Release", "net10.0");
            foreach (var folder in new[] { Path.Combine(checkout, "data", "example"), Path.Combine(bin, "data", "example") })
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "size-4.log"), "x");
            }

            Assert.Equal(Path.Combine("data", "example"), ExampleCampaign.LocateForDisplay(currentDirectory: checkout, baseDirectory: bin));
            Assert.Equal(Path.Combine("..", "data", "example"), ExampleCampaign.LocateForDisplay(currentDirectory: Path.Combine(checkout, "src"), baseDirectory: bin));
            var elsewhere = Path.Combine(root, "elsewhere");
            Directory.CreateDirectory(elsewhere);
            Assert.Equal(Path.Combine(bin, "data", "example"), ExampleCampaign.LocateForDisplay(currentDirectory: elsewhere, baseDirectory: bin));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_empty_example_folder_does_not_count()
    {
        var root = Directory.CreateTempSubdirectory("osu-scale-example-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "data", "example"));
            var found = ExampleCampaign.Locate(currentDirectory: root, baseDirectory: root);
            Assert.NotEqual(Path.Combine(root, "data", "example"), found);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
