using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Format = MergePlanner.Web.Components.Shared.Format;
using MergePlanner.Web.Spreadsheets;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Reporting;

public enum ListCellKind
{
    Text,
    Number,
    Money,

    /// <summary>A number read as a code, not an amount: a year (1983, not 1.983).</summary>
    Plain,

    /// <summary>A day (dd/MM/yyyy), a date cell in the spreadsheet.</summary>
    Date,
}

public sealed record ListColumn(string Title, double Weight, ListCellKind Kind = ListCellKind.Text);

/// <summary>A row of a list: its cells (a string, an int or a decimal, or null), and whether it is a group heading or a
/// total, which all three outputs set apart.</summary>
public sealed record ListRow(IReadOnlyList<object?> Cells, ListRowKind Kind = ListRowKind.Item);

public enum ListRowKind
{
    Item,
    Group,
    Total,
}

/// <summary>
/// A printed list of the personnel work (issue 10, point 10) — the appointment proposals, the approved appointments,
/// a unit's placement, the balance report, the monthly support list: the Decree 30 header, a preamble, one table, notes
/// and the signature. Built once by its feature and rendered three ways from the same rows, so the PDF, the print view
/// and the XLSX always show the same figures: <see cref="ToPdf"/>, the print page (<c>ListDocumentView</c>) and
/// <see cref="ToXlsx"/> (numbers as numbers).
/// </summary>
public sealed record ListDocument(
    string FileName,
    DocumentHeader Header,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<ListColumn> Columns,
    IReadOnlyList<ListRow> Rows,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Recipients,
    SignatureBlock Signature)
{
    /// <summary>A drawing the PDF puts between the preamble and the table (the roadmap's Gantt); the print view draws its
    /// own from the same data, the spreadsheet has the table only.</summary>
    public Action<DecreeDocument>? Figure { get; init; }

    /// <summary>Printed on landscape A4: a table too wide for a portrait page.</summary>
    public bool Landscape { get; init; }

    /// <summary>The sheet's name in the workbook (Excel allows 31 characters, none of : \ / ? * [ ]).</summary>
    public string SheetName => SafeSheetName(Header.DocumentType is "Danh sách" or "Phụ lục" ? Header.DocumentType : $"{Header.DocumentType} {Header.Summary}");

    /// <summary>A cell as the PDF and the print view show it (numbers in vi-VN, money in đồng without the sign).</summary>
    public static string Text(object? value, ListCellKind kind) => value switch
    {
        null => string.Empty,
        int i when kind == ListCellKind.Plain => i.ToString(CultureInfo.InvariantCulture),
        int i => Format.Number(i),
        decimal d when kind == ListCellKind.Money => d.ToString("N0", CultureInfo.CurrentCulture),
        decimal d => Format.Number(d),
        double f => f.ToString("0.#", CultureInfo.CurrentCulture),
        DateOnly date => Format.Date(date),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The document as the file asked for ("pdf" or "xlsx"), named after it; null for any other format.</summary>
    public IResult? Download(string format, PdfFonts fonts) => format switch
    {
        "pdf" => Results.File(ToPdf(fonts), "application/pdf", FileName + ".pdf"),
        "xlsx" => Results.File(ToXlsx(), TabularWriter.ContentType(TabularFormat.Xlsx), FileName + ".xlsx"),
        _ => null,
    };

    public byte[] ToPdf(PdfFonts fonts)
    {
        using var culture = DocumentCulture.Enter();
        var pdf = new DecreeDocument(fonts, Header, $"{Header.DocumentType} – {Header.Summary}", Landscape);
        foreach (var paragraph in Preamble)
        {
            pdf.Paragraph(paragraph, indent: 14);
        }

        Figure?.Invoke(pdf);
        DrawTable(pdf);
        foreach (var note in Notes)
        {
            pdf.Paragraph(note, italic: true, size: 11);
        }

        pdf.Closing(Recipients, Signature);
        return pdf.ToBytes();
    }

    /// <summary>The table into a PDF being written (also the annex of a document that has more than a list).</summary>
    public void DrawTable(DecreeDocument pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        pdf.Table(
            Columns.Select(c => new TableColumn(c.Title, c.Weight, c.Kind is ListCellKind.Text or ListCellKind.Date ? XStringAlignment.Near : XStringAlignment.Far)).ToList(),
            Rows.Select(r => new TableRow(r.Cells.Select((v, i) => Text(v, Columns[i].Kind)).ToList(), r.Kind == ListRowKind.Group, r.Kind == ListRowKind.Total)),
            size: Columns.Count > 8 ? 9.5 : 10.5);
    }

    public byte[] ToXlsx() => ToWorkbook([(SheetName, this)]);

    /// <summary>A workbook of several lists, one sheet each (named, unique, at most 31 characters).</summary>
    public static byte[] ToWorkbook(IReadOnlyList<(string Name, ListDocument List)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var culture = DocumentCulture.Enter();
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();

            // 0 plain, 1 bold, 2 text kept as text, 3 number #,##0, 4 bold number, 5 number #,##0.##, 6 date dd/mm/yyyy,
            // 7 money #,##0 (đồng), 8 bold money. The separators follow the reader's Excel (a Vietnamese Excel shows 1.234,5).
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.##" },
                    new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy" }) { Count = 2 },
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { FontId = 1, ApplyFont = true },
                    new CellFormat { QuotePrefix = true },
                    new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true, FontId = 1, ApplyFont = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true, FontId = 1, ApplyFont = true }));
            var list = new Sheets();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 0;
            foreach (var (name, sheet) in sheets)
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = sheet.Worksheet();
                var unique = SafeSheetName(name);
                for (var n = 2; !names.Add(unique); n++)
                {
                    unique = SafeSheetName($"{name[..Math.Min(name.Length, 26)]} ({n})");
                }

                list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = ++id, Name = unique });
            }

            workbook.Workbook.AppendChild(list);
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    private Worksheet Worksheet()
    {
        var data = new SheetData();
        uint index = 0;
        void Line(params Cell[] cells)
        {
            var row = new Row { RowIndex = ++index };
            row.Append(cells);
            data.Append(row);
        }

        Line(TextCell(string.IsNullOrEmpty(Header.Summary) ? Header.DocumentType.ToUpper(CultureInfo.CurrentCulture) : $"{Header.DocumentType.ToUpper(CultureInfo.CurrentCulture)}: {Header.Summary}", bold: true));
        Line(TextCell($"{Header.IssuingAgency} — {Header.PlaceAndDate}", bold: false));
        foreach (var paragraph in Preamble)
        {
            Line(TextCell(paragraph, bold: false));
        }

        Line();
        var headerRow = index + 1;
        if (Columns.Count > 0)
        {
            Line(Columns.Select(c => TextCell(c.Title, bold: true)).ToArray());
        }

        foreach (var row in Rows)
        {
            var strong = row.Kind != ListRowKind.Item;
            Line(row.Cells.Select((v, i) => Cell(v, Columns[i].Kind, strong)).ToArray());
        }

        foreach (var note in Notes)
        {
            Line(TextCell(note, bold: false));
        }

        var view = new SheetViews(new SheetView(new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });

        // Fitted to the content: the longest cell of each column (its title's longest word at least), in characters.
        var widths = new Columns(Columns.Select((c, i) =>
        {
            var longest = Rows.Where(r => r.Kind == ListRowKind.Item || i > 0).Select(r => Text(r.Cells[i], c.Kind).Length)
                .Append(c.Title.Split(' ').Max(w => w.Length)).Append(Math.Min(c.Title.Length, 14)).Max();
            return new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(longest + 2, 6, 60), CustomWidth = true };
        }));
        return Columns.Count > 0 ? new Worksheet(view, widths, data) : new Worksheet(view, data);
    }

    private static Cell Cell(object? value, ListCellKind kind, bool strong) => value switch
    {
        int i when kind == ListCellKind.Plain => NumberCell(i, strong ? 1u : 0u),
        int i => NumberCell(i, strong ? 4u : 3u),
        decimal d when kind == ListCellKind.Money => NumberCell(d, strong ? 8u : 7u),
        decimal d => NumberCell(d, strong ? 4u : d == decimal.Truncate(d) ? 3u : 5u),
        double f => NumberCell((decimal)f, 5u),
        DateOnly date => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            StyleIndex = 6u,
        },
        _ => TextCell(Text(value, kind), strong),
    };

    /// <summary>A name Excel accepts for a sheet: without : \ / ? * [ ], at most 31 characters, cut at a word.</summary>
    public static string SafeSheetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = new string(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        if (clean.Length <= 31)
        {
            return clean.Length == 0 ? "Danh sách" : clean;
        }

        var cut = clean[..31];
        var space = cut.LastIndexOf(' ');
        return (space > 10 ? cut[..space] : cut).Trim();
    }

    private static Cell NumberCell(decimal value, uint style) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static Cell TextCell(string value, bool bold) => TabularWriter.TextCell(value, bold, quotePrefix: TabularWriter.Guard(value) != value);
}
