using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>Fresh points and programs per test, so counts are not shared with other tests in the collection.</summary>
public sealed class Scenario(WorkflowCluster cluster)
{
    private static int _next;

    public IGrainFactory Grains => cluster.Grains;

    public static DateTimeOffset Now => WorkflowCluster.Clock.GetUtcNow();

    public string PointCode { get; private set; } = "";

    public Actor Manager { get; private set; } = Actor.System();

    public static Actor Coordinator { get; } = Actor.Coordinator("coordinator");

    public IReceptionPointGrain Point => Grains.GetGrain<IReceptionPointGrain>(PointCode);

    public static string UniqueCode()
    {
        var n = Interlocked.Increment(ref _next);
        return $"Q{(char)('A' + n / 26 % 26)}{(char)('A' + n % 26)}";
    }

    public async Task<Scenario> WithPointAsync(int beds = 100, int desks = 4, int usualDaily = 240)
    {
        PointCode = UniqueCode();
        Manager = Actor.Manager($"manager-{PointCode}", PointCode);
        await Point.Configure(new PointProfile(PointCode, $"Test point {PointCode}", "Tijuana", "Baja California", PointKind.LandCrossing,
            "America/Tijuana", new PointCapacity(beds, desks, usualDaily)));
        return this;
    }

    public async Task<string> AddProgramAsync(ProgramCategory category, string[]? points = null, string[]? states = null, string? prefix = null)
    {
        var id = $"{prefix ?? "test"}-{category.ToString().ToLowerInvariant()}-{Interlocked.Increment(ref _next)}";
        await Grains.GetGrain<IProgramGrain>(id).Configure(new ProgramProfile(
            id, $"Test {category}", category, "Test provider", points ?? [PointCode], states ?? [], 50));
        return id;
    }

    public static RegisterArrival Adult(string pointCode, string given = "Juan Carlos", string surnames = "Pérez López") =>
        new(pointCode, given, surnames, Sex.Male, DateOfBirth: new DateOnly(1985, 3, 14));

    public async Task<ArrivalReceipt> ArriveAsync(RegisterArrival? command = null, string? caseId = null) =>
        await Returnee(caseId ?? CaseIds.New()).Register(command ?? Adult(PointCode), Manager);

    /// <summary>Registers a person who consents to share their assessment, so that referrals to any program may follow.</summary>
    public async Task<ArrivalReceipt> ArriveConsentingAsync(RegisterArrival? command = null)
    {
        var receipt = await ArriveAsync(command);
        await ConsentAsync(receipt.CaseId);
        return receipt;
    }

    /// <summary>The person gives (or withdraws) consent to share their assessment, recorded by the point's manager.</summary>
    public Task<ReturneeView> ConsentAsync(string caseId, bool given = true) =>
        Returnee(caseId).RecordConsent(ConsentPurpose.ShareAssessment, given, null, Manager);

    public IReturneeGrain Returnee(string caseId) => Grains.GetGrain<IReturneeGrain>(caseId);

    /// <summary>A case's whole audit trail, oldest first, read page by page as the coordinator (the reads are recorded too, as "viewed" with what=audit).</summary>
    public async Task<List<AuditEntry>> Trail(string caseId, int pageSize = 7)
    {
        var entries = new List<AuditEntry>();
        long? before = null;
        do
        {
            var page = await Returnee(caseId).GetAudit(Coordinator, before, pageSize);
            entries.AddRange(page.Entries);
            before = page.NextBefore;
        }
        while (before is not null);
        entries.Reverse();
        return entries;
    }

    /// <summary>The trail without the coordinator's reads of the trail itself.</summary>
    public async Task<List<AuditEntry>> TrailOfCase(string caseId) =>
        (await Trail(caseId)).Where(e => !(e.Action == "viewed" && e.Facts?.GetValueOrDefault("what") == "audit")).ToList();

    public IProgramGrain Program(string id) => Grains.GetGrain<IProgramGrain>(id);

    public static RecordAssessment Assessment(string state = "Michoacán", bool consent = true, params ProgramCategory[] needs) =>
        new(EducationLevel.Secondary, "Welder", ["welding", "construction"], 12, EnglishLevel.Intermediate,
            [DocumentType.Curp, DocumentType.BirthCertificate, DocumentType.VoterId], state, "Morelia", needs, consent);

    /// <summary>
    /// Polls until the condition holds. Grain timers follow the silo's clock, so each poll moves the fake clock
    /// on by <paramref name="step"/> (none by default).
    /// </summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, TimeSpan step = default, int timeoutMs = 15_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }
            WorkflowCluster.Clock.Advance(step);
            await Task.Delay(50);
        }
    }
}
