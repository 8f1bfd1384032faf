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

/** Every distinct skill tag mentors offer or searches matched in the range (the input of aliasing). */
export const SKILL_TAGS_SQL = `
SELECT DISTINCT s.skill FROM mentors m CROSS JOIN unnest(m.skills) AS s(skill) WHERE NOT m.hidden
UNION
SELECT DISTINCT l.skill FROM search_skill_log l WHERE l.day BETWEEN $1::date AND $2::date`;

/**
 * Demand in the range, from one scan of the range (the CTE is materialised once): the mentors who
 * received the most requests, and by canonical skill ($4 raw tags, $5 their canonical keys, from
 * the search analyser's alias table) the requests sent to mentors offering it ("asked for"), the
 * searches that matched it ("searched for") against the listed mentors offering it (supply: all,
 * and available = accepting and below capacity). A mentor counts once per key even when listing
 * two aliases of it. Every key is returned; the service sorts and cuts. $3 = top mentors.
 */
export const DEMAND_SQL = `
WITH demand AS MATERIALIZED (
  SELECT r.mentor_id, count(*)::int AS requests
    FROM mentorship_requests r
   WHERE ${IN_RANGE}
   GROUP BY r.mentor_id
),
alias AS (
  SELECT * FROM unnest($4::text[], $5::text[]) AS a(raw, key)
),
top_mentors AS (
  SELECT d.mentor_id, m.name, d.requests, m.active_mentees, m.capacity
    FROM demand d JOIN mentors m ON m.id = d.mentor_id
   ORDER BY d.requests DESC, d.mentor_id
   LIMIT $3
),
mentor_keys AS (
  SELECT DISTINCT m.id, a.key, m.accepting_requests AND m.active_mentees < m.capacity AS available
    FROM mentors m CROSS JOIN unnest(m.skills) AS s(skill) JOIN alias a ON a.raw = s.skill
   WHERE NOT m.hidden
),
asked AS (
  SELECT k.key, sum(d.requests)::int AS requested
    FROM demand d JOIN mentor_keys k ON k.id = d.mentor_id
   GROUP BY k.key
),
supply AS (
  SELECT k.key, count(*)::int AS mentors, count(*) FILTER (WHERE k.available)::int AS available
    FROM mentor_keys k
   GROUP BY k.key
),
searched AS (
  SELECT a.key, sum(l.count)::int AS searched
    FROM search_skill_log l JOIN alias a ON a.raw = l.skill
   WHERE l.day BETWEEN $1::date AND $2::date
   GROUP BY a.key
),
tags AS (
  SELECT a.key, array_agg(a.raw ORDER BY a.raw) AS aliases FROM alias a GROUP BY a.key
),
skills AS (
  SELECT t.key AS skill, t.aliases,
         coalesce(sp.mentors, 0) AS mentors, coalesce(sp.available, 0) AS available,
         coalesce(ak.requested, 0) AS requested, coalesce(se.searched, 0) AS searched
    FROM tags t
    LEFT JOIN supply sp ON sp.key = t.key
    LEFT JOIN asked ak ON ak.key = t.key
    LEFT JOIN searched se ON se.key = t.key
)
SELECT (SELECT coalesce(json_agg(t ORDER BY t.requests DESC, t.mentor_id), '[]') FROM top_mentors t) AS top_mentors,
       (SELECT coalesce(json_agg(k), '[]') FROM skills k) AS skills`;

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

/** Adds $2 searches to day $1. */
export const ADD_SEARCHES_SQL = `
INSERT INTO search_daily_log AS l (day, searches) VALUES ($1::date, $2::int)
ON CONFLICT (day) DO UPDATE SET searches = l.searches + EXCLUDED.searches`;

/**
 * The admin time series: one row per bucket ($3 = 'day' or 'week'; ISO weeks start on Monday, a
 * bucket is labelled by its first day and the first and last weeks may be partial) of the range
 * $1..$2 (UTC days, inclusive): sign-ups by kind, searches, requests created, accepted (by the day of
 * the mentor's answer), completed (by the day they were closed) and the median seconds from
 * creation to answer of the requests answered in the bucket.
 */
export const SERIES_SQL = `
WITH buckets AS (
  SELECT DISTINCT date_trunc($3, d)::date AS bucket
    FROM generate_series($1::date::timestamp, $2::date::timestamp, interval '1 day') AS g(d)
),
signups AS (
  SELECT date_trunc($3, a.created_at AT TIME ZONE 'UTC')::date AS bucket,
         count(*) FILTER (WHERE a.kind = 'student')::int AS students,
         count(*) FILTER (WHERE a.kind = 'mentor')::int AS mentors,
         count(*) FILTER (WHERE a.kind = 'admin')::int AS admins
    FROM accounts a
   WHERE a.created_at >= ${FROM} AND a.created_at < ${UNTIL}
   GROUP BY 1
),
searches AS (
  SELECT date_trunc($3, l.day::timestamp)::date AS bucket, sum(l.searches)::int AS searches
    FROM search_daily_log l
   WHERE l.day BETWEEN $1::date AND $2::date
   GROUP BY 1
),
created AS (
  SELECT date_trunc($3, r.created_at AT TIME ZONE 'UTC')::date AS bucket, count(*)::int AS created
    FROM mentorship_requests r
   WHERE ${IN_RANGE}
   GROUP BY 1
),
answered AS (
  SELECT date_trunc($3, r.responded_at AT TIME ZONE 'UTC')::date AS bucket,
         count(*) FILTER (WHERE r.status <> 'rejected')::int AS accepted,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', r.responded_at - r.created_at)) AS median_response_seconds
    FROM mentorship_requests r
   WHERE r.responded_at >= ${FROM} AND r.responded_at < ${UNTIL}
   GROUP BY 1
),
completed AS (
  SELECT date_trunc($3, r.closed_at AT TIME ZONE 'UTC')::date AS bucket, count(*)::int AS completed
    FROM mentorship_requests r
   WHERE r.status = 'completed' AND r.closed_at >= ${FROM} AND r.closed_at < ${UNTIL}
   GROUP BY 1
)
SELECT to_char(k.bucket, 'YYYY-MM-DD') AS bucket,
       coalesce(s.students, 0) AS students, coalesce(s.mentors, 0) AS mentors, coalesce(s.admins, 0) AS admins,
       coalesce(se.searches, 0) AS searches, coalesce(c.created, 0) AS created,
       coalesce(an.accepted, 0) AS accepted, coalesce(co.completed, 0) AS completed,
       an.median_response_seconds
  FROM buckets k
  LEFT JOIN signups s ON s.bucket = k.bucket
  LEFT JOIN searches se ON se.bucket = k.bucket
  LEFT JOIN created c ON c.bucket = k.bucket
  LEFT JOIN answered an ON an.bucket = k.bucket
  LEFT JOIN completed co ON co.bucket = k.bucket
 ORDER BY k.bucket`;
