using Reception.Contracts.Rights;

namespace Reception.Grains.Rights;

/// <summary>Registers the retention job's reminder (or removes it when the policy is off) once the silo is active; every silo does, the reminder is one.</summary>
public sealed class RetentionScheduler(IGrainFactory grains) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RetentionScheduler), ServiceLifecycleStage.Active, _ =>
            grains.GetGrain<IRetentionGrain>(IRetentionGrain.Key).Schedule());
}
