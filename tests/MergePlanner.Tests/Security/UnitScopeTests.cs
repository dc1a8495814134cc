using MergePlanner.Web.Components.Account;
using MergePlanner.Web.Security;

namespace MergePlanner.Tests.Security;

public class UnitScopeTests
{
    // 1 ─┬─ 2 ─── 4
    //    └─ 3
    // 5 (another tree)
    private static readonly (int Id, int? ParentId)[] Units = [(1, null), (2, 1), (3, 1), (4, 2), (5, null)];

    [Fact]
    public void Subtree_Unit_IncludesItselfAndEverythingBelow()
    {
        var scope = UnitScope.Subtree(2, Units);
        Assert.Equal([2, 4], scope.UnitIds.Order());
        Assert.False(scope.Includes(1));
        Assert.False(scope.Includes(5));
    }

    [Fact]
    public void Everything_IncludesAnyUnit() => Assert.True(UnitScope.Everything.Includes(12345));

    [Fact]
    public void Nothing_IncludesNoUnit() => Assert.False(UnitScope.Nothing.Includes(1));

    [Theory]
    [InlineData("/units/5", "/units/5")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData(null, "/")]
    public void SafeReturnUrl_OnlyLocalPaths(string? input, string expected) => Assert.Equal(expected, Login.SafeReturnUrl(input));
}
