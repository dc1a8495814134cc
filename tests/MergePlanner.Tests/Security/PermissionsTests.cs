using MergePlanner.Data.Identity;
using MergePlanner.Web.Security;

namespace MergePlanner.Tests.Security;

public class PermissionsTests
{
    private static readonly AppAction[] InventoryWrites =
        [AppAction.CountInventory, AppAction.UploadEvidence, AppAction.ImportRegisters, AppAction.DisposeItems, AppAction.HandOver, AppAction.ConfirmReceipt];

    [Fact]
    public void Leadership_ChangesNoInventory()
    {
        Assert.All(InventoryWrites, a => Assert.False(Permissions.Allows(Roles.Leadership, a), a.ToString()));
    }

    [Fact]
    public void Viewer_ChangesNothing()
    {
        Assert.All(Enum.GetValues<AppAction>(), a => Assert.False(Permissions.Allows(Roles.Viewer, a), a.ToString()));
    }

    [Fact]
    public void UnitStaff_DoInventoryWorkOnly()
    {
        Assert.All(InventoryWrites, a => Assert.True(Permissions.Allows(Roles.UnitStaff, a), a.ToString()));
        Assert.False(Permissions.Allows(Roles.UnitStaff, AppAction.EditStructure));
        Assert.False(Permissions.Allows(Roles.UnitStaff, AppAction.ManageAccounts));
    }

    [Fact]
    public void Table_NamesEveryAction()
    {
        Assert.All(Enum.GetValues<AppAction>(), a => Assert.True(Permissions.Table.ContainsKey(a), a.ToString()));
    }
}
