namespace Reception.Silo.Records;

/// <summary>
/// The queries behind the daily figures, the same text for both engines (docs/record.md, "Daily figures", gives
/// them for psql). Parameters: @key (point code or program id), @from and @to (inclusive days).
/// </summary>
internal static class DailyFiguresSql
{
    /// <summary>Rows (day, figure, count) where figure is arrived, assessed, departed, transferred, referred or served.</summary>
    public const string PointCounts = """
        SELECT day, figure, count(*) FROM (
            SELECT arrival_local_date AS day, 'arrived' AS figure FROM reception_case
             WHERE point_code = @key AND arrival_local_date BETWEEN @from AND @to
            UNION ALL
            SELECT first_assessed_local_date, 'assessed' FROM reception_case
             WHERE point_code = @key AND first_assessed_local_date BETWEEN @from AND @to
            UNION ALL
            SELECT exit_local_date, exit_kind FROM reception_case
             WHERE point_code = @key AND exit_local_date BETWEEN @from AND @to
            UNION ALL
            SELECT created_local_date, 'referred' FROM reception_referral
             WHERE point_code = @key AND created_local_date BETWEEN @from AND @to
            UNION ALL
            SELECT closed_local_date, 'served' FROM reception_referral
             WHERE point_code = @key AND status = 'completed' AND closed_local_date BETWEEN @from AND @to
        ) AS figures
        GROUP BY day, figure
        """;

    /// <summary>Rows (day, arrived_at, first_service_at): one per case first served that day.</summary>
    public const string FirstServices = """
        SELECT first_service_local_date, arrived_at, first_service_at FROM reception_case
         WHERE point_code = @key AND first_service_local_date BETWEEN @from AND @to
        """;

    /// <summary>Rows (day, category, count).</summary>
    public const string UnmetNeeds = """
        SELECT local_date, category, count(*) FROM reception_unmet_need
         WHERE point_code = @key AND local_date BETWEEN @from AND @to
         GROUP BY local_date, category
        """;

    /// <summary>Rows (day, figure, count) where figure is received, accepted, declined, completed or cancelled.</summary>
    public const string ProgramCounts = """
        SELECT day, figure, count(*) FROM (
            SELECT created_program_date AS day, 'received' AS figure FROM reception_referral
             WHERE program_id = @key AND created_program_date BETWEEN @from AND @to
            UNION ALL
            SELECT accepted_program_date, 'accepted' FROM reception_referral
             WHERE program_id = @key AND accepted_program_date BETWEEN @from AND @to
            UNION ALL
            SELECT closed_program_date, status FROM reception_referral
             WHERE program_id = @key AND closed_program_date BETWEEN @from AND @to
        ) AS figures
        GROUP BY day, figure
        """;
}
