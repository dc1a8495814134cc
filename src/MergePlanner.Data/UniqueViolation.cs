using System.Data.Common;

namespace MergePlanner.Data;

/// <summary>Recognises a unique-key violation on either provider, so that two people doing the same thing at the
/// same moment get a clear message instead of a raw "UNIQUE constraint failed" page.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // SQLite: error 19 "UNIQUE constraint failed"; SQL Server: 2601/2627 "Cannot insert duplicate key".
            if (e is DbException && (e.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || e.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
