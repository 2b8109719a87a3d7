namespace OsuScale.Tests.Support;

/// <summary>An update variable rewrites expected files on a developer's machine, and fails the tests in CI.</summary>
public sealed class UpdateVariablesTests
{
    [Theory]
    [InlineData(UpdateVariables.Golden)]
    [InlineData(UpdateVariables.PublicApi)]
    public void Set_in_CI_it_fails_instead_of_rewriting(string name)
    {
        var environment = new Dictionary<string, string> { [name] = "1", ["CI"] = "true" };
        var e = Assert.Throws<InvalidOperationException>(() => UpdateVariables.Requested(name, environment.GetValueOrDefault));
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void Outside_CI_it_asks_for_a_rewrite_only_when_1()
    {
        Assert.True(UpdateVariables.Requested("X", new Dictionary<string, string> { ["X"] = "1" }.GetValueOrDefault));
        Assert.False(UpdateVariables.Requested("X", new Dictionary<string, string> { ["X"] = "0" }.GetValueOrDefault));
        Assert.False(UpdateVariables.Requested("X", new Dictionary<string, string> { ["CI"] = "true" }.GetValueOrDefault));
    }
}
