namespace Reception.Db;

/// <summary>
/// The schema could not be applied. <see cref="Exception.Message"/> is one line saying what failed
/// (e.g. which script) and what the database said; the driver's exception is the inner exception.
/// </summary>
public sealed class SchemaMigrationException : Exception
{
    public SchemaMigrationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
