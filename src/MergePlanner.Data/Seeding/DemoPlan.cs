using System.Text;
using MergePlanner.Data.Planning;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>
/// The demo plan beyond the template's progress (issue 11): a person in charge of every task, the dependencies the
/// work really has (the count before the reconciliation before the minutes; the Party committee before its
/// organisations before the congress), a task that slipped against its baseline, and work around today — one
/// overdue long enough to escalate, one due in two days, one next month, one awaiting sign-off with its evidence —
/// so that the warnings, the due-this-week list and the Gantt have something to show on whatever day the demo starts.
/// </summary>
internal sealed class DemoPlan(MergePlannerDbContext db)
{
    /// <summary>Template titles (prefixes) and the earlier task each waits for.</summary>
    private static readonly (string Task, string DependsOn)[] Dependencies =
    [
        ("Ban hành Kế hoạch hợp nhất", "Thành lập Ban Chỉ đạo"),
        ("Đề xuất phương án bố trí lãnh đạo", "Rà soát tổ chức bộ máy"),
        ("Trình Bộ quyết định điều động", "Đề xuất phương án bố trí lãnh đạo"),
        ("Công bố quyết định bổ nhiệm", "Trình Bộ quyết định điều động"),
        ("Kiểm đếm, niêm phong vũ khí", "Kiểm kê tài sản"),
        ("Đối chiếu sổ sách kế toán", "Kiểm kê tài sản"),
        ("Lập biên bản bàn giao, tiếp nhận tài sản", "Đối chiếu sổ sách kế toán"),
        ("Bàn giao hồ sơ vụ án", "Thống kê hồ sơ vụ án"),
        ("Kiện toàn tổ chức cơ sở đảng", "Thành lập Đảng bộ Công an"),
        ("Tổ chức Đại hội đại biểu Đảng bộ", "Kiện toàn tổ chức cơ sở đảng"),
        ("Báo cáo kết quả tổng kiểm kê", "Tổng kiểm kê lại tài sản công"),
    ];

    public async Task FillAsync(int mergerId, DateOnly effectiveDate, DateOnly today, string? unitStaffAccount, CancellationToken cancellationToken)
    {
        var tasks = await db.MergerTasks.Where(t => t.MergerId == mergerId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var units = tasks.Select(t => t.ResponsibleUnitId).Distinct().ToList();
        var heads = (await db.Officers.Where(o => o.PlacedUnitId != null && units.Contains(o.PlacedUnitId.Value))
                .Select(o => new { UnitId = o.PlacedUnitId!.Value, o.FullName, o.Rank, o.Id }).ToListAsync(cancellationToken))
            .GroupBy(o => o.UnitId).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Rank).ThenBy(o => o.Id).First().FullName);
        var unitCodes = await db.Units.Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        foreach (var task in tasks)
        {
            task.ResponsiblePerson = heads.GetValueOrDefault(task.ResponsibleUnitId);
            task.Approver = "Giám đốc Công an tỉnh, thành phố";
            task.ExpectedProduct ??= ProductOf(task.Title);
            if (unitStaffAccount is not null && unitCodes[task.ResponsibleUnitId].EndsWith(".PH10", StringComparison.Ordinal))
            {
                task.ResponsibleUserName = unitStaffAccount;
            }
        }

        MergerTask Find(string prefix) => tasks.First(t => t.Title.StartsWith(prefix, StringComparison.Ordinal));
        var links = Dependencies.Select(d => (Task: Find(d.Task), Before: Find(d.DependsOn))).ToList();
        foreach (var (task, before) in links)
        {
            db.TaskDependencies.Add(new TaskDependency { MergerId = mergerId, TaskId = task.Id, DependsOnId = before.Id });
        }

        // The demo's random progress must respect the rule it demonstrates: nothing is done before what it waits for
        // (repeated until it holds along whole chains).
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (task, before) in links.Where(l => l.Task.Status is MergerTaskStatus.AwaitingApproval or MergerTaskStatus.Done && MergerTaskStatusRules.IsOpen(l.Before.Status)))
            {
                before.Status = MergerTaskStatus.Done;
                changed = true;
            }
        }

        // Slipped: the surplus-premises plan was put back a month after the baseline.
        var slipped = Find("Xây dựng phương án xử lý trụ sở");
        slipped.DaysFromEffective += 30;
        slipped.Deadline = slipped.Deadline.AddDays(30);

        // Work around today, relative to D like the rest of the plan.
        var pH10 = tasks.FirstOrDefault(t => unitCodes[t.ResponsibleUnitId].EndsWith(".PH10", StringComparison.Ordinal))?.ResponsibleUnitId ?? tasks[0].ResponsibleUnitId;
        var pX01 = tasks.FirstOrDefault(t => unitCodes[t.ResponsibleUnitId].EndsWith(".PX01", StringComparison.Ordinal))?.ResponsibleUnitId ?? pH10;
        var number = tasks.Count;
        MergerTask Add(Workstream workstream, int unitId, int fromToday, MergerTaskStatus status, string title, string product)
        {
            var days = today.AddDays(fromToday).DayNumber - effectiveDate.DayNumber;
            var task = new MergerTask
            {
                MergerId = mergerId, Workstream = workstream, Code = $"WS{(int)workstream}-{++number:00}", Title = title, ResponsibleUnitId = unitId,
                DaysFromEffective = days, Deadline = effectiveDate.AddDays(days), BaselineDeadline = effectiveDate.AddDays(days), Status = status,
                ResponsiblePerson = heads.GetValueOrDefault(unitId), ExpectedProduct = product, Approver = "Giám đốc Công an tỉnh, thành phố",
                ResponsibleUserName = unitId == pH10 ? unitStaffAccount : null,
            };
            db.MergerTasks.Add(task);
            return task;
        }

        var late = Add(Workstream.PostMergerReview, pH10, -6, MergerTaskStatus.InProgress, "Xử lý tài sản dôi dư sau tổng kiểm kê: lập hồ sơ đề nghị thanh lý", "Hồ sơ đề nghị thanh lý tài sản");
        late.BaselineDeadline = late.Deadline.AddDays(-14);
        Add(Workstream.LogisticsAndWelfare, pH10, 2, MergerTaskStatus.InProgress, "Quyết toán kinh phí hỗ trợ cán bộ đi lại, nhà ở năm 2026", "Báo cáo quyết toán kinh phí hỗ trợ");
        Add(Workstream.PostMergerReview, pX01, 30, MergerTaskStatus.NotStarted, "Tổng kết 18 tháng hoạt động sau hợp nhất", "Báo cáo tổng kết");
        var awaiting = Add(Workstream.OrganisationAndPersonnel, pX01, 5, MergerTaskStatus.AwaitingApproval, "Rà soát quy hoạch cán bộ lãnh đạo, chỉ huy giai đoạn 2026–2031", "Danh sách quy hoạch");
        await db.SaveChangesAsync(cancellationToken);

        db.TaskEvidence.Add(new TaskEvidence
        {
            MergerId = mergerId, TaskId = awaiting.Id, FileName = "danh-sach-quy-hoach.pdf", ContentType = "application/pdf", Content = MinimalPdf("Danh sach quy hoach"),
            UploadedBy = "demo", UploadedAtUtc = today.AddDays(-1).ToDateTime(new TimeOnly(9, 0)),
        });
        db.TaskComments.Add(new TaskComment { MergerId = mergerId, TaskId = awaiting.Id, UserName = "demo", AtUtc = today.AddDays(-1).ToDateTime(new TimeOnly(9, 5)), Text = "Đã gửi danh sách, đề nghị lãnh đạo phê duyệt." });
        AddTargets(mergerId);
        db.TaskComments.Add(new TaskComment { MergerId = mergerId, TaskId = late.Id, UserName = "demo", AtUtc = today.AddDays(-8).ToDateTime(new TimeOnly(14, 0)), Text = "Chờ Hội đồng định giá; dự kiến chậm hơn kế hoạch." });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The commune-police roadmap of 2019–2024 as the demo's target series (seed article 004: regular police
    /// first in 28 communes, heads of police in the remaining 113 by the first quarter of 2020, deputies and officers in
    /// every commune by the end of 2024). The actuals are illustrative.</summary>
    private void AddTargets(int mergerId)
    {
        const string Source = "Lộ trình đưa Công an chính quy đảm nhiệm các chức danh Công an xã 2019–2024 (bài viết nguồn 004); số thực hiện là số liệu minh họa.";
        TargetPoint Point(int year, int month, string label, int target, int actual) =>
            new() { MergerId = mergerId, PeriodEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month)), Label = label, Target = target, Actual = actual };
        db.TargetSeries.Add(new TargetSeries
        {
            MergerId = mergerId, Title = "Xã có Trưởng Công an xã là Công an chính quy", CountedIn = "xã", Total = 141, Source = Source, SortOrder = 1,
            Points = [Point(2019, 6, "2019", 28, 28), Point(2020, 3, "Quý I/2020", 141, 136), Point(2020, 12, "2020", 141, 141), Point(2022, 12, "2022", 141, 141), Point(2024, 12, "2024", 141, 141)],
        });
        db.TargetSeries.Add(new TargetSeries
        {
            MergerId = mergerId, Title = "Xã đủ Phó Trưởng và công an viên chính quy", CountedIn = "xã", Total = 141, Source = Source, SortOrder = 2,
            Points = [Point(2019, 12, "2019", 28, 28), Point(2020, 12, "2020", 60, 52), Point(2021, 12, "2021", 85, 80), Point(2022, 12, "2022", 110, 104), Point(2023, 12, "2023", 130, 127), Point(2024, 12, "2024", 141, 141)],
        });
    }

    private static string ProductOf(string title) => title switch
    {
        _ when title.StartsWith("Báo cáo", StringComparison.Ordinal) || title.StartsWith("Sơ kết", StringComparison.Ordinal) => "Báo cáo",
        _ when title.Contains("biên bản", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Bàn giao", StringComparison.Ordinal) => "Biên bản bàn giao",
        _ when title.StartsWith("Ban hành", StringComparison.Ordinal) || title.StartsWith("Thành lập", StringComparison.Ordinal) || title.StartsWith("Công bố", StringComparison.Ordinal) || title.StartsWith("Trình", StringComparison.Ordinal) => "Quyết định",
        _ when title.StartsWith("Lập danh sách", StringComparison.Ordinal) => "Danh sách",
        _ when title.StartsWith("Kiểm", StringComparison.Ordinal) || title.StartsWith("Tổng kiểm kê", StringComparison.Ordinal) => "Biên bản kiểm kê",
        _ when title.StartsWith("Tổ chức Đại hội", StringComparison.Ordinal) => "Nghị quyết Đại hội",
        _ => "Kế hoạch, báo cáo kết quả",
    };

    /// <summary>A one-page PDF with one line of text, enough for the demo's evidence file to open in a viewer.</summary>
    private static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
