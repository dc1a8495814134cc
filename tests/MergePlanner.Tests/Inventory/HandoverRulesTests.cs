using MergePlanner.Data.Organisation;
using MergePlanner.Web.Features.Inventory;

namespace MergePlanner.Tests.Inventory;

public class HandoverRulesTests
{
    private static readonly Unit From = new() { Code = "HDG.PH10", Name = "Phòng Hậu cần", ShortName = "PH10" };
    private static readonly Unit To = new() { Code = "HPM.PV01", Name = "Phòng Tham mưu" };

    [Theory]
    [InlineData("Phòng Hậu cần")]
    [InlineData("phong hau can")]
    [InlineData("Phòng Tham mưu Công an thành phố Hải Phòng")]
    [InlineData("HPM.PV01")]
    public void WitnessIsAParty_SendingOrReceivingUnit_IsTrue(string witness) => Assert.True(HandoverRules.WitnessIsAParty(witness, From, To));

    [Theory]
    [InlineData("Cục Kế hoạch và Tài chính, Bộ Công an")]
    [InlineData("Phòng Hậu cần kỹ thuật")]
    [InlineData("")]
    [InlineData(null)]
    public void WitnessIsAParty_ThirdPartyOrNone_IsFalse(string? witness) => Assert.False(HandoverRules.WitnessIsAParty(witness, From, To));
}
