using System.Globalization;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The typed fields of an item that are filled in, labelled for its register.</summary>
public static class ItemDetails
{
    public static List<(string Label, string Value)> Of(Asset a, IStringLocalizer l)
    {
        var fields = new (string Key, object? Value)[]
        {
            ("Asset.UnitOfMeasure", a.UnitOfMeasure), ("Asset.Quantity", Format.Number(a.Quantity)), ("Asset.OriginalCost", Format.Money(a.OriginalCost)),
            ("Asset.RemainingValue", Format.Money(a.RemainingValue)), ("Asset.Status", l[$"AssetStatus.{a.Status}"].Value),
            ("Register.Serial", a.Serial), ("Register.Model", a.Model), ("Register.Calibre", a.Calibre), ("Register.Permit", a.PermitNumber), ("Register.Lot", a.Lot),
            ("Register.Plate", a.Plate), ("Register.Chassis", a.ChassisNumber), ("Register.Engine", a.EngineNumber), ("Register.Year", a.Year),
            ("Register.Floors", a.Floors), ("Register.Area", a.Area is { } area ? Format.Number(area) : null), ("Register.Condition", a.Condition),
            ("Register.Parcel", a.Parcel), ("Register.Certificate", a.Certificate), ("Register.LegalStatus", a.LegalStatus), ("Register.Decision", a.Decision),
            ("Register.TotalInvestment", a.TotalInvestment is { } t ? Format.Money(t) : null), ("Register.Disbursed", a.Disbursed is { } d ? Format.Money(d) : null),
            ("Register.Progress", a.ProgressPercent is { } p ? $"{Format.Number(p)} %" : null), ("Register.ProjectStatus", a.ProjectStatus is { } s ? l[$"ProjectStatus.{s}"].Value : null),
            ("Register.Facility", a.Facility is { } f ? $"{l[$"WelfareFacility.{f}"].Value}{(a.Capacity is { } c ? $" · {Format.Number(c)}" : null)}" : null),
            ("Register.DataBearing", a.DataBearing is { } b ? (b ? l["Common.Yes"].Value : l["Common.No"].Value) : null),
            ("Register.Custodian", a.Custodian), ("Register.Location", a.Location), ("Register.Secrecy", a.Secrecy == SecrecyLevel.None ? null : l[$"SecrecyLevel.{a.Secrecy}"].Value),
        };
        return Filled(fields, l);
    }

    public static List<(string Label, string Value)> Of(CaseFile c, IStringLocalizer l)
    {
        var fields = new (string Key, object? Value)[]
        {
            ("CaseFile.Status", l[$"CaseFileStatus.{c.Status}"].Value), ("CaseFile.OpenedOn", Format.Date(c.OpenedOn)), ("CaseFile.Deadline", c.Deadline is null ? null : Format.Date(c.Deadline)),
            ("Register.ReceivedOn", c.ReceivedOn is null ? null : Format.Date(c.ReceivedOn)), ("Register.DecisionNumber", c.DecisionNumber), ("Register.Articles", c.Articles),
            ("Register.Investigator", c.Investigator), ("Register.Exhibits", c.Exhibits), ("Register.DossierType", c.DossierType is { } t ? l[$"DossierType.{t}"].Value : null),
            ("Register.Boxes", c.Boxes), ("Register.Volumes", c.Volumes), ("Register.Pages", c.Pages), ("Register.Retention", c.Retention),
            ("Register.Location", c.Location), ("Register.Secrecy", c.Secrecy == SecrecyLevel.None ? null : l[$"SecrecyLevel.{c.Secrecy}"].Value),
        };
        return Filled(fields, l);
    }

    private static List<(string, string)> Filled((string Key, object? Value)[] fields, IStringLocalizer l) =>
        fields.Where(f => f.Value is not null && f.Value.ToString() != string.Empty)
            .Select(f => (l[f.Key].Value, Convert.ToString(f.Value, CultureInfo.CurrentCulture) ?? string.Empty)).ToList();
}
