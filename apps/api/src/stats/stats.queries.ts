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

export const PLATFORM_SUMMARY_SQL = summary('');
export const PLATFORM_PER_DAY_SQL = perDay('');

/** Accounts of each kind: all, and created in the range. */
export const ACCOUNTS_SQL = `
SELECT a.kind,
       count(*)::int AS total,
       count(*) FILTER (WHERE a.created_at >= ${FROM} AND a.created_at < ${UNTIL})::int AS created_in_range
  FROM accounts a
 GROUP BY a.kind`;

/**
 * Demand in the range, from one scan of the range (the CTE is materialised once): the mentors who
 * received the most requests, and by skill the requests sent to mentors offering it ("asked
 * for"), the searches that matched it ("searched for") against the mentors offering it (supply:
 * all, and available = accepting and below capacity). $3 = top mentors, $4 = top skills.
 */
export const DEMAND_SQL = `
WITH demand AS MATERIALIZED (
  SELECT r.mentor_id, count(*)::int AS requests
    FROM mentorship_requests r
   WHERE ${IN_RANGE}
   GROUP BY r.mentor_id
),
top_mentors AS (
  SELECT d.mentor_id, m.name, d.requests, m.active_mentees, m.capacity
    FROM demand d JOIN mentors m ON m.id = d.mentor_id
   ORDER BY d.requests DESC, d.mentor_id
   LIMIT $3
),
asked AS (
  SELECT s.skill, sum(d.requests)::int AS requested
    FROM demand d JOIN mentors m ON m.id = d.mentor_id CROSS JOIN unnest(m.skills) AS s(skill)
   GROUP BY s.skill
),
supply AS (
  SELECT s.skill, count(*)::int AS mentors,
         count(*) FILTER (WHERE m.accepting_requests AND m.active_mentees < m.capacity)::int AS available
    FROM mentors m CROSS JOIN unnest(m.skills) AS s(skill)
   GROUP BY s.skill
),
searched AS (
  SELECT l.skill, sum(l.count)::int AS searched
    FROM search_skill_log l
   WHERE l.day BETWEEN $1::date AND $2::date
   GROUP BY l.skill
),
skills AS (
  SELECT coalesce(sp.skill, a.skill, se.skill) AS skill,
         coalesce(sp.mentors, 0) AS mentors, coalesce(sp.available, 0) AS available,
         coalesce(a.requested, 0) AS requested, coalesce(se.searched, 0) AS searched
    FROM supply sp
    FULL JOIN asked a ON a.skill = sp.skill
    FULL JOIN searched se ON se.skill = coalesce(sp.skill, a.skill)
   ORDER BY coalesce(a.requested, 0) + coalesce(se.searched, 0) DESC, coalesce(sp.mentors, 0) DESC, 1
   LIMIT $4
)
SELECT (SELECT coalesce(json_agg(t ORDER BY t.requests DESC, t.mentor_id), '[]') FROM top_mentors t) AS top_mentors,
       (SELECT coalesce(json_agg(k ORDER BY k.requested + k.searched DESC, k.mentors DESC, k.skill), '[]') FROM skills k) AS skills`;

/** Mentor capacity right now (not range-bound). */
export const CAPACITY_SQL = `
SELECT count(*)::int AS mentors,
       count(*) FILTER (WHERE m.accepting_requests)::int AS accepting,
       count(*) FILTER (WHERE m.active_mentees >= m.capacity)::int AS at_capacity,
       coalesce(sum(m.active_mentees), 0)::int AS active_mentees,
       coalesce(sum(m.capacity), 0)::int AS total_capacity
  FROM mentors m`;

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
