using System.Globalization;

namespace OsuScale.Tests.Support;

/// <summary>Runs the code of a <c>using</c> block under another current culture (it flows into tasks and parallel loops), then restores it.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Switches to <paramref name="name"/> (empty for the invariant culture).</summary>
    public CultureScope(string name)
    {
        var target = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
