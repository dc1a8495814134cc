using System.Globalization;
using System.Resources;

namespace MergePlanner.Web.Components.Account;

/// <summary>
/// Validation messages of the static account forms, read from the app's resources in the request's language.
/// DataAnnotations can only take a type with static string properties, not the injected localizer.
/// </summary>
public static class AccountTexts
{
    private static readonly ResourceManager Resources = new("MergePlanner.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string UserNameRequired => Text("Login.UserNameRequired");

    public static string PasswordRequired => Text("Login.PasswordRequired");

    private static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
