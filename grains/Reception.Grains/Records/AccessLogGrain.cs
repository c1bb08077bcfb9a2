using Reception.Contracts.Records;

namespace Reception.Grains.Records;

/// <summary>Writes access entries through the record store, which batches them with the other writes of the silo.</summary>
[StatelessWorker]
[GrainType("reception.access-log")]
internal sealed class AccessLogGrain(IRecordStore records, TimeProvider time) : Grain, IAccessLogGrain
{
    public Task Record(Actor actor, string action, string subject, int listed) =>
        records.AppendAccessAsync(new AccessEntry(time.GetUtcNow(), actor.UserName, AcceptedValues.NameOf(actor.Role), action, subject, listed));
}
