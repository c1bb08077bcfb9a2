using Npgsql;
using NpgsqlTypes;
using Reception.Contracts.Returnees;

namespace Reception.Silo.Records;

/// <summary>
/// The one statement that writes a round of a batch (at most one write per case) on PostgreSQL: the cases' rows
/// with their version check, then only for the cases that passed (<c>ok</c>) their events, referrals and needs;
/// the appends whose sequences are all free; the access entries. It returns the writes that failed: case id,
/// whether it was an append, and the version stored before the statement.
/// </summary>
internal static class PostgresRecordWrite
{
    private const string JsonList = "jsonb";

    // The reception_case columns after case_id, in table order, with their array element types.
    private static readonly (string Name, string Type)[] CaseColumns =
    [
        ("version", "bigint"), ("state", "bytea"), ("person_id", "text"), ("point_code", "text"),
        ("arrived_at", "timestamptz"), ("arrival_local_date", "date"), ("certificate_number", "text"),
        ("notice_id", "text"), ("given_names", "text"), ("surnames", "text"), ("search_name", "text"), ("sex", "text"),
        ("date_of_birth", "date"), ("estimated_age", "integer"), ("age_at_arrival", "integer"), ("age_group", "text"),
        ("unaccompanied_minor", "boolean"), ("accompanied_minor", "boolean"), ("accompanying_case_id", "text"),
        ("vulnerabilities", JsonList), ("priority", "text"), ("curp", "text"), ("origin_state", "text"),
        ("origin_source", "text"), ("stage", "text"), ("stage_at", "timestamptz"), ("first_assessed_at", "timestamptz"),
        ("first_assessed_local_date", "date"), ("first_service_at", "timestamptz"), ("first_service_local_date", "date"),
        ("destination_state", "text"), ("destination_municipality", "text"), ("exit_kind", "text"),
        ("exit_at", "timestamptz"), ("exit_local_date", "date"), ("exit_institution", "text"),
        ("unmet_needs", JsonList), ("updated_at", "timestamptz"),
        ("education_level", "text"), ("occupation", "text"), ("years_abroad", "integer"), ("english_level", "text"),
        ("documents_held", JsonList), ("birth_year", "integer"), ("phonetic_name", "text"), ("unidentified", "boolean"),
        ("description", "text"), ("anonymised_at", "timestamptz"),
    ];

    private const string EventColumns = "case_id, sequence, at, actor, role, action, detail, facts";

    private const string ReferralColumns =
        "referral_id, case_id, program_id, point_code, status, automatic, created_at, created_local_date, " +
        "created_program_date, accepted_at, accepted_program_date, closed_at, closed_local_date, closed_program_date";

    // The types of the arrays unnested into w: case_id, expected, then the columns.
    private static readonly string[] CaseArrayTypes = ["text", "bigint", .. CaseColumns.Select(c => c.Type)];

    private static readonly string CaseNames = string.Join(", ", CaseColumns.Select(c => c.Name));

    private static readonly string CaseValues = string.Join(", ", CaseColumns.Select(c => Value(c.Name, c.Type)));

    private static readonly string CaseUpdates = string.Join(", ", CaseColumns.Select(c => $"{c.Name} = {Value(c.Name, c.Type)}"));

    private static readonly string ReferralUpdates = string.Join(", ", ReferralColumns.Split(", ").Skip(1).Select(c => $"{c} = excluded.{c}"));

    public static NpgsqlBatchCommand Command(IReadOnlyList<RecordWrite> writes)
    {
        var saves = writes.OfType<RecordWrite.Save>().Select(s => s.Write).ToList();
        var appends = writes.OfType<RecordWrite.Append>().ToList();
        var accesses = writes.OfType<RecordWrite.Access>().Select(a => a.Entry).ToList();
        var rows = saves.Select(s => s.Row).ToList();
        var command = new NpgsqlBatchCommand();
        var p = new Parameters(command);

        var caseArrays = new List<string>
        {
            p.Add(saves.Select(s => s.CaseId), NpgsqlDbType.Text),
            p.Add(saves.Select(s => s.ExpectedVersion), NpgsqlDbType.Bigint),
            p.Add(saves.Select(s => s.NewVersion), NpgsqlDbType.Bigint),
            p.Add(saves.Select(s => s.State), NpgsqlDbType.Bytea),
            p.Add(rows.Select(r => r.PersonId), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.PointCode), NpgsqlDbType.Text),
            p.Add(rows.Select(r => Utc(r.ArrivedAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => r.ArrivalLocalDate), NpgsqlDbType.Date),
            p.Add(rows.Select(r => r.CertificateNumber), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.NoticeId), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.GivenNames), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Surnames), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.SearchName), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Sex), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.DateOfBirth), NpgsqlDbType.Date),
            p.Add(rows.Select(r => r.EstimatedAge), NpgsqlDbType.Integer),
            p.Add(rows.Select(r => r.AgeAtArrival), NpgsqlDbType.Integer),
            p.Add(rows.Select(r => r.AgeGroup), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.UnaccompaniedMinor), NpgsqlDbType.Boolean),
            p.Add(rows.Select(r => r.AccompaniedMinor), NpgsqlDbType.Boolean),
            p.Add(rows.Select(r => r.AccompanyingCaseId), NpgsqlDbType.Text),
            p.Add(rows.Select(r => RecordEncoding.ListJson(r.Vulnerabilities)), NpgsqlDbType.Jsonb),
            p.Add(rows.Select(r => r.Priority), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Curp), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.OriginState), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.OriginSource), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Stage), NpgsqlDbType.Text),
            p.Add(rows.Select(r => Utc(r.StageAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => Utc(r.FirstAssessedAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => r.FirstAssessedLocalDate), NpgsqlDbType.Date),
            p.Add(rows.Select(r => Utc(r.FirstServiceAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => r.FirstServiceLocalDate), NpgsqlDbType.Date),
            p.Add(rows.Select(r => r.DestinationState), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.DestinationMunicipality), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.ExitKind), NpgsqlDbType.Text),
            p.Add(rows.Select(r => Utc(r.ExitAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => r.ExitLocalDate), NpgsqlDbType.Date),
            p.Add(rows.Select(r => r.ExitInstitution), NpgsqlDbType.Text),
            p.Add(rows.Select(r => RecordEncoding.ListJson(r.UnmetNeeds)), NpgsqlDbType.Jsonb),
            p.Add(rows.Select(r => Utc(r.UpdatedAt)), NpgsqlDbType.TimestampTz),
            p.Add(rows.Select(r => r.EducationLevel), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Occupation), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.YearsAbroad), NpgsqlDbType.Integer),
            p.Add(rows.Select(r => r.EnglishLevel), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.DocumentsHeld is null ? null : RecordEncoding.ListJson(r.DocumentsHeld)), NpgsqlDbType.Jsonb),
            p.Add(rows.Select(r => r.BirthYear), NpgsqlDbType.Integer),
            p.Add(rows.Select(r => r.PhoneticName), NpgsqlDbType.Text),
            p.Add(rows.Select(r => r.Unidentified), NpgsqlDbType.Boolean),
            p.Add(rows.Select(r => r.Description), NpgsqlDbType.Text),
            p.Add(rows.Select(r => Utc(r.AnonymisedAt)), NpgsqlDbType.TimestampTz),
        };
        var unnestCases = string.Join(", ", caseArrays.Zip(CaseArrayTypes, (array, type) => $"{array}::{type}[]"));

        var savedEvents = Events(p, saves.SelectMany(s => s.Events.Select(e => (s.CaseId, e))).ToList());
        var appendedEvents = Events(p, appends.SelectMany(a => a.Events.Select(e => (a.Case, e))).ToList());

        var referrals = saves.SelectMany(s => s.Referrals).ToList();
        var unnestReferrals = string.Join(", ",
            p.Add(referrals.Select(r => r.ReferralId), NpgsqlDbType.Text) + "::text[]",
            p.Add(referrals.Select(r => r.CaseId), NpgsqlDbType.Text) + "::text[]",
            p.Add(referrals.Select(r => r.ProgramId), NpgsqlDbType.Text) + "::text[]",
            p.Add(referrals.Select(r => r.PointCode), NpgsqlDbType.Text) + "::text[]",
            p.Add(referrals.Select(r => r.Status), NpgsqlDbType.Text) + "::text[]",
            p.Add(referrals.Select(r => r.Automatic), NpgsqlDbType.Boolean) + "::boolean[]",
            p.Add(referrals.Select(r => Utc(r.CreatedAt)), NpgsqlDbType.TimestampTz) + "::timestamptz[]",
            p.Add(referrals.Select(r => r.CreatedLocalDate), NpgsqlDbType.Date) + "::date[]",
            p.Add(referrals.Select(r => r.CreatedProgramDate), NpgsqlDbType.Date) + "::date[]",
            p.Add(referrals.Select(r => Utc(r.AcceptedAt)), NpgsqlDbType.TimestampTz) + "::timestamptz[]",
            p.Add(referrals.Select(r => r.AcceptedProgramDate), NpgsqlDbType.Date) + "::date[]",
            p.Add(referrals.Select(r => Utc(r.ClosedAt)), NpgsqlDbType.TimestampTz) + "::timestamptz[]",
            p.Add(referrals.Select(r => r.ClosedLocalDate), NpgsqlDbType.Date) + "::date[]",
            p.Add(referrals.Select(r => r.ClosedProgramDate), NpgsqlDbType.Date) + "::date[]");

        var rekeyed = saves.Where(s => s.NameKeys is not null).ToList();
        var keys = rekeyed.SelectMany(s => s.NameKeys!.Select(k => (s.CaseId, Key: k, s.Row.BirthYear))).ToList();
        var unnestRekeyed = p.Add(rekeyed.Select(s => s.CaseId), NpgsqlDbType.Text) + "::text[]";
        var unnestKeys = string.Join(", ",
            p.Add(keys.Select(k => k.CaseId), NpgsqlDbType.Text) + "::text[]",
            p.Add(keys.Select(k => k.Key), NpgsqlDbType.Text) + "::text[]",
            p.Add(keys.Select(k => k.BirthYear), NpgsqlDbType.Integer) + "::integer[]");

        var needs = saves.SelectMany(s => s.UnmetNeeds).ToList();
        var unnestNeeds = string.Join(", ",
            p.Add(needs.Select(n => n.CaseId), NpgsqlDbType.Text) + "::text[]",
            p.Add(needs.Select(n => n.Category), NpgsqlDbType.Text) + "::text[]",
            p.Add(needs.Select(n => n.PointCode), NpgsqlDbType.Text) + "::text[]",
            p.Add(needs.Select(n => n.LocalDate), NpgsqlDbType.Date) + "::date[]");

        var unnestAccesses = string.Join(", ",
            p.Add(accesses.Select(a => Utc(a.At)), NpgsqlDbType.TimestampTz) + "::timestamptz[]",
            p.Add(accesses.Select(a => a.Actor), NpgsqlDbType.Text) + "::text[]",
            p.Add(accesses.Select(a => a.Role), NpgsqlDbType.Text) + "::text[]",
            p.Add(accesses.Select(a => a.Action), NpgsqlDbType.Text) + "::text[]",
            p.Add(accesses.Select(a => a.Subject), NpgsqlDbType.Text) + "::text[]",
            p.Add(accesses.Select(a => a.Listed), NpgsqlDbType.Integer) + "::integer[]",
            p.Add(accesses.Select(a => RecordEncoding.FactsJson(a.Facts)), NpgsqlDbType.Jsonb) + "::jsonb[]");

        command.CommandText = $"""
            WITH w AS (
                SELECT * FROM unnest({unnestCases}) AS w(case_id, expected, {CaseNames})
            ),
            stored AS (
                SELECT c.case_id, c.version FROM reception_case c JOIN w USING (case_id)
            ),
            updated AS (
                UPDATE reception_case c SET {CaseUpdates}
                FROM w WHERE c.case_id = w.case_id AND c.version = w.expected
                RETURNING c.case_id
            ),
            inserted AS (
                INSERT INTO reception_case (case_id, {CaseNames})
                SELECT w.case_id, {CaseValues} FROM w WHERE w.expected IS NULL
                ON CONFLICT (case_id) DO NOTHING
                RETURNING case_id
            ),
            ok AS (
                SELECT case_id FROM updated UNION ALL SELECT case_id FROM inserted
            ),
            saved_events AS (
                INSERT INTO reception_case_event ({EventColumns})
                SELECT e.* FROM unnest({savedEvents}) AS e({EventColumns}) JOIN ok USING (case_id)
            ),
            referrals AS (
                INSERT INTO reception_referral ({ReferralColumns})
                SELECT r.* FROM unnest({unnestReferrals}) AS r({ReferralColumns}) JOIN ok USING (case_id)
                ON CONFLICT (referral_id) DO UPDATE SET {ReferralUpdates}
            ),
            needs AS (
                INSERT INTO reception_unmet_need (case_id, category, point_code, local_date)
                SELECT n.* FROM unnest({unnestNeeds}) AS n(case_id, category, point_code, local_date) JOIN ok USING (case_id)
                ON CONFLICT DO NOTHING
            ),
            rekeyed AS (
                SELECT r.case_id FROM unnest({unnestRekeyed}) AS r(case_id) JOIN ok USING (case_id)
            ),
            keyed AS (
                SELECT k.* FROM unnest({unnestKeys}) AS k(case_id, key, birth_year) JOIN ok USING (case_id)
            ),
            keys_dropped AS (
                DELETE FROM reception_person_key p USING rekeyed r
                WHERE p.case_id = r.case_id AND NOT EXISTS (SELECT 1 FROM keyed k WHERE k.case_id = p.case_id AND k.key = p.key)
            ),
            keys_written AS (
                INSERT INTO reception_person_key (case_id, key, birth_year) SELECT case_id, key, birth_year FROM keyed
                ON CONFLICT (case_id, key) DO UPDATE SET birth_year = excluded.birth_year
            ),
            appends AS (
                SELECT * FROM unnest({appendedEvents}) AS a({EventColumns})
            ),
            taken AS (
                SELECT DISTINCT a.case_id FROM appends a
                JOIN reception_case_event e ON e.case_id = a.case_id AND e.sequence = a.sequence
            ),
            appended AS (
                INSERT INTO reception_case_event ({EventColumns})
                SELECT a.* FROM appends a WHERE a.case_id NOT IN (SELECT case_id FROM taken)
            ),
            accesses AS (
                INSERT INTO reception_access_log (at, actor, role, action, subject, listed, facts)
                SELECT * FROM unnest({unnestAccesses})
            )
            SELECT w.case_id, false, s.version FROM w LEFT JOIN stored s USING (case_id)
            WHERE w.case_id NOT IN (SELECT case_id FROM ok)
            UNION ALL
            SELECT case_id, true, NULL FROM taken
            """;
        return command;
    }

    private static string Value(string name, string type) =>
        type == JsonList ? $"CASE WHEN w.{name} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(w.{name})) END" : $"w.{name}";

    private static string Events(Parameters p, IReadOnlyList<(string CaseId, AuditEntry Entry)> events) => string.Join(", ",
        p.Add(events.Select(e => e.CaseId), NpgsqlDbType.Text) + "::text[]",
        p.Add(events.Select(e => e.Entry.Sequence), NpgsqlDbType.Bigint) + "::bigint[]",
        p.Add(events.Select(e => Utc(e.Entry.At)), NpgsqlDbType.TimestampTz) + "::timestamptz[]",
        p.Add(events.Select(e => e.Entry.UserName), NpgsqlDbType.Text) + "::text[]",
        p.Add(events.Select(e => RecordEncoding.RoleName(e.Entry.Role)), NpgsqlDbType.Text) + "::text[]",
        p.Add(events.Select(e => e.Entry.Action), NpgsqlDbType.Text) + "::text[]",
        p.Add(events.Select(e => e.Entry.Detail), NpgsqlDbType.Text) + "::text[]",
        p.Add(events.Select(e => RecordEncoding.FactsJson(e.Entry.Facts)), NpgsqlDbType.Jsonb) + "::jsonb[]");

    // Npgsql writes timestamptz only from UTC values.
    private static DateTime Utc(DateTimeOffset at) => at.UtcDateTime;

    private static DateTime? Utc(DateTimeOffset? at) => at?.UtcDateTime;

    /// <summary>Positional array parameters of one command: each <see cref="Add{T}"/> returns its placeholder.</summary>
    private sealed class Parameters(NpgsqlBatchCommand command)
    {
        public string Add<T>(IEnumerable<T> values, NpgsqlDbType elementType)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | elementType });
            return $"${command.Parameters.Count}";
        }
    }
}
