namespace MergePlanner.Web.Features.Inventory;

/// <summary>What a count says about a line: found as on the books, short, more than the books, found with nothing
/// on the books, or not yet counted.</summary>
public enum LineState
{
    Uncounted,
    Found,
    Short,
    Surplus,
    Unexpected,
}

public static class LineStates
{
    public static LineState Of(decimal book, decimal? counted) => counted switch
    {
        null => LineState.Uncounted,
        var c when c == book => LineState.Found,
        var c when c < book => LineState.Short,
        _ when book == 0 => LineState.Unexpected,
        _ => LineState.Surplus,
    };
}
