using System.Data.Common;
using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// The reads of finding people over the record's tables (db scripts postgres/008, sqlite/007), one text for both
/// engines except the trigram similarity PostgreSQL adds to name searches. Values are bound per engine: dates and
/// times as <c>date</c>/<c>timestamptz</c> on PostgreSQL and as the record's ISO text on SQLite.
/// </summary>
public sealed class SqlPeopleRecord(DatabaseEngine engine, string connectionString) : IPeopleRecord
{
    private const string CandidateColumns =
        "c.case_id, c.person_id, c.given_names, c.surnames, c.sex, c.date_of_birth, c.estimated_age, c.arrival_local_date, c.curp, c.point_code, c.arrived_at";

    private const string SearchColumns =
        "c.case_id, c.person_id, c.given_names, c.surnames, c.date_of_birth, c.estimated_age, c.point_code, c.arrived_at, c.stage, " +
        "c.certificate_number, c.sex, c.unidentified, c.description";

    private const double TrigramSimilarity = 0.6;

    private readonly RecordConnections _connections = new(engine, connectionString);

    private bool Postgres => _connections.Postgres;

    public async Task<IReadOnlyList<CandidateRow>> CandidatesAsync(CandidateQuery query)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        if (!WriteCandidateQuery(command, query, Postgres))
        {
            return [];
        }
        var rows = new List<CandidateRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new CandidateRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                ReadDate(reader, 5), reader.IsDBNull(6) ? null : reader.GetInt32(6), ReadDate(reader, 7)!.Value,
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), ReadTime(reader, 10)));
        }
        return rows;
    }

    /// <summary>
    /// Writes the candidate query's text and parameters into <paramref name="command"/> (false when the query asks
    /// nothing): public so that the benchmark can <c>EXPLAIN</c> exactly what the record runs.
    /// </summary>
    public static bool WriteCandidateQuery(DbCommand command, CandidateQuery query, bool postgres)
    {
        var binder = new Binder(command, postgres);
        var parts = new List<string>();
        if (query.NameKeys.Count > 0)
        {
            parts.Add($"""
                SELECT {CandidateColumns} FROM reception_case c WHERE c.case_id IN (
                    SELECT k.case_id FROM reception_person_key k
                    WHERE k.key IN ({binder.List(query.NameKeys)}) AND k.birth_year BETWEEN {binder.Value(query.BirthYearFrom)} AND {binder.Value(query.BirthYearTo)}
                    GROUP BY k.case_id ORDER BY count(*) DESC{(query.BirthYear is { } year ? $", min(abs(k.birth_year - {binder.Value(year)}))" : "")} LIMIT {binder.Value(query.Limit)})
                """);
        }
        if (query.Curp is { } curp)
        {
            parts.Add($"SELECT {CandidateColumns} FROM reception_case c WHERE c.curp = {binder.Value(curp)}");
        }
        if (query.DatesOfBirth.Count > 0)
        {
            // One pass over the rows of those dates (a derived table: SQLite takes no LIMIT on a UNION's member); it
            // was a second lookup of each row by case id, 2-3x the time with 1,000,000 cases stored (docs/performance.md).
            parts.Add($"""
                SELECT {CandidateColumns} FROM (
                    SELECT {CandidateColumns} FROM reception_case c
                    WHERE c.date_of_birth IN ({binder.List(query.DatesOfBirth.Select(binder.Date))}) LIMIT {binder.Value(query.Limit)}) AS c
                """);
        }
        command.CommandText = string.Join("\nUNION\n", parts);
        return parts.Count > 0;
    }

    public async Task<string?> PersonWithCurpAsync(string curp, string exceptCaseId)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        var binder = new Binder(command, Postgres);
        command.CommandText =
            $"SELECT c.person_id FROM reception_case c WHERE c.curp = {binder.Value(curp)} AND c.case_id <> {binder.Value(exceptCaseId)} ORDER BY c.arrived_at LIMIT 1";
        return await command.ExecuteScalarAsync() as string;
    }

    public async Task<IReadOnlyList<PersonCaseRow>> CasesOfPersonAsync(string personId)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        var binder = new Binder(command, Postgres);
        command.CommandText = $"""
            SELECT c.case_id, c.point_code, c.arrived_at, r.program_id, r.closed_at
              FROM reception_case c LEFT JOIN reception_referral r ON r.case_id = c.case_id
             WHERE c.person_id = {binder.Value(personId)}
             ORDER BY c.arrived_at, c.case_id
            """;
        var cases = new List<(string CaseId, string Point, DateTimeOffset At, List<CaseReferralRow> Referrals)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var caseId = reader.GetString(0);
            if (cases.Count == 0 || cases[^1].CaseId != caseId)
            {
                cases.Add((caseId, reader.GetString(1), ReadTime(reader, 2), []));
            }
            if (!reader.IsDBNull(3))
            {
                cases[^1].Referrals.Add(new CaseReferralRow(reader.GetString(3), reader.IsDBNull(4) ? null : ReadTime(reader, 4)));
            }
        }
        return cases.Select(c => new PersonCaseRow(c.CaseId, c.Point, c.At, c.Referrals)).ToList();
    }

    public async Task<CaseSearchPage> SearchAsync(CaseSearch search, SearchScope scope)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        var binder = new Binder(command, Postgres);
        var where = new List<string> { "1 = 1" };
        if (scope.Points is { } points)
        {
            where.Add(points.Count == 0 ? "1 = 0" : $"c.point_code IN ({binder.List(points)})");
        }
        if (scope.Programs is { } programs)
        {
            var stillOpen = scope.ReferralsClosedAfter is { } since ? $" AND (r.closed_at IS NULL OR r.closed_at > {binder.Value(binder.Time(since))})" : "";
            where.Add(programs.Count == 0 ? "1 = 0" : $"c.case_id IN (SELECT r.case_id FROM reception_referral r WHERE r.program_id IN ({binder.List(programs)}){stillOpen})");
        }
        if (search.Point is { } point)
        {
            where.Add($"c.point_code = {binder.Value(point)}");
        }
        if (search.Curp is { } curp)
        {
            where.Add($"c.curp = {binder.Value(curp)}");
        }
        if (search.DateOfBirth is { } born)
        {
            where.Add($"c.date_of_birth = {binder.Value(binder.Date(born))}");
        }
        if (search.From is { } from)
        {
            where.Add($"c.arrival_local_date >= {binder.Value(binder.Date(from))}");
        }
        if (search.To is { } to)
        {
            where.Add($"c.arrival_local_date <= {binder.Value(binder.Date(to))}");
        }
        if (search.Stage is { } stage)
        {
            where.Add($"c.stage = {binder.Value(AcceptedValues.NameOf(stage))}");
        }
        if (SearchCursor.Decode(search.Cursor) is { } after)
        {
            var at = binder.Value(binder.Time(after.ArrivedAt));
            where.Add($"(c.arrived_at < {at} OR (c.arrived_at = {at} AND c.case_id < {binder.Value(after.CaseId)}))");
        }
        if (search.Q is { } q)
        {
            where.Add($"({string.Join(" OR ", TextMatches(q, binder))})");
        }
        command.CommandText = $"""
            SELECT {SearchColumns} FROM reception_case c
             WHERE {string.Join(" AND ", where)}
             ORDER BY c.arrived_at DESC, c.case_id DESC
             LIMIT {binder.Value(search.Limit + 1)}
            """;
        var items = new List<CaseSearchItem>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new CaseSearchItem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ReadDate(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetString(6), ReadTime(reader, 7),
                Enum.Parse<Stage>(reader.GetString(8), ignoreCase: true), reader.GetString(9), Enum.Parse<Sex>(reader.GetString(10), ignoreCase: true),
                reader.GetBoolean(11), reader.IsDBNull(12) ? null : reader.GetString(12)));
        }
        var more = items.Count > search.Limit;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }
        return new CaseSearchPage(items, more ? SearchCursor.Encode(items[^1].ArrivedAt, items[^1].CaseId) : null);
    }

    /// <summary>
    /// What a searched text may be: a case id, a certificate number, or names, every word of which must be in the
    /// case's phonetic name (an initial as a word's first letter); PostgreSQL also takes names similar by trigrams.
    /// </summary>
    private IEnumerable<string> TextMatches(string q, Binder binder)
    {
        var upper = q.Trim().ToUpperInvariant();
        if (CaseIds.IsValid(upper))
        {
            yield return $"c.case_id = {binder.Value(upper)}";
        }
        yield return $"c.certificate_number = {binder.Value(upper)}";
        var tokens = PhoneticNames.QueryTokens(q);
        if (tokens.Count > 0)
        {
            yield return "(" + string.Join(" AND ", tokens.Select(t =>
                $"c.phonetic_name LIKE {binder.Value(t.IsInitial ? $"% {t.Phonetic}%" : $"% {t.Phonetic} %")}")) + ")";
            if (Postgres)
            {
                // % finds the rows through the trigram index (similarity 0.3 and up); the stricter bound keeps a
                // misspelt full name, not every name sharing a surname.
                var folded = binder.Value(SearchNames.Normalize(q));
                yield return $"(c.search_name % {folded} AND similarity(c.search_name, {folded}) >= {TrigramSimilarity.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
            }
        }
    }

    private DateOnly? ReadDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? null
        : Postgres ? reader.GetFieldValue<DateOnly>(ordinal) : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => Postgres
        ? new DateTimeOffset(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero)
        : RecordEncoding.ParseTime(reader.GetString(ordinal));

    /// <summary>Adds numbered parameters to a command and returns their placeholders; dates and times in the engine's form.</summary>
    private sealed class Binder(DbCommand command, bool postgres)
    {
        public string Value(object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"p{command.Parameters.Count}";
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
            return "@" + parameter.ParameterName;
        }

        public string List(IEnumerable<object> values) => string.Join(", ", values.Select(Value));

        public object Date(DateOnly day) => postgres ? day : RecordEncoding.Date(day);

        public object Time(DateTimeOffset at) => postgres ? at.UtcDateTime : RecordEncoding.Time(at);
    }
}
