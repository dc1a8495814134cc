namespace MergePlanner.Web.Spreadsheets;

/// <summary>A column of an import/export format: its Vietnamese header (what users see in Excel), whether it
/// is required, an example value for the template, the longest text its database column holds, and what its values are
/// (a number is written as a number cell Excel can add up).</summary>
public sealed record TabularColumn(string Key, string Header, bool Required, string Example, string? Hint = null, int? MaxLength = null, TabularKind Kind = TabularKind.Text);

/// <summary>What a column holds, for the spreadsheet's cell type and format.</summary>
public enum TabularKind
{
    Text,

    /// <summary>A quantity: #,##0.## (shown with the reader's separators, 1.234,5 in a Vietnamese Excel).</summary>
    Number,

    /// <summary>An amount in đồng: #,##0.</summary>
    Money,

    /// <summary>A number read as a code: a year, a count of floors (no thousands separator).</summary>
    Plain,
}

/// <summary>One data row of an uploaded file: its 1-based row number as the user sees it in Excel (the header
/// is row 1) and its cells by column key.</summary>
public sealed record TabularRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var value) ? value.Trim() : string.Empty;

    public bool IsEmpty => Cells.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>A problem with one cell or row of an import: every one is reported, none is skipped.</summary>
public sealed record ImportError(int RowNumber, string Column, string Message);

public sealed record TabularReadResult(IReadOnlyList<TabularRow> Rows, IReadOnlyList<ImportError> Errors);

public enum TabularFormat
{
    Csv,
    Xlsx,
}
