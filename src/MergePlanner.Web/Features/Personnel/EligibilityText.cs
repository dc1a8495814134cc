using System.Globalization;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>A rule's reason in the reader's language: the resource "Eligibility.{key}" with its figures worded — an
/// enum by its label, a day as dd/MM/yyyy, a number in the culture's format. One place for pages, lists and PDFs.</summary>
public static class EligibilityText
{
    public static string Reason(RuleResult result, IStringLocalizer localizer) =>
        string.Format(CultureInfo.CurrentCulture, localizer[$"Eligibility.{result.ReasonKey}"], result.Args.Select(a => Word(a, localizer)).ToArray());

    private static object Word(object value, IStringLocalizer localizer) => value switch
    {
        Enum e => localizer[$"{e.GetType().Name}.{e}"].Value,
        DateOnly d => Format.Date(d),
        double x => x.ToString("0.#", CultureInfo.CurrentCulture),
        int i => i.ToString("N0", CultureInfo.CurrentCulture),
        _ => value,
    };
}
