using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.Points;
using Reception.Api.Programs;
using Reception.Contracts.National;
using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>
/// <c>/hubs/operations</c>. <c>SubscribePoint(code)</c>, <c>SubscribeProgram(id)</c> and <c>SubscribeNational()</c>,
/// as <see cref="Permissions"/> allows (a point manager's program feed shows only their points' referrals), each
/// return the current snapshot with its <c>sequence</c>; then the connection receives
/// <c>pointUpdated</c>, <c>programUpdated</c>, <c>nationalUpdated</c>, <c>alertChanged</c> and
/// <c>referralAssigned</c>. <c>UnsubscribePoint(code)</c>, <c>UnsubscribeProgram(id)</c> and
/// <c>UnsubscribeNational()</c> stop a feed (a closed view); closing the connection stops them all. A refusal is
/// a HubException worded by <see cref="HubErrorFilter"/>.
/// </summary>
[Authorize]
public sealed class OperationsHub(FeedSubscriptions subscriptions, FeedPublisher publisher, IClusterClient cluster, CatalogReader catalog) : Hub
{
    public async Task<JsonObject> SubscribePoint(string code)
    {
        var actor = CurrentActor();
        code = (code ?? "").Trim().ToUpperInvariant();
        actor.RequireReadPoint(code);
        code = await catalog.RequireKnownAsync(code);
        var target = FeedTarget.Point(code);
        await subscriptions.AddAsync(target, Context.ConnectionId);
        return await publisher.SubscribeAsync(target, Context.ConnectionId,
            async () => PointDetailResponse.From(await PointQueueReads.ReadAsync(cluster, actor, code)));
    }

    public async Task<JsonObject> SubscribeProgram(string id)
    {
        var actor = CurrentActor();
        id = (id ?? "").Trim();
        var scope = actor.RequireProgramQueue(id);
        await catalog.RequireKnownProgramAsync(id);
        var target = scope == QueueScope.All ? FeedTarget.Program(id) : FeedTarget.ProgramAtPoints(id, actor.PointCodes);
        await subscriptions.AddAsync(target, Context.ConnectionId);
        return await publisher.SubscribeAsync(target, Context.ConnectionId,
            async () => ProgramDetailResponse.For(actor, scope, await cluster.GetGrain<IProgramGrain>(id).GetDetail()));
    }

    public async Task<JsonObject> SubscribeNational()
    {
        CurrentActor().RequireNational();
        var target = FeedTarget.National;
        await subscriptions.AddAsync(target, Context.ConnectionId);
        return await publisher.SubscribeAsync(target, Context.ConnectionId,
            async () => await cluster.GetGrain<INationalGrain>(INationalGrain.Key).GetPicture());
    }

    public Task UnsubscribePoint(string code) => UnsubscribeAsync(FeedTarget.Point((code ?? "").Trim().ToUpperInvariant()));

    public Task UnsubscribeProgram(string id)
    {
        var actor = CurrentActor();
        id = (id ?? "").Trim();
        return UnsubscribeAsync(actor.ProgramQueueScope(id) == QueueScope.OwnPoints ? FeedTarget.ProgramAtPoints(id, actor.PointCodes) : FeedTarget.Program(id));
    }

    public Task UnsubscribeNational() => UnsubscribeAsync(FeedTarget.National);

    private async Task UnsubscribeAsync(FeedTarget target)
    {
        await publisher.UnsubscribeAsync(target, Context.ConnectionId);
        await subscriptions.RemoveAsync(target, Context.ConnectionId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await subscriptions.RemoveConnectionAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private Actor CurrentActor() => ActorAccess.FromPrincipal(Context.User ?? throw new HubException("unauthorized: no user."));
}
