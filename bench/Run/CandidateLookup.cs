using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Reception.Contracts.Returnees;
using Reception.Grains.People;
using Reception.Grains.Records;
using Reception.Silo.Records;

namespace Reception.Bench.Run;

/// <summary>
/// <c>people</c>: the candidate lookup at registration with many case records stored (issue 13), on PostgreSQL.
/// The cases are synthetic rows of <c>reception_case</c> and <c>reception_person_key</c> loaded with binary COPY,
/// their names from <see cref="MexicanNames"/> and every derived column (<c>search_name</c>, <c>phonetic_name</c>,
/// <c>birth_year</c>, the name keys) computed by the functions the record itself uses. Their case ids start with
/// <c>U</c>, which is not in the case-id alphabet, so no request can address them, and each is closed
/// (<c>exit_kind</c> set), so reconciliation never loads their placeholder state. Then
/// <c>POST /api/points/{code}/arrivals/matches</c> is timed over HTTP as point managers for variants of stored people
/// and for new people, closed loop at each <c>--clients</c> level; the query is <c>EXPLAIN</c>ed for a very common
/// name; and the arrival throughput ramp, the single-row insert ceiling and the open-loop latency run on the filled
/// database (matching is part of every arrival).
/// </summary>
internal static class CandidateLookup
{
    private const string Prefix = "U";
    private const int Seed = 13;
    private static readonly DateTimeOffset Start = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
    private static readonly string[] Points = ["TIJ", "MXL", "SLR", "NOG", "CJS", "OJI", "ACN", "PNG", "NLD", "REX", "MAM", "MEX"];

    private const string CaseColumns =
        "case_id, version, state, person_id, point_code, arrived_at, arrival_local_date, certificate_number, given_names, surnames, " +
        "search_name, sex, date_of_birth, estimated_age, age_at_arrival, age_group, unaccompanied_minor, accompanied_minor, vulnerabilities, " +
        "priority, curp, origin_state, origin_source, stage, stage_at, exit_kind, exit_at, exit_local_date, unmet_needs, updated_at, " +
        "birth_year, phonetic_name";

    private sealed record Probe(string Kind, string Point, Dictionary<string, object?> Body, string? ExpectedPersonId);

    private sealed record Sample(Probe Probe, double Ms, int Candidates, bool Top5, bool Ok);

    public sealed record LookupLevel(int Clients, int Requests, double PerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanCandidates, int Errors);

    public static async Task<int> RunAsync(ReceptionClient client, Options options, TextWriter log)
    {
        var pg = options.String("postgres");
        if (string.IsNullOrWhiteSpace(pg))
        {
            log.WriteLine("people: --postgres \"<Npgsql connection string>\" is required (the rows are loaded with COPY)");
            return 2;
        }
        var target = int.Parse(options.String("cases", "1000000"), CultureInfo.InvariantCulture);
        var repeat = options.Int("repeat", 2);
        var probeCount = options.Int("probes", 300);
        var levels = options.Ints("clients", [1, 8]);
        await using var source = NpgsqlDataSource.Create(pg);

        var fillClock = Stopwatch.StartNew();
        var (persons, written) = await FillAsync(source, target, log);
        var fillSeconds = fillClock.Elapsed.TotalSeconds;
        var cases = await StatisticsTimes.ScalarAsync(source, "SELECT count(*) FROM reception_case");
        var keys = await StatisticsTimes.ScalarAsync(source, "SELECT count(*) FROM reception_person_key");
        var caseMb = await StatisticsTimes.ScalarAsync(source, "SELECT pg_total_relation_size('reception_case')") / 1024 / 1024;
        var keyMb = await StatisticsTimes.ScalarAsync(source, "SELECT pg_total_relation_size('reception_person_key')") / 1024 / 1024;
        var people = await StatisticsTimes.ScalarAsync(source, "SELECT count(DISTINCT person_id) FROM reception_case");
        var fillLine = $"{cases:N0} case records of {people:N0} people ({written:N0} loaded now in {fillSeconds:0} s with binary COPY, then VACUUM ANALYZE); " +
            $"{keys:N0} name keys; reception_case {caseMb:N0} MB and reception_person_key {keyMb:N0} MB with their indexes";
        log.WriteLine($"[people] {fillLine}");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var probes = Probes(persons, probeCount, today);
        foreach (var point in Points.Distinct())
        {
            await client.TokenAsync($"manager-{point}");
        }
        await TimeAsync(client, probes.Take(20).ToList(), 1); // warm-up: JIT, connections, plans

        var loadBefore = StatisticsTimes.LoadAverage();
        var results = new List<(LookupLevel Level, string Load)>();
        List<Sample>? firstSamples = null;
        foreach (var clients in levels)
        {
            var load = StatisticsTimes.LoadAverage();
            var clock = Stopwatch.StartNew();
            var samples = await TimeAsync(client, Enumerable.Repeat(probes, repeat).SelectMany(p => p).ToList(), clients);
            var seconds = clock.Elapsed.TotalSeconds;
            firstSamples ??= samples;
            var ms = samples.Where(s => s.Ok).Select(s => s.Ms).ToList();
            var level = new LookupLevel(clients, samples.Count, Stats.Round(samples.Count / seconds), Stats.Round(Stats.Percentile(ms, 50)), Stats.Round(Stats.Percentile(ms, 95)),
                Stats.Round(Stats.Percentile(ms, 99)), Stats.Round(ms.DefaultIfEmpty(double.NaN).Max()), Stats.Round(samples.Where(s => s.Ok).Average(s => (double)s.Candidates)),
                samples.Count(s => !s.Ok));
            results.Add((level, load));
            log.WriteLine($"[people] {clients,2} clients: {level.Requests} lookups, {level.PerSecond:0.0}/s, p50 {level.P50Ms:0.0} ms  p95 {level.P95Ms:0.0} ms  p99 {level.P99Ms:0.0} ms  max {level.MaxMs:0.0} ms  candidates {level.MeanCandidates:0.0}  errors {level.Errors}  (load {load})");
        }

        var sanity = firstSamples!.Where(s => s.Probe.ExpectedPersonId is not null && s.Ok)
            .GroupBy(s => s.Probe.Kind)
            .Select(g => (Kind: g.Key, Count: g.Count(), Top5: g.Count(s => s.Top5)))
            .OrderBy(g => g.Kind, StringComparer.Ordinal)
            .ToList();
        var split = await SplitAsync(pg, probes, today, log);
        var plans = await ExplainAsync(source, today, log);

        ArrivalRate? arrivals = null;
        if (!options.Has("no-arrivals"))
        {
            arrivals = await ArrivalRateAsync(client, options, pg, log);
        }

        var report = Report(fillLine, loadBefore, repeat, probes, results, sanity, split, plans, arrivals);
        log.WriteLine();
        log.WriteLine(report);
        if (options.String("out") is { } dir)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, "latest-postgres-people.md"), report);
        }
        if (options.Double("hold", 0) is > 0 and var hold)
        {
            // Keeps run.sh's throwaway database up, to try query or index changes on it by hand.
            log.WriteLine($"[people] holding for {hold:0} s; the database: {pg}");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        return results.All(r => r.Level.Errors == 0) ? 0 : 1;
    }

    /// <summary>
    /// Loads synthetic cases up to <paramref name="target"/>: about 20% of them later returns of a person already
    /// stored (the same person id, the names sometimes typed without accents), ~10% with an estimated age only,
    /// ~20% with a CURP, arrivals spread over 2019-01 … 2026-10 at the twelve demo points. Returns every person (the
    /// probes are drawn from them) and how many cases were written now; the same seed gives the same people, so a
    /// database filled earlier is only re-read.
    /// </summary>
    private static async Task<(List<FilledPerson> Persons, long Written)> FillAsync(NpgsqlDataSource source, int target, TextWriter log)
    {
        var existing = await StatisticsTimes.ScalarAsync(source, $"SELECT count(*) FROM reception_case WHERE case_id LIKE '{Prefix}%'");
        if (existing != 0 && existing < target)
        {
            throw new InvalidOperationException($"{existing:N0} people-bench cases are stored, fewer than --cases {target:N0}: start from an empty database");
        }
        var write = existing == 0;
        var names = new MexicanNames(Seed);
        var random = names.Random;
        var persons = new List<FilledPerson>(target);
        var span = (End - Start).Ticks;
        const int batch = 100_000;
        await using var connection = write ? await source.OpenConnectionAsync() : null;
        for (var first = 0; first < target; first += batch)
        {
            var rows = new List<(object?[] Case, IReadOnlyList<string> Keys)>(batch);
            for (var i = first; i < Math.Min(target, first + batch); i++)
            {
                var caseId = $"{Prefix}{i:D9}";
                var returning = persons.Count > 0 && random.NextDouble() < 0.2;
                var person = returning ? persons[random.Next(persons.Count)] : names.Person("P" + caseId);
                if (!returning)
                {
                    persons.Add(person);
                }
                var row = CaseRow(caseId, person, returning, i, target, span, random);
                rows.Add(row);
            }
            if (connection is not null)
            {
                await CopyAsync(connection, rows);
                log.WriteLine($"[people] fill: {first + rows.Count:N0} / {target:N0}");
            }
        }
        if (connection is not null)
        {
            foreach (var table in new[] { "reception_case", "reception_person_key" })
            {
                await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 1800 };
                await vacuum.ExecuteNonQueryAsync();
            }
        }
        return (persons, write ? target : 0);
    }

    /// <summary>One case's column values (in <see cref="CaseColumns"/> order) and its name keys, as the record would write them.</summary>
    private static (object?[] Case, IReadOnlyList<string> Keys) CaseRow(string caseId, FilledPerson person, bool returning, int index, int total, long span, Random random)
    {
        var arrived = Start.AddTicks((long)((index + random.NextDouble()) / total * span));
        var local = TimeZoneInfo.ConvertTime(arrived, Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var given = person.GivenNames;
        var surnames = person.Surnames;
        if (returning && random.NextDouble() < 0.25)
        {
            given = MexicanNames.WithoutAccents(given);
            surnames = MexicanNames.WithoutAccents(surnames);
        }
        var age = AgeOn(person.DateOfBirth, day);
        DateOnly? born = person.DateOfBirth;
        int? estimated = null;
        if (random.NextDouble() < 0.10)
        {
            born = null;
            estimated = Math.Max(0, age + random.Next(-3, 4));
            age = estimated.Value;
        }
        var curp = person.Curp is not null && random.NextDouble() < 0.8 ? person.Curp : null;
        string? origin = curp is not null ? MexicanNames.States.First(s => s.Code == curp.Substring(11, 2)).Name
            : random.NextDouble() < 0.7 ? MexicanNames.States[random.Next(MexicanNames.States.Length)].Name : null;
        var left = arrived.AddHours(2 + random.Next(48));
        var leftDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(left, Zone).DateTime);
        var sex = person.Sex == Sex.Female ? "female" : "male";
        object?[] values =
        [
            caseId, 1L, new byte[] { 0 }, person.PersonId, Points[random.Next(Points.Length)], arrived.UtcDateTime, day, $"BENCH-{caseId}",
            given, surnames, SearchNames.Normalize($"{given} {surnames}"), sex, born, estimated, age, AgeGroups.Of(age), false, false,
            Array.Empty<string>(), "normal", curp, origin, curp is not null ? "curp" : origin is not null ? "declared" : null,
            "departed", left.UtcDateTime, "departed", left.UtcDateTime, leftDay, Array.Empty<string>(), left.UtcDateTime,
            NameKeys.BirthYear(born, estimated, day), PhoneticNames.Of(given, surnames),
        ];
        return (values, NameKeys.For(given, surnames));
    }

    private static readonly NpgsqlDbType[] CaseTypes =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Bytea, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Date, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Boolean, NpgsqlDbType.Boolean,
        NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Date, NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.TimestampTz,
        NpgsqlDbType.Integer, NpgsqlDbType.Text,
    ];

    private static async Task CopyAsync(NpgsqlConnection connection, List<(object?[] Case, IReadOnlyList<string> Keys)> rows)
    {
        await using (var cases = await connection.BeginBinaryImportAsync($"COPY reception_case ({CaseColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            cases.Timeout = TimeSpan.FromMinutes(30);
            foreach (var (values, _) in rows)
            {
                await cases.StartRowAsync();
                for (var c = 0; c < values.Length; c++)
                {
                    await cases.WriteAsync(values[c], CaseTypes[c]);
                }
            }
            await cases.CompleteAsync();
        }
        await using var keys = await connection.BeginBinaryImportAsync("COPY reception_person_key (case_id, key, birth_year) FROM STDIN (FORMAT BINARY)");
        keys.Timeout = TimeSpan.FromMinutes(30);
        foreach (var (values, names) in rows)
        {
            foreach (var key in names)
            {
                await keys.StartRowAsync();
                await keys.WriteAsync((string)values[0]!, NpgsqlDbType.Text);
                await keys.WriteAsync(key, NpgsqlDbType.Text);
                await keys.WriteAsync(values[^2], NpgsqlDbType.Integer);
            }
        }
        await keys.CompleteAsync();
    }

    /// <summary>
    /// Two probes in three are stored people as another desk might type them (accents dropped, a b/v or s/z swapped,
    /// surnames transposed, day and month swapped, an estimated age instead of the date), half of those with a CURP
    /// giving it; one in three is a new person drawn from the same names.
    /// </summary>
    private static List<Probe> Probes(List<FilledPerson> persons, int count, DateOnly today)
    {
        var random = new Random(Seed + 1);
        var fresh = new MexicanNames(Seed + 2);
        var probes = new List<Probe>(count);
        string[] kinds = ["accents dropped", "b/v or s/z swapped", "surnames transposed", "day and month swapped", "estimated age only"];
        for (var i = 0; i < count; i++)
        {
            var point = Points[random.Next(Points.Length)];
            if (i % 3 == 2)
            {
                var stranger = fresh.Person("new");
                probes.Add(new Probe("new person", point, Body(stranger.GivenNames, stranger.Surnames, stranger.Sex, stranger.DateOfBirth, null, null), null));
                continue;
            }
            var kind = kinds[random.Next(kinds.Length)];
            var person = persons[random.Next(persons.Count)];
            while (kind == "day and month swapped" && (person.DateOfBirth.Day > 12 || person.DateOfBirth.Day == person.DateOfBirth.Month))
            {
                person = persons[random.Next(persons.Count)];
            }
            var curp = person.Curp is not null && random.NextDouble() < 0.5 ? person.Curp : null;
            var (given, surnames, born, estimated) = (person.GivenNames, person.Surnames, (DateOnly?)person.DateOfBirth, (int?)null);
            switch (kind)
            {
                case "accents dropped":
                    (given, surnames) = (MexicanNames.WithoutAccents(given), MexicanNames.WithoutAccents(surnames));
                    break;
                case "b/v or s/z swapped":
                    surnames = Swapped(surnames) ?? surnames;
                    given = surnames == person.Surnames ? Swapped(given) ?? given : given;
                    break;
                case "surnames transposed":
                    surnames = string.Join(' ', surnames.Split(' ').Reverse());
                    break;
                case "day and month swapped":
                    born = new DateOnly(person.DateOfBirth.Year, person.DateOfBirth.Day, person.DateOfBirth.Month);
                    curp = null; // the CURP would correct the date
                    break;
                default:
                    (born, estimated) = (null, Math.Max(0, AgeOn(person.DateOfBirth, today) + random.Next(-2, 3)));
                    break;
            }
            probes.Add(new Probe(kind, point, Body(given, surnames, person.Sex, born, estimated, curp), person.PersonId));
        }
        return probes;
    }

    /// <summary>The first of z→s, s→z, v→b, b→v that applies (a desk's spelling slip), or null.</summary>
    private static string? Swapped(string name)
    {
        foreach (var (from, to) in new[] { ('z', 's'), ('s', 'z'), ('v', 'b'), ('b', 'v'), ('Z', 'S'), ('V', 'B'), ('B', 'V') })
        {
            var at = name.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(name.AsSpan(0, at), to.ToString(), name.AsSpan(at + 1));
            }
        }
        return null;
    }

    private static Dictionary<string, object?> Body(string given, string surnames, Sex sex, DateOnly? born, int? estimated, string? curp)
    {
        var body = new Dictionary<string, object?> { ["givenNames"] = given, ["surnames"] = surnames, ["sex"] = sex == Sex.Female ? "female" : "male" };
        if (born is { } day)
        {
            body["dateOfBirth"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (estimated is { } age)
        {
            body["estimatedAge"] = age;
        }
        if (curp is not null)
        {
            body["curp"] = curp;
        }
        return body;
    }

    /// <summary>Closed loop: <paramref name="clients"/> workers take the probes in turn, each waiting for its answer before the next.</summary>
    private static async Task<List<Sample>> TimeAsync(ReceptionClient client, IReadOnlyList<Probe> probes, int clients)
    {
        var samples = new ConcurrentBag<Sample>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < probes.Count)
            {
                var probe = probes[i];
                var clock = Stopwatch.StartNew();
                var response = await client.SendAsync($"manager-{probe.Point}", HttpMethod.Post, $"api/points/{probe.Point}/arrivals/matches", probe.Body);
                var ms = clock.Elapsed.TotalMilliseconds;
                if (!response.Ok)
                {
                    samples.Add(new Sample(probe, ms, 0, false, false));
                    continue;
                }
                var matches = response.Json()!.AsArray();
                var top5 = matches.Take(5).Any(m => m?["personId"]?.GetValue<string>() == probe.ExpectedPersonId);
                samples.Add(new Sample(probe, ms, matches.Count, top5, true));
            }
        }));
        return samples.ToList();
    }

    public sealed record Split(string Load, double SqlP50, double SqlP99, double SqlMax, double RankP50, double RankP99, double RankMax, double MeanRows, int MaxRows);

    /// <summary>
    /// Where a lookup's time goes, in this process with the record's and the grain's own code: the candidate query
    /// (<see cref="SqlPeopleRecord.CandidatesAsync"/>) and the scoring of its rows (<see cref="CandidateRanking.Rank"/>),
    /// each probe once, one at a time.
    /// </summary>
    private static async Task<Split> SplitAsync(string pg, List<Probe> probes, DateOnly today, TextWriter log)
    {
        var record = new SqlPeopleRecord(Reception.Db.DatabaseEngine.Postgres, pg);
        var load = StatisticsTimes.LoadAverage();
        var (sql, rank, rows) = (new List<double>(), new List<double>(), new List<int>());
        foreach (var probe in probes)
        {
            var b = probe.Body;
            var subject = new MatchSubject((string)b["givenNames"]!, (string)b["surnames"]!, (string)b["sex"]! == "female" ? Sex.Female : Sex.Male,
                b.TryGetValue("dateOfBirth", out var born) ? DateOnly.ParseExact((string)born!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                b.TryGetValue("estimatedAge", out var age) ? (int)age! : null, today, b.TryGetValue("curp", out var curp) ? (string)curp! : null);
            var clock = Stopwatch.StartNew();
            var found = await record.CandidatesAsync(CandidateRanking.Query(subject));
            sql.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            CandidateRanking.Rank(subject, found, new HashSet<string>(), Reception.Contracts.Shared.Limits.MaxPersonMatches);
            rank.Add(clock.Elapsed.TotalMilliseconds);
            rows.Add(found.Count);
        }
        var split = new Split(load, Stats.Round(Stats.Percentile(sql, 50)), Stats.Round(Stats.Percentile(sql, 99)), Stats.Round(sql.Max()),
            Stats.Round(Stats.Percentile(rank, 50)), Stats.Round(Stats.Percentile(rank, 99)), Stats.Round(rank.Max()), Stats.Round(rows.Average()), rows.Max());
        log.WriteLine($"[people] in process: query p50 {split.SqlP50:0.0} ms p99 {split.SqlP99:0.0} ms max {split.SqlMax:0.0} ms; ranking p50 {split.RankP50:0.0} ms p99 {split.RankP99:0.0} ms max {split.RankMax:0.0} ms; rows {split.MeanRows:0} mean, {split.MaxRows} max (load {load})");
        return split;
    }

    /// <summary>The record's own candidate query (<see cref="SqlPeopleRecord.WriteCandidateQuery"/>) under EXPLAIN (ANALYZE, BUFFERS), then timed alone.</summary>
    private static async Task<List<(string Name, string Plan, double MedianMs, double MaxMs)>> ExplainAsync(NpgsqlDataSource source, DateOnly today, TextWriter log)
    {
        var subjects = new[]
        {
            new MatchSubject("María Guadalupe", "Hernández García", Sex.Female, new DateOnly(1985, 3, 12), null, today, null),
            new MatchSubject("José Luis", "Hernández García", Sex.Male, new DateOnly(1985, 3, 12), null, today, null),
            new MatchSubject("José Luis", "Hernández García", Sex.Male, null, null, today, null),
        };
        var plans = new List<(string, string, double, double)>();
        await using var connection = await source.OpenConnectionAsync();
        foreach (var subject in subjects)
        {
            var name = $"{subject.GivenNames} {subject.Surnames}, " + (subject.DateOfBirth is { } born ? $"born {born:yyyy-MM-dd}" : "no age given");
            await using var command = connection.CreateCommand();
            SqlPeopleRecord.WriteCandidateQuery(command, CandidateRanking.Query(subject), postgres: true);
            var sql = command.CommandText;
            command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + sql;
            var plan = new StringBuilder();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.AppendLine(reader.GetString(0));
                }
            }
            command.CommandText = sql;
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var clock = Stopwatch.StartNew();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            plans.Add((name, plan.ToString(), Stats.Round(Stats.Median(times)), Stats.Round(times.Max())));
            log.WriteLine($"[people] SQL alone, {name}: median {Stats.Median(times):0.0} ms, max {times.Max():0.0} ms over 20");
            log.WriteLine(plan.ToString());
        }
        return plans;
    }

    private sealed record ArrivalRate(string Load, RampLevel Best, IReadOnlyList<RampLevel> Levels, CeilingResult Ceiling, IReadOnlyList<LatencyPoint> Latency);

    /// <summary>The <c>run</c> command's throughput ramp, PostgreSQL ceiling and open-loop latency, on the filled database.</summary>
    private static async Task<ArrivalRate> ArrivalRateAsync(ReceptionClient client, Options options, string pg, TextWriter log)
    {
        var profile = RunProfile.From(options);
        var run = new RunContext(client, new Load(client, options.Int("pid", 0)), log);
        foreach (var point in BenchPoints.Load.Append(BenchPoints.Probe))
        {
            await client.TokenAsync($"manager-{point}");
        }
        await run.Load.ClosedLoopAsync("warm-up", BenchPoints.Load, 8, TimeSpan.FromSeconds(3));
        var load = StatisticsTimes.LoadAverage();
        var ramp = await ThroughputRamp.RunAsync(run, profile);
        var ceiling = await PostgresCeiling.MeasureAsync(run, pg, ramp.Best.Concurrency, profile.RepSeconds, profile.Reps);
        var (latency, _) = await CommandLatency.MeasureAsync(run, profile, ramp.Best.MedianRate);
        return new ArrivalRate(load, ramp.Best, ramp.Levels, ceiling, latency);
    }

    private static string Report(string fillLine, string loadBefore, int repeat, List<Probe> probes, List<(LookupLevel Level, string Load)> results,
        List<(string Kind, int Count, int Top5)> sanity, Split split, List<(string Name, string Plan, double MedianMs, double MaxMs)> plans, ArrivalRate? arrivals)
    {
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Candidate lookup on PostgreSQL ({Environment.ProcessorCount} cores): {fillLine}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`POST /api/points/{{code}}/arrivals/matches` over HTTP as point managers, closed loop; {probes.Count} probes ({probes.Count(p => p.ExpectedPersonId is not null)} variants of stored people, {probes.Count(p => p.ExpectedPersonId is null)} new people) × {repeat}, after 20 warm-up requests (load average before: {loadBefore}).")
            .AppendLine()
            .AppendLine("| clients | lookups | lookups/s | p50 ms | p95 ms | p99 ms | max ms | candidates (mean) | errors | load average |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (l, load) in results)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {l.Clients} | {l.Requests} | {l.PerSecond:0.0} | {l.P50Ms:0.0} | {l.P95Ms:0.0} | **{l.P99Ms:0.0}** | {l.MaxMs:0.0} | {l.MeanCandidates:0.0} | {l.Errors} | {load} |");
        }
        report.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Stored person in the top 5 (first level): **{sanity.Sum(s => s.Top5)} of {sanity.Sum(s => s.Count)}** — {string.Join("; ", sanity.Select(s => $"{s.Kind} {s.Top5}/{s.Count}"))}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"In process, each probe once (load average {split.Load}): the record's candidate query p50 / p99 / max {split.SqlP50:0.0} / {split.SqlP99:0.0} / {split.SqlMax:0.0} ms, returning {split.MeanRows:0} rows on average ({split.MaxRows} at most); scoring them (`CandidateRanking.Rank`) p50 / p99 / max {split.RankP50:0.0} / {split.RankP99:0.0} / {split.RankMax:0.0} ms.")
            .AppendLine()
            .AppendLine("| the record's candidate query alone (20 runs) | median ms | max ms |")
            .AppendLine("|---|---:|---:|");
        foreach (var p in plans)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {p.Name} | {p.MedianMs:0.0} | {p.MaxMs:0.0} |");
        }
        if (arrivals is { } a)
        {
            report.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Arrivals with matching on, on the filled database (load average before: {a.Load}): **{a.Best.MedianRate:0}/s** at {a.Best.Concurrency} clients, {a.Best.MedianRate / a.Ceiling.InsertsPerSecond:P0} of the same run's ceiling of {a.Ceiling.InsertsPerSecond:0} single-row inserts/s; p50 / p99 {a.Best.P50Ms:0.0} / {a.Best.P99Ms:0.0} ms; host {a.Best.HostCpuMsPerArrival:0.00} + PostgreSQL {a.Best.PostgresCpuMsPerArrival:0.00} ms CPU per arrival; {FixedRate(a.Latency)}")
                .AppendLine()
                .AppendLine("| clients | arrivals/s | p50 ms | p99 ms | errors |")
                .AppendLine("|---:|---:|---:|---:|---:|");
            foreach (var l in a.Levels)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {l.Concurrency} | {l.MedianRate:0} | {l.P50Ms:0.0} | {l.P99Ms:0.0} | {l.Errors} |");
            }
        }
        foreach (var p in plans)
        {
            report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Plan, {p.Name}:").AppendLine("```").Append(p.Plan).AppendLine("```");
        }
        return report.ToString();
    }

    private static string FixedRate(IReadOnlyList<LatencyPoint> latency) =>
        latency.FirstOrDefault(p => p.Fixed && p.TargetRate == 1000) is { Skipped: false } at
            ? string.Create(CultureInfo.InvariantCulture, $"open loop at a fixed 1,000/s p50 / p95 / p99 {at.P50Ms:0.0} / {at.P95Ms:0.0} / {at.P99Ms:0.0} ms.")
            : "fixed 1,000/s skipped (above the maximum).";

    private static int AgeOn(DateOnly born, DateOnly day) => day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);
}
