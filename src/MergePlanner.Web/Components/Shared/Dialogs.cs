using MudBlazor;

namespace MergePlanner.Web.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>Asks before a destructive or irreversible action; true only when the person confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes, string cancel) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: cancel,
            options: new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small }) == true;
}
