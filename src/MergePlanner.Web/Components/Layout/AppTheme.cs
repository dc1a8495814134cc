using MudBlazor;

namespace MergePlanner.Web.Components.Layout;

/// <summary>The force's colours: the deep red of the badge for the bar and primary actions, the gold of the star for
/// accents, the green of the uniform for "done". Each pairs with its text colour at a contrast of at least 4.5:1
/// (WCAG AA, checked by axe in the browser tests).</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#7a1f1f",
            PrimaryDarken = "#5c1515",
            PrimaryContrastText = "#ffffff",
            Secondary = "#7a5c00",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#1b5e20",
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#8a4b00",
            Error = "#b3261e",
            AppbarBackground = "#7a1f1f",
            AppbarText = "#ffffff",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
            DrawerText = "#1f1f1f",
            DrawerIcon = "#5c1515",
            TextPrimary = "#1f1f1f",
            TextSecondary = "#4a4a4a",
            ActionDefault = "#4a4a4a",
            LinesDefault = "#d0d0d0",
            TableStriped = "#f4f4f6",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Arial", "sans-serif"], FontSize = ".9rem" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px", AppbarHeight = "56px" },
    };
}
