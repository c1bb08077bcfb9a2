using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reception.Contracts.LiveFeed;
using Reception.Grains.Catalog;

namespace Reception.Grains.Hosting;

public static class ReceptionWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Services the grains need on every silo: the clock (<see cref="TimeProvider.System"/> unless one is already
    /// registered), the silo-wide catalog cache and <see cref="LiveFeedOptions"/> bound from <c>Reception:LiveFeed</c>,
    /// <see cref="PrivacyOptions"/> from <c>Reception:Privacy</c>,
    /// the retention policy (<c>Reception:Retention</c>) and the registration of its scheduled run.
    /// The host also registers the grain storage named <c>reception</c> and a reminder service.
    /// </summary>
    public static IServiceCollection AddReceptionWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICatalogCache, CatalogCache>();
        services.AddOptions<LiveFeedOptions>().BindConfiguration(LiveFeedOptions.Section);
        services.AddOptions<Reconciliation.ReconciliationOptions>().BindConfiguration(Reconciliation.ReconciliationOptions.Section);
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        services.AddOptions<Rights.RetentionOptions>().BindConfiguration(Rights.RetentionOptions.Section);
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, Rights.RetentionScheduler>();
        return services;
    }

    /// <summary>Seeds the demo points and programs when the silo becomes active (the host decides whether to call this).</summary>
    public static IServiceCollection AddReceptionDemoData(this IServiceCollection services)
    {
        services.TryAddSingleton<DemoDataSeeder>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DemoDataSeeder>());
        return services;
    }
}
