using MergePlanner.Data.Inventory;
using MergePlanner.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>A typed column of a register.</summary>
public sealed record RegisterField(string Label, Func<Asset, IStringLocalizer, string?> Value);

/// <summary>A register (sổ) of domain.md §5.2: the categories it holds and its own columns.</summary>
public sealed record AssetRegister(string Key, string Title, AssetCategory[] Categories, RegisterField[] Fields);

public static class AssetRegisters
{
    /// <summary>Dormitories, canteens and shuttle vehicles with their capacity (declared before <see cref="All"/>, which
    /// reads it while the class initialises).</summary>
    private static readonly RegisterField Facility = new("Register.Facility",
        (a, l) => a.Facility is { } f ? $"{l[$"WelfareFacility.{f}"].Value}{(a.Capacity is { } c ? $" · {Format.Number(c)}" : null)}" : null);

    public static readonly AssetRegister[] All =
    [
        new("weapons", "AssetCategory.Weapon", [AssetCategory.Weapon],
            [new("Register.Serial", (a, _) => a.Serial), new("Register.Model", (a, _) => a.Model), new("Register.Calibre", (a, _) => a.Calibre), new("Register.Permit", (a, _) => a.PermitNumber), new("Register.Location", (a, _) => a.Location)]),
        new("ammunition", "Register.Title.Ammunition", [AssetCategory.Ammunition, AssetCategory.Explosive],
            [new("Register.Lot", (a, _) => a.Lot), new("Register.Calibre", (a, _) => a.Calibre), new("Register.Location", (a, _) => a.Location)]),
        new("support-tools", "AssetCategory.SupportTool", [AssetCategory.SupportTool],
            [new("Register.Serial", (a, _) => a.Serial), new("Register.Permit", (a, _) => a.PermitNumber)]),
        new("vehicles", "Register.Title.Vehicles", [AssetCategory.Car, AssetCategory.Motorcycle, AssetCategory.Boat, AssetCategory.OtherVehicle],
            [new("Register.Plate", (a, _) => a.Plate), new("Register.Chassis", (a, _) => a.ChassisNumber), new("Register.Engine", (a, _) => a.EngineNumber), new("Register.Year", (a, _) => a.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Facility]),
        new("technical", "AssetCategory.TechnicalEquipment", [AssetCategory.TechnicalEquipment],
            [new("Register.Serial", (a, _) => a.Serial), new("Register.Secrecy", (a, l) => l[$"SecrecyLevel.{a.Secrecy}"].Value)]),
        new("it", "AssetCategory.ItEquipment", [AssetCategory.ItEquipment],
            [new("Register.Serial", (a, _) => a.Serial), new("Register.DataBearing", (a, l) => a.DataBearing is { } b ? (b ? l["Common.Yes"].Value : l["Common.No"].Value) : null)]),
        new("equipment", "Register.Title.Equipment", [AssetCategory.FireRescueEquipment, AssetCategory.OfficeEquipment, AssetCategory.OtherFixedAsset],
            [new("Register.Serial", (a, _) => a.Serial)]),
        new("buildings", "AssetCategory.Building", [AssetCategory.Building],
            [new("Register.Floors", (a, _) => a.Floors?.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Register.Area", (a, _) => a.Area is { } x ? Format.Number(x) : null), new("Register.Year", (a, _) => a.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Register.Condition", (a, _) => a.Condition), Facility]),
        new("land", "AssetCategory.Land", [AssetCategory.Land],
            [new("Register.Parcel", (a, _) => a.Parcel), new("Register.Area", (a, _) => a.Area is { } x ? Format.Number(x) : null), new("Register.Certificate", (a, _) => a.Certificate), new("Register.LegalStatus", (a, _) => a.LegalStatus)]),
        new("projects", "AssetCategory.InvestmentProject", [AssetCategory.InvestmentProject],
            [new("Register.Decision", (a, _) => a.Decision), new("Register.TotalInvestment", (a, _) => a.TotalInvestment is { } x ? Format.Money(x) : null), new("Register.Disbursed", (a, _) => a.Disbursed is { } x ? Format.Money(x) : null),
             new("Register.Progress", (a, _) => a.ProgressPercent is { } x ? $"{Format.Number(x)} %" : null), new("Register.ProjectStatus", (a, l) => a.ProjectStatus is { } s ? l[$"ProjectStatus.{s}"].Value : null)]),
        new("exhibits", "AssetCategory.Exhibit", [AssetCategory.Exhibit], [new("Register.Location", (a, _) => a.Location)]),
    ];
}
