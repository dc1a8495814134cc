namespace MergePlanner.Web;

/// <summary>Anchor type of the UI texts: Resources/SharedResource.resx (Vietnamese, the neutral language)
/// and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;

/// <summary>Marker type for Resources/MudTexts.resx: MudBlazor's own texts in Vietnamese.</summary>
public sealed class MudTexts;
