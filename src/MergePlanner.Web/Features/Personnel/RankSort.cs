using System.Linq.Expressions;
using MergePlanner.Data.Personnel;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>Enums are stored as strings (readable, safe to reorder); to sort by seniority the query maps
/// each name back to its number with a CASE expression.</summary>
public static class RankSort
{
    public static Expression<Func<T, int>> Build<T>(Expression<Func<T, Rank>> rankOf)
    {
        Expression body = Expression.Constant(0);
        foreach (var rank in Enum.GetValues<Rank>())
        {
            body = Expression.Condition(
                Expression.Equal(rankOf.Body, Expression.Constant(rank)),
                Expression.Constant((int)rank),
                body);
        }

        return Expression.Lambda<Func<T, int>>(body, rankOf.Parameters);
    }
}
