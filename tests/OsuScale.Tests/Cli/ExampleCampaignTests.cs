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
