using System.Data.Common;
using System.Net.Sockets;
using Orleans.Runtime.Messaging;
using Orleans.Serialization;

namespace Reception.Api.Problems;

/// <summary>What kind of passing outage an exception shows, if any.</summary>
public enum TransientKind
{
    None,

    /// <summary>A silo died, is leaving or is not reachable yet: another attempt reaches a live one.</summary>
    Cluster,

    /// <summary>The database does not answer (restarting, unreachable).</summary>
    Storage,
}

/// <summary>
/// Tells a passing outage of the cluster or the database from a real failure, looking through the exceptions
/// Orleans wraps and those it carries from a silo as a type name only.
/// </summary>
public static class TransientFailure
{
    /// <summary>The seconds a client should wait before trying again (<c>Retry-After</c>).</summary>
    public static int RetryAfterSeconds(TransientKind kind) => kind == TransientKind.Storage ? 5 : 2;

    public static TransientKind Classify(Exception exception)
    {
        var cluster = false;
        foreach (var failure in Chain(exception))
        {
            if (IsStorage(failure))
            {
                return TransientKind.Storage;
            }
            cluster |= IsCluster(failure);
        }
        return cluster ? TransientKind.Cluster : TransientKind.None;
    }

    // OrleansMessageRejectionException covers SiloUnavailableException and forwarding that failed; a
    // TimeoutException is a call that had no answer from a silo that died while it waited.
    private static bool IsCluster(Exception failure) => failure is
        OrleansMessageRejectionException or GatewayTooBusyException or ConnectionFailedException or TimeoutException
        or Orleans.Runtime.MembershipService.OrleansClusterConnectivityCheckFailedException;

    private static bool IsStorage(Exception failure) => failure switch
    {
        // Npgsql and SQLite say which of their failures pass (a lost connection, a server starting or
        // stopping, a busy file); a constraint broken is a fault, not an outage.
        DbException db => db.IsTransient,
        SocketException => true,
        // A silo's exception whose type the client does not know arrives under its name only.
        UnavailableExceptionFallbackException remote => remote.ExceptionType is { } type &&
            (type.StartsWith("Npgsql.", StringComparison.Ordinal) || type.StartsWith("Microsoft.Data.Sqlite.", StringComparison.Ordinal)
             || type == typeof(SocketException).FullName),
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
