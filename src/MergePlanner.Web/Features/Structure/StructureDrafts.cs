using MergePlanner.Data.Organisation;

namespace MergePlanner.Web.Features.Structure;

/// <summary>A unit as a form or an import row describes it; identified by its code.</summary>
public sealed record UnitDraft(
    int RowNumber,
    string Code,
    string Name,
    string? ShortName,
    UnitType? Type,
    string? ParentCode,
    UnitStatus Status,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int? SortOrder,
    int? ExpectedVersion = null);

/// <summary>A lineage row as a form or an import row describes it, by unit codes.</summary>
public sealed record LineageDraft(
    int RowNumber,
    string FromCode,
    string? ToCode,
    LineageKind? Kind,
    LineagePortion Portion,
    decimal? SharePercent,
    DateOnly? EffectiveDate,
    string? DecisionReference,
    string? Note);

/// <summary>What a draft is wrong about: the row (0 for a form), the field (column header) and why.</summary>
public sealed record DraftError(int RowNumber, string Field, string Message);

public sealed record WriteResult(int Created, int Updated, IReadOnlyList<DraftError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
