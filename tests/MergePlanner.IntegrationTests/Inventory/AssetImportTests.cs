using System.Net;
using System.Text;
using MergePlanner.Data.Inventory;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Inventory;

[Collection(EditableAppCollection.Name)]
public class AssetImportTests(EditableAppFactory factory)
{
    private const string Header = "Mã tài sản *,Tên tài sản *,Nhóm tài sản *,Đơn vị tính *,Số lượng *,Nguyên giá,Giá trị còn lại,Mã đơn vị quản lý *,Số hiệu, số sê-ri,Kiểu, loại,Tổng mức đầu tư,Đã giải ngân\n";

    private Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(string user, string fileName, byte[] content) =>
        RegisterImportCaller.ImportAsync(factory, user, RegisterImports.Assets, fileName, content);

    private static byte[] Csv(string body) => Encoding.UTF8.GetBytes(Header.Replace("Số hiệu, số sê-ri", "\"Số hiệu, số sê-ri\"", StringComparison.Ordinal).Replace("Kiểu, loại", "\"Kiểu, loại\"", StringComparison.Ordinal) + body);

    private static List<string[]> Errors(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public async Task Import_BadRows_EveryErrorListedAndNothingWritten()
    {
        var before = await factory.WithDbAsync(db => db.Assets.CountAsync());
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var page = await ImportAsync("canbo.hd", "tai-san.csv", Csv(
            "HDG-VK-T001,Súng ngắn K54,Vũ khí,khẩu,1,25000000,12000000,HDG.PH10,,,,\n" +
            "HDG-VK-T002,Súng ngắn K59,Vũ khí nhập lậu,khẩu,1,25000000,12000000,HDG.PH10,HD1,K59,,\n" +
            "HDG-VK-T003,Súng ngắn K54,Vũ khí,khẩu,-1,25000000,12000000,HPC.PH10,HD2,K54,,\n" +
            "HDG-VK-T004,Súng ngắn K54,Vũ khí,khẩu,1,25000000,30000000,HDG.PH10,HD3,K54,,\n" +
            "HDG-DA-T001,Dự án trụ sở,Dự án đầu tư công,dự án,1,1000000000,,HDG.PH10,,,\"1.000.000.000\",\"2.000.000.000\"\n" +
            "HDG-VK-T001,Súng trùng mã,Vũ khí,khẩu,1,,,HDG.PH10,HD9,K54,,\n"));
        var errors = Errors(page);
        Assert.Contains(errors, e => e[0] == "2" && e[1] == "Số hiệu, số sê-ri" && e[2].Contains("Vũ khí", StringComparison.Ordinal));
        Assert.Contains(errors, e => e[0] == "3" && e[1] == "Nhóm tài sản");
        Assert.Contains(errors, e => e[0] == "4" && e[1] == "Số lượng");
        Assert.Contains(errors, e => e[0] == "4" && e[1] == "Mã đơn vị quản lý" && e[2].Contains("ngoài phạm vi", StringComparison.Ordinal));
        Assert.Contains(errors, e => e[0] == "5" && e[1] == "Giá trị còn lại");
        Assert.Contains(errors, e => e[0] == "6" && e[1] == "Đã giải ngân");
        Assert.Contains(errors, e => e[0] == "7" && e[1] == "Mã tài sản" && e[2].Contains("dòng 2", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Assets.CountAsync()));
    }

    [Fact]
    public async Task Import_CorrectedFile_CreatesThenUpdatesByCodeWithoutDuplicates()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var body = "HDG-VK-T101,Súng ngắn K54,Vũ khí,khẩu,1,\"25.000.000\",\"12.000.000\",HDG.PH10,HDX101,K54,,\n" +
                   "HDG-OTO-T101,Xe ô tô Ford Ranger,Ô tô,chiếc,1,900000000,450000000,HDG.PH10,,,,\n";
        var failed = await ImportAsync("canbo.hd", "tai-san.csv", Csv(body));
        Assert.Contains(Errors(failed), e => e[0] == "3" && e[1] == "Biển kiểm soát");

        var fixedBody = body.Replace("Ô tô,chiếc,1,900000000,450000000,HDG.PH10,,,,", "Ô tô,chiếc,1,900000000,450000000,HDG.PH10,,,,", StringComparison.Ordinal);
        var header = Header.Replace("Số hiệu, số sê-ri", "\"Số hiệu, số sê-ri\"", StringComparison.Ordinal).Replace("Kiểu, loại", "\"Kiểu, loại\"", StringComparison.Ordinal).TrimEnd('\n') + ",Biển kiểm soát,Số khung\n";
        var corrected = Encoding.UTF8.GetBytes(header + fixedBody.Replace(",,\n", ",,,\n", StringComparison.Ordinal).Replace("HDG.PH10,,,,,\n", "HDG.PH10,,,,,34A-123.45,RL123456\n", StringComparison.Ordinal));
        var first = await ImportAsync("canbo.hd", "tai-san.csv", corrected);
        Assert.Equal("Đã nhập: 2 tạo mới, 0 cập nhật.", first.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        var count = await factory.WithDbAsync(db => db.Assets.CountAsync());

        var again = await ImportAsync("canbo.hd", "tai-san.csv", corrected);
        Assert.Equal("Đã nhập: 0 tạo mới, 0 cập nhật.", again.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        Assert.Equal(count, await factory.WithDbAsync(db => db.Assets.CountAsync()));
        var weapon = await factory.WithDbAsync(db => db.Assets.SingleAsync(a => a.Code == "HDG-VK-T101"));
        Assert.Equal((25_000_000m, "HDX101", AssetCategory.Weapon), (weapon.OriginalCost, weapon.Serial, weapon.Category));

        // Rows added by the bulk path follow the same save rules: searchable, audited with their values.
        Assert.Contains("hdx101", weapon.SearchText, StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Asset" && a.EntityKey == weapon.Id.ToString() && a.Action == "Added"));
        Assert.Equal("canbo.hd", audit.UserName);
        Assert.Contains("\"Name\":\"Súng ngắn K54\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Category\":\"Weapon\"", audit.After, StringComparison.Ordinal);
        var list = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<AssetListQuery>()
            .PageAsync(new AssetListFilter("hdx101", null, null, null, null, null, false), 1, 50, null, false));
        Assert.Contains(list.Rows, r => r.Code == "HDG-VK-T101");
    }

    [Fact]
    public async Task ExportThenImport_AsXlsx_ChangesNothing()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var xlsx = await staff.GetByteArrayAsync("/inventory/assets/export.xlsx");
        var page = await ImportAsync("canbo.hd", "tai-san.xlsx", xlsx);
        Assert.Equal("Đã nhập: 0 tạo mới, 0 cập nhật.", page.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Import_AsViewer_IsRejected()
    {
        var result = await RegisterImportCaller.RunAsync(factory, "xem", RegisterImports.Assets, "x.csv", Csv("HDG-VK-T201,Súng,Vũ khí,khẩu,1,,,HDG.PH10,S1,K54,,\n"));
        Assert.Contains(result.Outcome!.Errors, e => e.Message.Contains("không được phép", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Assets.AnyAsync(a => a.Code == "HDG-VK-T201")));
    }

    [Fact]
    public async Task Import_OversizeFile_IsRejectedWithAMessage()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var page = await ImportAsync("canbo.hd", "lon.csv", new byte[(20 * 1024 * 1024) + (512 * 1024)]);
        Assert.Contains("Tệp quá lớn", page.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OverTheServersRequestLimit_GetsTheSameVietnameseMessage()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var response = await AppClient.PostFormAsync(staff, "/inventory/import", "import-assets", new() { ["register"] = "assets" }, ("file", "rat-lon.csv", new byte[30 * 1024 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Tệp quá lớn (tối đa 20 MB)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_OnlyTheUsersUnits_AndFormulaSafe()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var csv = await staff.GetByteArrayAsync("/inventory/assets/export.csv");
        var read = MergePlanner.Web.Spreadsheets.TabularReader.Read(new MemoryStream(csv), MergePlanner.Web.Spreadsheets.TabularFormat.Csv, MergePlanner.Web.Features.Inventory.AssetImport.Columns);
        Assert.Empty(read.Errors);
        Assert.Equal(["HDG.PH10"], read.Rows.Select(r => r.Get("unit")).Distinct().ToList());
    }

    [Fact]
    public async Task Import_WelfareFacility_NeedsItsCapacity_ThenLandsWithIt()
    {
        var header = Encoding.UTF8.GetBytes("Mã tài sản *,Tên tài sản *,Nhóm tài sản *,Đơn vị tính *,Số lượng *,Mã đơn vị quản lý *,Số tầng,Diện tích (m²),Công năng phục vụ cán bộ,Sức chứa (người)\n");
        byte[] File(string body) => [.. header, .. Encoding.UTF8.GetBytes(body)];
        var failed = await ImportAsync("canbo.hd", "tai-san.csv", File(
            "HDG-NHA-W01,Nhà công vụ A,\"Nhà, công trình\",công trình,1,HDG.PH10,5,1200,Nhà ở công vụ,\n" +
            "HDG-NHA-W02,Nhà ăn B,\"Nhà, công trình\",công trình,1,HDG.PH10,2,600,Nhà bếp,80\n"));
        var errors = Errors(failed);
        Assert.Contains(errors, e => e[0] == "2" && e[1] == "Sức chứa (người)");
        Assert.Contains(errors, e => e[0] == "3" && e[1] == "Công năng phục vụ cán bộ");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assets.CountAsync(a => a.Code.StartsWith("HDG-NHA-W"))));

        var done = await ImportAsync("canbo.hd", "tai-san.csv", File("HDG-NHA-W01,Nhà công vụ A,\"Nhà, công trình\",công trình,1,HDG.PH10,5,1200,Nhà ở công vụ,96\n"));
        Assert.NotNull(done.QuerySelector("[data-testid=import-success]"));
        var asset = await factory.WithDbAsync(db => db.Assets.SingleAsync(a => a.Code == "HDG-NHA-W01"));
        Assert.Equal((WelfareFacility.Dormitory, 96), (asset.Facility!.Value, asset.Capacity!.Value));
    }
}

[Collection(EditableAppCollection.Name)]
public class CaseFileImportTests(EditableAppFactory factory)
{
    private const string Header = "Số hồ sơ *,Loại hồ sơ *,Trích yếu *,Trạng thái *,Mã đơn vị thụ lý *,Ngày thụ lý *,Thời hạn,Quyết định khởi tố,Điều luật,Loại hồ sơ lưu trữ,Thời hạn bảo quản\n";

    private Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(string user, string body) =>
        RegisterImportCaller.ImportAsync(factory, user, RegisterImports.Cases, "ho-so.csv", Encoding.UTF8.GetBytes(Header + body));

    [Fact]
    public async Task Import_BadRows_AllListed_ThenTheCorrectedFileUpserts()
    {
        var before = await factory.WithDbAsync(db => db.CaseFiles.CountAsync());
        var page = await ImportAsync("admin",
            "HDG-VA-T001,Vụ án hình sự,Vụ án trộm cắp,Tiếp nhận,HDG.PC02,15/03/2025,,,,,\n" +
            "HDG-HS-T001,Hồ sơ lưu trữ,Hồ sơ cán bộ,Đang giải quyết,HDG.PV06,15/03/2025,01/01/2025,,,,\n");
        var errors = page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(errors, e => e[0] == "2" && e[1] == "Trạng thái" && e[2].Contains("không áp dụng", StringComparison.Ordinal));
        Assert.Contains(errors, e => e[0] == "2" && e[1] == "Quyết định khởi tố");
        Assert.Contains(errors, e => e[0] == "3" && e[1] == "Thời hạn");
        Assert.Contains(errors, e => e[0] == "3" && e[1] == "Thời hạn bảo quản");
        Assert.Equal(before, await factory.WithDbAsync(db => db.CaseFiles.CountAsync()));

        const string good = "HDG-VA-T001,Vụ án hình sự,Vụ án trộm cắp,Đang điều tra,HDG.PC02,15/03/2025,15/07/2025,12/QĐ-CSĐT,Điều 173 BLHS,,\n" +
                            "HDG-HS-T001,Hồ sơ lưu trữ,Hồ sơ cán bộ,Đang giải quyết,HDG.PV06,15/03/2025,,,,Hồ sơ cán bộ,Vĩnh viễn\n";
        Assert.Equal("Đã nhập: 2 tạo mới, 0 cập nhật.", (await ImportAsync("admin", good)).QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        Assert.Equal("Đã nhập: 0 tạo mới, 0 cập nhật.", (await ImportAsync("admin", good)).QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        Assert.Equal(before + 2, await factory.WithDbAsync(db => db.CaseFiles.CountAsync()));
    }
}

[Collection(EditableAppCollection.Name)]
public class BackgroundImportTests(EditableAppFactory factory)
{
    [Fact]
    public async Task Import_LargeFile_RunsInTheBackgroundWithProgress_VisibleOnlyToItsOwner()
    {
        var body = new StringBuilder("Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Nguyên giá,Giá trị còn lại,Mã đơn vị quản lý,Người quản lý,Vị trí, kho\n".Replace("Vị trí, kho", "\"Vị trí, kho\"", StringComparison.Ordinal));
        for (var i = 0; i < 4000; i++)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"HDG-TSK-BG{i:00000},Bàn ghế làm việc phòng số {i},Tài sản cố định khác,bộ,2,3500000,1200000,HDG.PH10,Nguyễn Văn Quản Lý,Nhà làm việc tầng 2 – Phòng Hậu cần\n");
        }

        var content = Encoding.UTF8.GetBytes(body.ToString());
        Assert.True(content.Length > MergePlanner.Web.Features.Inventory.RegisterImports.BackgroundThresholdBytes);
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var queued = await RegisterImportCaller.RunAsync(factory, "canbo.hd", RegisterImports.Assets, "lon.csv", content);
        Assert.NotNull(queued.QueuedRunId);
        var job = $"/inventory/import/jobs/{queued.QueuedRunId}";

        // Someone else cannot see the job.
        Assert.Equal(HttpStatusCode.NotFound, (await (await AppClient.SignedInAsync(factory, "lanhdao")).GetAsync(job)).StatusCode);

        string html;
        var started = DateTime.UtcNow;
        do
        {
            await Task.Delay(300);
            html = await staff.GetStringAsync(job);
            Assert.Contains("data-testid=\"job-progress\"", html, StringComparison.Ordinal);
        }
        while (!html.Contains("data-testid=\"import-success\"", StringComparison.Ordinal) && !html.Contains("data-testid=\"import-errors\"", StringComparison.Ordinal) && DateTime.UtcNow - started < TimeSpan.FromSeconds(60));

        Assert.Contains("Đã nhập: 4000 tạo mới, 0 cập nhật.", html, StringComparison.Ordinal);
        Assert.Equal(4000, await factory.WithDbAsync(db => db.Assets.CountAsync(a => a.Code.StartsWith("HDG-TSK-BG"))));
    }
}
