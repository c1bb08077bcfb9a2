using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

/// <summary>
/// Consent per purpose: each decision recorded with who and when (a withdrawal too), the referrals it gates and what
/// a provider reads without it. The assessment's <c>consentToShare</c> is the <see cref="ConsentPurpose.ShareAssessment"/>
/// purpose, so clients that only send the assessment keep working.
/// </summary>
internal sealed partial class ReturneeGrain
{
    private TimeSpan ProviderAccessAfterClose =>
        ServiceProvider.GetRequiredService<IOptions<PrivacyOptions>>().Value.ProviderAccessAfterClose;

    public async Task<ReturneeView> RecordConsent(ConsentPurpose purpose, bool given, string? note, Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireRecordConsentAt(PointCode);
        new FieldErrors()
            .Known("purpose", purpose)
            .Text("note", note, Limits.NoteLength)
            .ThrowIfAny();
        var now = time.GetUtcNow();
        if (RecordConsentDecision(purpose, given, TextRules.Clean(note), actor, now))
        {
            await CommitAsync(purpose == ConsentPurpose.ShareAssessment ? await ReferralsAfterConsentChangedAsync(now) : []);
        }
        return ToView(actor);
    }

    /// <summary>Records a decision that changes where the purpose stands; false (and nothing recorded) when it does not.</summary>
    private bool RecordConsentDecision(ConsentPurpose purpose, bool given, string? note, Actor actor, DateTimeOffset now)
    {
        var before = S.Consents.GetValueOrDefault(purpose);
        if (before is not null && before.Given == given)
        {
            return false;
        }
        var wasGiven = purpose == ConsentPurpose.ShareAssessment ? S.SharesAssessment : before?.Given == true;
        S.Consents[purpose] = new ConsentView(purpose, given, actor.UserName, now, !given && wasGiven ? now : null, note);
        if (purpose == ConsentPurpose.ShareAssessment && S.Assessment is { } assessment)
        {
            S.Assessment = assessment with { ConsentToShare = given };
        }
        var action = given ? "consentGiven" : wasGiven ? "consentWithdrawn" : "consentRefused";
        AddAudit(actor, now, action, note is null ? Code(purpose) : $"{Code(purpose)}: {note}", ("purpose", Code(purpose)), ("note", note));
        return true;
    }

    /// <summary>
    /// After consent to share changed: the active referrals, so that their programs' queues show the flags accordingly,
    /// and once it is given the automatic referrals that waited for it.
    /// </summary>
    private async Task<List<string>> ReferralsAfterConsentChangedAsync(DateTimeOffset now)
    {
        var touched = ActiveReferralIds();
        if (S.SharesAssessment && S.ReferralsAwaitingConsent.Count > 0)
        {
            var waiting = S.ReferralsAwaitingConsent.Where(S.Flags.Contains).ToList();
            S.ReferralsAwaitingConsent = [];
            touched.AddRange(ReferAutomaticallyFor(waiting, (await catalog.GetAsync()).Programs, now));
        }
        return touched;
    }

    /// <summary>
    /// Whether an automatic referral to <paramref name="category"/> may be made now: mandatory, or with consent to share.
    /// Otherwise the situation waits for consent, recorded as such, and is referred when consent is given.
    /// </summary>
    private bool MayReferAutomatically(ProgramCategory category, AutomaticReferrals.Rule rule, string programId, DateTimeOffset now)
    {
        if (AutomaticReferrals.IsMandatory(category, S.Flags) || S.SharesAssessment)
        {
            return true;
        }
        if (!S.ReferralsAwaitingConsent.Contains(rule.Cause))
        {
            S.ReferralsAwaitingConsent.Add(rule.Cause);
        }
        AddAudit(Actor.System(), now, "referralAwaitingConsent", $"{programId} ({rule.Reason}) waits for consent to share",
            ("program", programId), ("automaticFor", Code(rule.Cause)));
        return false;
    }

    /// <summary>Why a referral may share the case, or the refusal that names what to do: record consent or give a reason.</summary>
    private (ReferralBasis Basis, string? OverrideReason) ReferralBasisFor(ProgramProfile program, string? consentOverride)
    {
        if (AutomaticReferrals.IsMandatory(program.Category, S.Flags))
        {
            return (ReferralBasis.Mandatory, null);
        }
        if (S.SharesAssessment)
        {
            return (ReferralBasis.Consent, null);
        }
        return TextRules.Clean(consentOverride) is { } reason
            ? (ReferralBasis.Override, reason)
            : throw ReceptionException.Conflict(ProblemCodes.ConsentRequired, ("caseId", CaseId), ("program", program.Id), ("category", Code(program.Category)));
    }

    private static string BasisDetail(ReferralBasis basis, string? overrideReason) => basis switch
    {
        ReferralBasis.Mandatory => "mandatory",
        ReferralBasis.Override => $"without consent: {overrideReason}",
        _ => "with consent",
    };

    /// <summary>The categories of the provider's programs this case is referred to, while the referral still gives access.</summary>
    private async Task<IReadOnlyCollection<ProgramCategory>> ProviderCategoriesAsync(Actor actor, DateTimeOffset now)
    {
        var programs = (await catalog.GetAsync()).Programs;
        return S.Referrals
            .Where(r => actor.WorksForProgram(r.ProgramId) && r.GivesProviderAccess(now, ProviderAccessAfterClose))
            .Select(r => programs.FirstOrDefault(p => p.Id == r.ProgramId)?.Category)
            .OfType<ProgramCategory>()
            .ToHashSet();
    }

    /// <summary>The case's flags as the actor may see them: all, or for a provider without consent only its categories' flags.</summary>
    private List<Vulnerability> FlagsSeenBy(Actor actor, IReadOnlyCollection<ProgramCategory>? providerCategories) =>
        actor.SeesAllFlags(S.SharesAssessment) ? S.Flags.ToList() : AutomaticReferrals.FlagsFor(providerCategories ?? [], S.Flags);

    private List<ConsentView> Consents()
    {
        var consents = S.Consents.Values.OrderBy(c => c.Purpose).ToList();
        // A case assessed before consent was recorded per purpose: the assessment's answer stands for sharing it.
        if (!S.Consents.ContainsKey(ConsentPurpose.ShareAssessment) && S.Assessment is { } a)
        {
            consents.Insert(0, new ConsentView(ConsentPurpose.ShareAssessment, a.ConsentToShare, a.RecordedBy, a.RecordedAt));
        }
        return consents;
    }
}
