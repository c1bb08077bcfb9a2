using Microsoft.Data.Sqlite;
using Orleans.Storage;
using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// The statements of one item of a SQLite write batch, inside the batch's transaction. Each returns the item's
/// conflict (the caller then rolls its savepoint back) or null; any other error fails the batch.
/// </summary>
internal sealed class SqliteRecordStatements(SqliteConnection connection, SqliteTransaction transaction)
{
    private const int ConstraintViolation = 19;

    private static readonly (string Name, Func<CaseWrite, object?> Value)[] CaseColumns =
    [
        ("case_id", w => w.CaseId),
        ("version", w => w.NewVersion),
        ("state", w => w.State),
        ("person_id", w => w.Row.PersonId),
        ("point_code", w => w.Row.PointCode),
        ("arrived_at", w => RecordEncoding.Time(w.Row.ArrivedAt)),
        ("arrival_local_date", w => RecordEncoding.Date(w.Row.ArrivalLocalDate)),
        ("certificate_number", w => w.Row.CertificateNumber),
        ("notice_id", w => w.Row.NoticeId),
        ("given_names", w => w.Row.GivenNames),
        ("surnames", w => w.Row.Surnames),
        ("search_name", w => w.Row.SearchName),
        ("sex", w => w.Row.Sex),
        ("date_of_birth", w => RecordEncoding.Date(w.Row.DateOfBirth)),
        ("estimated_age", w => w.Row.EstimatedAge),
        ("age_at_arrival", w => w.Row.AgeAtArrival),
        ("age_group", w => w.Row.AgeGroup),
        ("unaccompanied_minor", w => w.Row.UnaccompaniedMinor ? 1 : 0),
        ("accompanied_minor", w => w.Row.AccompaniedMinor ? 1 : 0),
        ("accompanying_case_id", w => w.Row.AccompanyingCaseId),
        ("vulnerabilities", w => RecordEncoding.ListJson(w.Row.Vulnerabilities)),
        ("priority", w => w.Row.Priority),
        ("curp", w => w.Row.Curp),
        ("origin_state", w => w.Row.OriginState),
        ("origin_source", w => w.Row.OriginSource),
        ("stage", w => w.Row.Stage),
        ("stage_at", w => RecordEncoding.Time(w.Row.StageAt)),
        ("first_assessed_at", w => RecordEncoding.Time(w.Row.FirstAssessedAt)),
        ("first_assessed_local_date", w => RecordEncoding.Date(w.Row.FirstAssessedLocalDate)),
        ("first_service_at", w => RecordEncoding.Time(w.Row.FirstServiceAt)),
        ("first_service_local_date", w => RecordEncoding.Date(w.Row.FirstServiceLocalDate)),
        ("destination_state", w => w.Row.DestinationState),
        ("destination_municipality", w => w.Row.DestinationMunicipality),
        ("exit_kind", w => w.Row.ExitKind),
        ("exit_at", w => RecordEncoding.Time(w.Row.ExitAt)),
        ("exit_local_date", w => RecordEncoding.Date(w.Row.ExitLocalDate)),
        ("exit_institution", w => w.Row.ExitInstitution),
        ("unmet_needs", w => RecordEncoding.ListJson(w.Row.UnmetNeeds)),
        ("updated_at", w => RecordEncoding.Time(w.Row.UpdatedAt)),
        ("education_level", w => w.Row.EducationLevel),
        ("occupation", w => w.Row.Occupation),
        ("years_abroad", w => w.Row.YearsAbroad),
        ("english_level", w => w.Row.EnglishLevel),
        ("documents_held", w => w.Row.DocumentsHeld is null ? null : RecordEncoding.ListJson(w.Row.DocumentsHeld)),
        ("birth_year", w => w.Row.BirthYear),
        ("phonetic_name", w => w.Row.PhoneticName),
        ("unidentified", w => w.Row.Unidentified ? 1 : 0),
        ("description", w => w.Row.Description),
        ("anonymised_at", w => RecordEncoding.Time(w.Row.AnonymisedAt)),
    ];

    private static readonly string InsertCase =
        $"INSERT INTO reception_case ({string.Join(", ", CaseColumns.Select(c => c.Name))}) " +
        $"VALUES ({string.Join(", ", CaseColumns.Select(c => "$" + c.Name))}) ON CONFLICT (case_id) DO NOTHING";

    private static readonly string UpdateCase =
        $"UPDATE reception_case SET {string.Join(", ", CaseColumns.Skip(1).Select(c => $"{c.Name} = ${c.Name}"))} WHERE case_id = $case_id AND version = $expected";

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<InconsistentStateException?> SaveAsync(CaseWrite write)
    {
        await using (var row = Command(write.ExpectedVersion is null ? InsertCase : UpdateCase))
        {
            foreach (var (name, value) in CaseColumns)
            {
                row.Parameters.AddWithValue("$" + name, value(write) ?? DBNull.Value);
            }

            if (write.ExpectedVersion is { } expected)
            {
                row.Parameters.AddWithValue("$expected", expected);
            }

            if (await row.ExecuteNonQueryAsync() != 1)
            {
                return RecordConflict.Save(write.CaseId, await StoredVersionAsync(write.CaseId), write.ExpectedVersion);
            }
        }

        if (await AppendAsync(write.CaseId, write.Events) is { } taken)
        {
            return taken;
        }

        foreach (var r in write.Referrals)
        {
            await using var referral = Command("""
                INSERT INTO reception_referral (referral_id, case_id, program_id, point_code, status, automatic, created_at,
                    created_local_date, created_program_date, accepted_at, accepted_program_date, closed_at,
                    closed_local_date, closed_program_date)
                VALUES ($id, $case, $program, $point, $status, $automatic, $created, $createdLocal, $createdProgram,
                    $accepted, $acceptedProgram, $closed, $closedLocal, $closedProgram)
                ON CONFLICT (referral_id) DO UPDATE SET case_id = excluded.case_id, program_id = excluded.program_id,
                    point_code = excluded.point_code, status = excluded.status, automatic = excluded.automatic,
                    created_at = excluded.created_at, created_local_date = excluded.created_local_date,
                    created_program_date = excluded.created_program_date, accepted_at = excluded.accepted_at,
                    accepted_program_date = excluded.accepted_program_date, closed_at = excluded.closed_at,
                    closed_local_date = excluded.closed_local_date, closed_program_date = excluded.closed_program_date
                """);
            Add(referral, "$id", r.ReferralId);
            Add(referral, "$case", r.CaseId);
            Add(referral, "$program", r.ProgramId);
            Add(referral, "$point", r.PointCode);
            Add(referral, "$status", r.Status);
            Add(referral, "$automatic", r.Automatic ? 1 : 0);
            Add(referral, "$created", RecordEncoding.Time(r.CreatedAt));
            Add(referral, "$createdLocal", RecordEncoding.Date(r.CreatedLocalDate));
            Add(referral, "$createdProgram", RecordEncoding.Date(r.CreatedProgramDate));
            Add(referral, "$accepted", RecordEncoding.Time(r.AcceptedAt));
            Add(referral, "$acceptedProgram", RecordEncoding.Date(r.AcceptedProgramDate));
            Add(referral, "$closed", RecordEncoding.Time(r.ClosedAt));
            Add(referral, "$closedLocal", RecordEncoding.Date(r.ClosedLocalDate));
            Add(referral, "$closedProgram", RecordEncoding.Date(r.ClosedProgramDate));
            await referral.ExecuteNonQueryAsync();
        }

        if (write.NameKeys is { } keys)
        {
            await using (var drop = Command("DELETE FROM reception_person_key WHERE case_id = $case"))
            {
                Add(drop, "$case", write.CaseId);
                await drop.ExecuteNonQueryAsync();
            }
            foreach (var key in keys)
            {
                await using var insert = Command("INSERT INTO reception_person_key (case_id, key, birth_year) VALUES ($case, $key, $year)");
                Add(insert, "$case", write.CaseId);
                Add(insert, "$key", key);
                Add(insert, "$year", write.Row.BirthYear);
                await insert.ExecuteNonQueryAsync();
            }
        }

        foreach (var n in write.UnmetNeeds)
        {
            await using var need = Command("""
                INSERT INTO reception_unmet_need (case_id, category, point_code, local_date)
                VALUES ($case, $category, $point, $day)
                ON CONFLICT DO NOTHING
                """);
            Add(need, "$case", n.CaseId);
            Add(need, "$category", n.Category);
            Add(need, "$point", n.PointCode);
            Add(need, "$day", RecordEncoding.Date(n.LocalDate));
            await need.ExecuteNonQueryAsync();
        }

        return null;
    }

    public async Task<InconsistentStateException?> AppendAsync(string caseId, IReadOnlyList<AuditEntry> events)
    {
        foreach (var e in events)
        {
            await using var insert = Command("""
                INSERT INTO reception_case_event (case_id, sequence, at, actor, role, action, detail, facts)
                VALUES ($case, $sequence, $at, $actor, $role, $action, $detail, $facts)
                """);
            Add(insert, "$case", caseId);
            Add(insert, "$sequence", e.Sequence);
            Add(insert, "$at", RecordEncoding.Time(e.At));
            Add(insert, "$actor", e.UserName);
            Add(insert, "$role", RecordEncoding.RoleName(e.Role));
            Add(insert, "$action", e.Action);
            Add(insert, "$detail", e.Detail);
            Add(insert, "$facts", RecordEncoding.FactsJson(e.Facts));
            try
            {
                await insert.ExecuteNonQueryAsync();
            }
            catch (SqliteException error) when (error.SqliteErrorCode == ConstraintViolation)
            {
                return RecordConflict.Append(caseId, events.Select(x => x.Sequence).ToList());
            }
        }

        return null;
    }

    public async Task<InconsistentStateException?> AccessAsync(AccessEntry entry)
    {
        await using var insert = Command("""
            INSERT INTO reception_access_log (at, actor, role, action, subject, listed, facts)
            VALUES ($at, $actor, $role, $action, $subject, $listed, $facts)
            """);
        Add(insert, "$at", RecordEncoding.Time(entry.At));
        Add(insert, "$actor", entry.Actor);
        Add(insert, "$role", entry.Role);
        Add(insert, "$action", entry.Action);
        Add(insert, "$subject", entry.Subject);
        Add(insert, "$listed", entry.Listed);
        Add(insert, "$facts", RecordEncoding.FactsJson(entry.Facts));
        await insert.ExecuteNonQueryAsync();
        return null;
    }

    private async Task<long?> StoredVersionAsync(string caseId)
    {
        await using var command = Command("SELECT version FROM reception_case WHERE case_id = $case");
        Add(command, "$case", caseId);
        return await command.ExecuteScalarAsync() is long version ? version : null;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(SqliteCommand command, string name, object? value) => command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
