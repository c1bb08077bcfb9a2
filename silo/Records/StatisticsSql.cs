namespace Reception.Silo.Records;

/// <summary>
/// The queries behind the statistics (docs/record.md, "Statistics", gives them for psql). <c>{where}</c> is the
/// filter on the cases (alias <c>c</c>): the arrival's local day in @from..@to, and the points and the
/// destination state when given; <c>{programs}</c> narrows referrals (alias <c>r</c>) to programs. The few
/// expressions the engines spell differently come from the engine's class.
/// </summary>
internal static class StatisticsSql
{
    /// <summary>The bulletin's age group: 0-11 and 12-17 as recorded, 18-59 and 60+ together, no age "unknown".</summary>
    private const string AgeGroup =
        "CASE WHEN c.age_group IS NULL THEN 'unknown' WHEN c.age_group IN ('0-11', '12-17') THEN c.age_group ELSE '18+' END";

    /// <summary>Only minors are accompanied or not: the bulletin's dichotomy, unaccompanied when flagged so.</summary>
    private const string Accompaniment =
        "CASE WHEN c.age_group IN ('0-11', '12-17') THEN CASE WHEN c.unaccompanied_minor THEN 'unaccompanied' ELSE 'accompanied' END ELSE 'notApplicable' END";

    /// <summary>Distinct persons: linked cases by person, each unlinked case as one.</summary>
    private const string People = "count(DISTINCT c.person_id) + coalesce(sum(CASE WHEN c.person_id IS NULL THEN 1 ELSE 0 END), 0)";

    public static string Bulletin(string where) => $"""
        SELECT c.point_code, c.sex, {AgeGroup}, {Accompaniment}, c.origin_state, count(*), {People}
          FROM reception_case c WHERE {where}
         GROUP BY c.point_code, c.sex, {AgeGroup}, {Accompaniment}, c.origin_state
        """;

    public static string Totals(string where) => $"SELECT count(*), {People} FROM reception_case c WHERE {where}";

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
}
