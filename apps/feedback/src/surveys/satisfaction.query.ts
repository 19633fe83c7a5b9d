import { SatisfactionGroupBy, SatisfactionPeriod, SatisfactionQueryDto, SatisfactionRowDto } from '@hospital/contracts';
import { DataSource } from 'typeorm';

const KEY: Record<SatisfactionGroupBy, string> = {
  [SatisfactionGroupBy.Department]: `r."department"`,
  [SatisfactionGroupBy.Staff]: `r."staff_id"::text`,
  [SatisfactionGroupBy.Channel]: `r."channel"`,
};

// $3 is the hospital time zone: weeks start on Monday and months on the 1st there, not in UTC.
const PERIOD: Record<SatisfactionPeriod | 'none', string> = {
  [SatisfactionPeriod.Week]: `to_char(date_trunc('week', r."answered_at" AT TIME ZONE $3), 'YYYY-MM-DD')`,
  [SatisfactionPeriod.Month]: `to_char(r."answered_at" AT TIME ZONE $3, 'YYYY-MM')`,
  none: `NULL::text`,
};

/**
 * Responses, mean, CSAT and NPS per group (and period) of the days from..to in the hospital's
 * time zone, all computed by Postgres. CSAT counts only responses with Likert answers, NPS only
 * those with an NPS answer; staff rows carry the staff member's name.
 */
export async function satisfactionRows(db: DataSource, query: SatisfactionQueryDto, timeZone: string): Promise<SatisfactionRowDto[]> {
  const key = KEY[query.groupBy];
  const period = PERIOD[query.period ?? 'none'];
  const label = query.groupBy === SatisfactionGroupBy.Staff ? `max(s."name")` : `NULL::text`;
  return (await db.query(
    `SELECT ${key} AS "key", ${period} AS "period", ${label} AS "label",
            count(*)::int AS "responses",
            round(avg(r."likert_mean")::numeric, 2)::float8 AS "mean",
            round(100.0 * count(*) FILTER (WHERE r."likert_mean" >= 4) / NULLIF(count(r."likert_mean"), 0), 1)::float8 AS "csat",
            round(100.0 * (count(*) FILTER (WHERE r."nps" >= 9) - count(*) FILTER (WHERE r."nps" <= 6)) / NULLIF(count(r."nps"), 0), 1)::float8 AS "nps"
     FROM "feedback"."survey_responses" r
     LEFT JOIN "feedback"."staff_directory" s ON s."id" = r."staff_id"
     WHERE r."answered_at" >= ($1::date::timestamp AT TIME ZONE $3) AND r."answered_at" < (($2::date + 1)::timestamp AT TIME ZONE $3)
     GROUP BY 1, 2
     ORDER BY 2 NULLS FIRST, 1 NULLS LAST`,
    [query.from, query.to, timeZone],
  )) as SatisfactionRowDto[];
}
