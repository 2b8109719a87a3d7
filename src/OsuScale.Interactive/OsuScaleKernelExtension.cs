using Microsoft.DotNet.Interactive;

namespace OsuScale.Interactive;

/// <summary>
/// The .NET Interactive extension of the OsuScale package. <c>#r "nuget: OsuScale"</c> makes the kernel look into the
/// package's <c>interactive-extensions/dotnet/</c> folder, load this assembly and call <see cref="OnLoadAsync"/>, which
/// registers <see cref="NotebookFormatters"/> (unless the <see cref="NotebookFormatters.OffSwitch"/> variable is
/// <c>off</c>). Outside a notebook nothing loads it: the assembly is not in the package's <c>lib/</c> folder.
/// </summary>
public sealed class OsuScaleKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        if (!NotebookFormatters.TurnedOff(Environment.GetEnvironmentVariable(NotebookFormatters.OffSwitch)))
            NotebookFormatters.Register();
        return Task.CompletedTask;
    }
}
