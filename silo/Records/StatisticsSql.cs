namespace Reception.Silo.Records;

/// <summary>
/// The queries behind the statistics (docs/record.md, "Statistics", gives them for psql). <c>{where}</c> is the
/// filter on the cases (alias <c>c</c>): the arrival's local day in @from..@to, and the points and the
/// destination state when given; <c>{programs}</c> narrows referrals (alias <c>r</c>) to programs; the bulletin
/// and its totals take a <see cref="StatisticsScope"/>. The few expressions the engines spell differently come
/// from the engine's class. The bulletin's age groups and accompaniment are defined here only: the monthly counts
/// keep the columns as recorded.
/// </summary>
internal static class StatisticsSql
{
    /// <summary>The bulletin's age group: 0-11 and 12-17 as recorded, 18-59 and 60+ together, no age "unknown".</summary>
    private const string AgeGroup =
        "CASE WHEN c.age_group IS NULL THEN 'unknown' WHEN c.age_group IN ('0-11', '12-17') THEN c.age_group ELSE '18+' END";

    /// <summary>Only minors are accompanied or not: the bulletin's dichotomy, unaccompanied when flagged so.</summary>
    private const string Accompaniment =
        "CASE WHEN c.age_group IN ('0-11', '12-17') THEN CASE WHEN c.unaccompanied_minor THEN 'unaccompanied' ELSE 'accompanied' END ELSE 'notApplicable' END";

    /// <summary>
    /// Persons over rows <c>g</c> grouped by <c>person_id</c> from <see cref="Counted"/>: the cases <c>n</c> less, for each
    /// person with <c>r</c> &gt; 1 of its cases in the group, the r - 1 beyond its first.
    /// </summary>
    private const string PeopleOfCounted = "sum(g.n) - sum(CASE WHEN g.r > 1 THEN g.r - 1 ELSE 0 END)";

    /// <summary>
    /// The bulletin's cells over <see cref="Counted"/>: cases and distinct persons by point, sex, bulletin age group,
    /// accompaniment and origin state.
    /// </summary>
    public static string Bulletin(StatisticsScope scope) => $"""
        SELECT g.point_code, g.sex, g.age_group, g.accompaniment, g.origin_state, sum(g.n), {PeopleOfCounted}
          FROM (SELECT c.point_code, c.sex, {AgeGroup} AS age_group, {Accompaniment} AS accompaniment, c.origin_state, c.person_id,
                       sum(c.n) AS n, sum(c.r) AS r
                  FROM ({Counted(scope)}) c
                 GROUP BY c.point_code, c.sex, {AgeGroup}, {Accompaniment}, c.origin_state, c.person_id) g
         GROUP BY g.point_code, g.sex, g.age_group, g.accompaniment, g.origin_state
        HAVING sum(g.n) > 0
        """;

    /// <summary>Cases and distinct persons of the whole scope over <see cref="Counted"/>.</summary>
    public static string Totals(StatisticsScope scope) => $"""
        SELECT coalesce(sum(g.n), 0), coalesce({PeopleOfCounted}, 0)
          FROM (SELECT c.person_id, sum(c.n) AS n, sum(c.r) AS r FROM ({Counted(scope)}) c GROUP BY c.person_id) g
        """;

    public static string Arrivals(string where) => $"""
        SELECT c.arrival_local_date, c.point_code, count(*), count(c.notice_id)
          FROM reception_case c WHERE {where}
         GROUP BY c.arrival_local_date, c.point_code
        """;

    public static string UnmetNeeds(string where) => $"""
        SELECT n.category, c.point_code, c.destination_state, count(*)
          FROM reception_unmet_need n JOIN reception_case c ON c.case_id = n.case_id
         WHERE {where}
         GROUP BY n.category, c.point_code, c.destination_state
        """;

    public static string Referrals(string where, string programs) => $"""
        SELECT r.program_id, c.point_code, r.status, count(*)
          FROM reception_referral r JOIN reception_case c ON c.case_id = r.case_id
         WHERE {where} {programs}
         GROUP BY r.program_id, c.point_code, r.status
        """;

    /// <summary><paramref name="documents"/> is the cases with one row per held document (<c>none</c> when none), <paramref name="document"/> its value.</summary>
    public static string Profile(string where, string documents, string document)
    {
        const string assessed = "c.education_level IS NOT NULL";
        string Dimension(string name, string value) => $"""
            SELECT c.destination_state, c.point_code, '{name}', {value}, count(*)
              FROM reception_case c WHERE {where} AND {assessed}
             GROUP BY c.destination_state, c.point_code, {value}
            """;
        return string.Join("\nUNION ALL\n",
            Dimension("educationLevel", "c.education_level"),
            Dimension("englishLevel", "coalesce(c.english_level, 'notStated')"),
            Dimension("occupation", "coalesce(nullif(lower(trim(c.occupation)), ''), 'notStated')"),
            Dimension("yearsAbroad", "CASE WHEN c.years_abroad IS NULL THEN 'notStated' WHEN c.years_abroad < 2 THEN '0-1' WHEN c.years_abroad < 5 THEN '2-4' " +
                "WHEN c.years_abroad < 10 THEN '5-9' WHEN c.years_abroad < 20 THEN '10-19' ELSE '20+' END"),
            $"""
            SELECT c.destination_state, c.point_code, 'documentsHeld', {document}, count(*)
              FROM {documents} WHERE {where} AND {assessed}
             GROUP BY c.destination_state, c.point_code, {document}
            """);
    }

    public static string ProfileCounts(string where) => $"SELECT count(*), count(c.education_level) FROM reception_case c WHERE {where}";

    public static string Waits(string where, string vulnerable, string seconds) => $"""
        SELECT {vulnerable}, ({seconds} + 59) / 60, count(*)
          FROM reception_case c WHERE {where} AND c.first_service_at IS NOT NULL
         GROUP BY {vulnerable}, ({seconds} + 59) / 60
        """;

    public static string Declines(string where, string programs, string referralFact, string textFact) => $"""
        SELECT r.program_id, coalesce(nullif(trim({textFact}), ''), 'notStated'), count(*)
          FROM reception_case c
          JOIN reception_referral r ON r.case_id = c.case_id AND r.status = 'declined'
          JOIN reception_case_event e ON e.case_id = c.case_id AND e.action = 'referral declined' AND {referralFact} = r.referral_id
         WHERE {where} {programs}
         GROUP BY r.program_id, coalesce(nullif(trim({textFact}), ''), 'notStated')
        """;

    /// <summary>
    /// The period's cases by the columns the bulletin counts, as recorded, as rows (point_code, sex, age_group,
    /// unaccompanied_minor, origin_state, person_id, n, r), so that grouped by person as well a group's r tells how
    /// many of its n cases one person has, and every other case is one person: the whole months from
    /// <c>reception_statistics_month</c> and the days of the partial months at either end from the cases, n cases
    /// each with no person; and each case in the period of a person with more than one case
    /// (<c>reception_statistics_repeat</c>) with its person, r = 1 (db/postgres/010_statistics_rollup.sql). Without
    /// <see cref="StatisticsScope.Months"/> (no whole month in the period, or a filter those tables do not have),
    /// every case with its person.
    /// </summary>
    private static string Counted(StatisticsScope scope) => scope.Months is null
        ? $"""
            SELECT c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, c.person_id, 1 AS n,
                   CASE WHEN c.person_id IS NULL THEN 0 ELSE 1 END AS r
              FROM reception_case c WHERE {scope.Cases}
            """
        : string.Join("\nUNION ALL\n", [
            $"""
            SELECT c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, NULL AS person_id, c.cases AS n, 0 AS r
              FROM reception_statistics_month c WHERE {scope.Months}
            """,
            .. (scope.PartialMonths ?? []).Select(days => $"""
            SELECT c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, NULL, count(*), 0
              FROM reception_case c WHERE {days}
             GROUP BY c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state
            """),
            $"""
            SELECT c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, c.person_id, 0, 1
              FROM reception_statistics_repeat c WHERE {scope.Cases}
            """]);
}
