using Reception.Contracts.Rights;

namespace Reception.Grains.Returnees;

/// <summary>
/// The constancia de recepción: the certificate number as its folio, and a random verification code issued on its
/// first print and kept with the case, which the QR code carries to the public verification page.
/// </summary>
internal sealed partial class ReturneeGrain
{
    public async Task<Constancia> Constancia(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequirePrintConstancia(CaseId, PointCode);
        var now = time.GetUtcNow();
        if (S.ConstanciaCode is null)
        {
            S.ConstanciaCode = ConstanciaCodes.New();
            AddAudit(actor, now, "constanciaIssued", S.CertificateNumber, ("certificate", S.CertificateNumber));
            await SaveAsync();
        }
        else
        {
            AddAudit(actor, now, "viewed", "constancia", ("what", "constancia"));
            await AppendEventsAsync();
        }
        var a = S.Arrival!;
        return new Constancia(CaseId, S.CertificateNumber, S.ConstanciaCode, PointCode, S.ArrivedAt, ArrivalDay, a.GivenNames, a.Surnames,
            S.Anonymised is not null, await PointNameAsync(), S.TimeZoneId);
    }

    public async Task<ConstanciaVerification?> VerifyConstancia(string folio, string code)
    {
        await EnsureLoadedAsync();
        if (!S.Registered || S.ConstanciaCode is null
            || !string.Equals(folio?.Trim(), S.CertificateNumber, StringComparison.OrdinalIgnoreCase)
            || !ConstanciaCodes.Matches(S.ConstanciaCode, code))
        {
            return null;
        }
        return new ConstanciaVerification(S.CertificateNumber, PointCode, ArrivalDay, ConstanciaCodes.Initials(S.Arrival!.GivenNames, S.Arrival.Surnames),
            PointName: await PointNameAsync());
    }

    private async Task<string> PointNameAsync() => (await catalog.FindPointAsync(PointCode))?.Name ?? PointCode;

    private DateOnly ArrivalDay => S.ArrivalLocalDate ?? Shared.LocalTime.Date(S.TimeZoneId ?? "UTC", S.ArrivedAt);
}
