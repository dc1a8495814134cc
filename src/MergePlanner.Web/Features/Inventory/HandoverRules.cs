using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>Rules of the handover minutes (form 01/TSC-BBGN) that are not arithmetic.</summary>
public static class HandoverRules
{
    /// <summary>What may follow a unit's name when its locality is written after it (folded text).</summary>
    private static readonly string[] Localities = [" cong an ", ",", " -", " \u2013", " ("];

    /// <summary>The witness must be a third party: a witness unit written as the sending or the receiving unit (its code,
    /// its name, or its name followed by its locality, e.g. "Phòng Hậu cần Công an thành phố Hải Phòng") is refused.</summary>
    public static bool WitnessIsAParty(string? witnessUnit, Unit from, Unit to)
    {
        var witness = VietnameseText.Fold(witnessUnit);
        if (witness.Length == 0)
        {
            return false;
        }

        return new[] { from, to }.Any(party =>
            new[] { party.Code, party.Name, party.ShortName }.Select(VietnameseText.Fold).Where(n => n.Length > 0)
                .Any(n => witness == n || Localities.Any(l => witness.StartsWith(n + l, StringComparison.Ordinal))));
    }
}
