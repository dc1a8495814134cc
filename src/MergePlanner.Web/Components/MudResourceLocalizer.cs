using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MergePlanner.Web.Components;

/// <summary>MudBlazor's own texts (grid filters, pager, pickers, upload) in Vietnamese, from Resources/MudTexts.resx.
/// In English MudBlazor's built-in texts stand: a key reported as not found makes it use its own.</summary>
public sealed class MudResourceLocalizer(IStringLocalizer<MudTexts> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key, []);

    public override LocalizedString this[string key, params object[] arguments] => Translate(key, arguments);

    private LocalizedString Translate(string key, object[] arguments)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "vi")
        {
            return new LocalizedString(key, key, resourceNotFound: true);
        }

        var text = texts[key];
        return text.ResourceNotFound || arguments.Length == 0
            ? text
            : new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text.Value, arguments));
    }
}
