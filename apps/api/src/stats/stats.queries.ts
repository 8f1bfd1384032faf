/**
 * Every statistics query, as SQL text, so that the repository runs exactly what the benchmark
 * EXPLAINs (bench/stats imports this module from the built output).
 *
 * Parameters: `$1` first day and `$2` last day of the range (`YYYY-MM-DD`, inclusive, UTC);
 * mentor queries take the mentor id as `$3`. A request belongs to the range by `created_at`.
 * Indexes: `ix_requests_created_stats` (created_at) INCLUDE (mentor_id, status, responded_at) for
 * the platform range scans (index-only; close_reason included too), `ix_requests_mentor` (mentor_id, created_at, id) INCLUDE
 * (status, responded_at, close_reason) and `ix_requests_mentor_status` (mentor_id, status) INCLUDE (closed_at)
 * for one mentor (index-only), `ix_mentors_rating` for the best rated,
 * `search_skill_log`'s primary key (day, skill) for search demand.
 */

const FROM = `(($1::date)::timestamp AT TIME ZONE 'UTC')`;
const UNTIL = `((($2::date) + 1)::timestamp AT TIME ZONE 'UTC')`;
const IN_RANGE = `r.created_at >= ${FROM} AND r.created_at < ${UNTIL}`;

/**
 * Requests created in the range: by current status; rejections and cancellations by reason; answered = the mentor answered
 * (responded_at set); accepted answers = answered and not rejected (accepted, completed, or
 * cancelled after acceptance); median seconds from creation to first answer (percentile_cont:
 * the mean of the two middle values for an even count; date_part is float8, cheaper than the
 * numeric of extract()).
 */
const summary = (scope: string) => `
SELECT count(*)::int AS total,
       count(*) FILTER (WHERE r.status = 'pending')::int AS pending,
       count(*) FILTER (WHERE r.status = 'accepted')::int AS accepted,
       count(*) FILTER (WHERE r.status = 'rejected')::int AS rejected,
       count(*) FILTER (WHERE r.status = 'cancelled')::int AS cancelled,
       count(*) FILTER (WHERE r.status = 'completed')::int AS completed,
       count(*) FILTER (WHERE r.status = 'expired')::int AS expired,
       count(*) FILTER (WHERE r.close_reason = 'no_capacity')::int AS reason_no_capacity,
       count(*) FILTER (WHERE r.close_reason = 'outside_expertise')::int AS reason_outside_expertise,
       count(*) FILTER (WHERE r.close_reason = 'schedule')::int AS reason_schedule,
       count(*) FILTER (WHERE r.close_reason = 'not_a_fit')::int AS reason_not_a_fit,
       count(*) FILTER (WHERE r.close_reason = 'other')::int AS reason_other,
       count(*) FILTER (WHERE r.status IN ('rejected', 'cancelled') AND r.close_reason IS NULL)::int AS reason_unspecified,
       count(*) FILTER (WHERE r.responded_at IS NOT NULL)::int AS answered,
       count(*) FILTER (WHERE r.responded_at IS NOT NULL AND r.status <> 'rejected')::int AS accepted_answers,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', r.responded_at - r.created_at))
         FILTER (WHERE r.responded_at IS NOT NULL) AS median_response_seconds
  FROM mentorship_requests r
 WHERE ${IN_RANGE}${scope}`;

/** Requests created on each day of the range; days without requests are zero (generate_series). */
const perDay = (scope: string) => `
SELECT to_char($1::date + d.i, 'YYYY-MM-DD') AS day, coalesce(c.n, 0)::int AS count
  FROM generate_series(0, $2::date - $1::date) AS d(i)
  LEFT JOIN (
        SELECT (r.created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n
          FROM mentorship_requests r
         WHERE ${IN_RANGE}${scope}
         GROUP BY 1
       ) c ON c.day = $1::date + d.i
 ORDER BY d.i`;

const ONE_MENTOR = `\n   AND r.mentor_id = $3`;

export const MENTOR_SUMMARY_SQL = summary(ONE_MENTOR);
export const MENTOR_PER_DAY_SQL = perDay(ONE_MENTOR);

/** The mentor's standing figures (not range-bound) and completed mentorships, in range and ever. */
export const MENTOR_PROFILE_SQL = `
SELECT m.capacity, m.active_mentees, m.accepting_requests,
       m.rating_count, m.rating_sum, m.rating_distribution, m.rating_score,
       (SELECT count(*)::int FROM mentorship_requests r WHERE r.mentor_id = m.id AND r.status = 'completed') AS completed_all_time,
       (SELECT count(*)::int FROM mentorship_requests r
         WHERE r.mentor_id = m.id AND r.status = 'completed' AND r.closed_at >= ${FROM} AND r.closed_at < ${UNTIL}) AS completed_in_range
  FROM mentors m
 WHERE m.id = $3`;

/** Best rated by the Bayesian score (the order search uses), rated mentors only. $1 = how many. */
export const TOP_RATED_SQL = `
SELECT m.id AS mentor_id, m.name, m.rating_score, m.rating_count, m.rating_sum
  FROM mentors m
 WHERE m.rating_count > 0
 ORDER BY m.rating_score DESC, m.created_at DESC, m.id DESC
 LIMIT $1`;

/** Adds one day's search counts: $1 day, $2 skills, $3 counts (sorted by skill: no deadlocks). */
export const ADD_SEARCH_DEMAND_SQL = `
INSERT INTO search_skill_log AS l (day, skill, count)
SELECT $1::date, s.skill, s.n
  FROM unnest($2::text[], $3::int[]) AS s(skill, n)
 ORDER BY s.skill
ON CONFLICT (day, skill) DO UPDATE SET count = l.count + EXCLUDED.count`;

/** Adds $2 searches to day $1. */
export const ADD_SEARCHES_SQL = `
INSERT INTO search_daily_log AS l (day, searches) VALUES ($1::date, $2::int)
ON CONFLICT (day) DO UPDATE SET searches = l.searches + EXCLUDED.searches`;
