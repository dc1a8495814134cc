using MudBlazor;

namespace MergePlanner.Web.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>Asks before a destructive or irreversible action; true only when the person confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes, string cancel) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: cancel,
            options: new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small }) == true;

    /// <summary>Asks for a line of text (e.g. the reason of an annulment); null when the person cancelled.</summary>
    public static async Task<string?> PromptAsync(this IDialogService dialogs, string title, string message, string label, string ok, string cancel)
    {
        var parameters = new DialogParameters<PromptDialog>
        {
            { d => d.Message, message }, { d => d.Label, label }, { d => d.OkText, ok }, { d => d.CancelText, cancel },
        };
        var dialog = await dialogs.ShowAsync<PromptDialog>(title, parameters, new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }
}
