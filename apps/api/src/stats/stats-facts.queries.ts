/**
 * The platform's statistics, read from the daily facts that triggers keep (migration
 * `StatsFacts`): `stat_daily` (folded) plus `stat_deltas` (not folded yet). A fact is
 * (metric, day, key, n); standing figures ("now") are on day '-infinity'. Reading a 30-day range
 * touches at most a few hundred rows per metric and day whatever the number of requests. The top
 * mentors by requests are the exception: they need one figure per mentor, which the requests'
 * index gives as cheaply as per-mentor facts would (`ix_requests_created_stats`, index-only).
 *
 * Parameters: `$1` first day and `$2` last day of the range (`YYYY-MM-DD`, inclusive, UTC).
 */

/** Facts of the given metrics on the days `$1..$2` (folded and not yet folded). */
const facts = (metrics: string, days = `BETWEEN $1::date AND $2::date`): string => `(
    SELECT metric, day, key, n FROM stat_daily WHERE metric IN (${metrics}) AND day ${days}
    UNION ALL
    SELECT metric, day, key, n FROM stat_deltas WHERE metric IN (${metrics}) AND day ${days}
  )`;

/** Standing figures (not range-bound), e.g. supply now. */
const standing = (metrics: string): string => facts(metrics, `= '-infinity'`);

/** Requests created in the range: counts by status and by close reason, answered, accepted answers. */
export const REQUEST_FIGURES_SQL = `
SELECT f.metric, f.key, sum(f.n)::int AS n
  FROM ${facts(`'req.created', 'req.status', 'req.reason', 'req.answered', 'req.accepted_answer'`)} f
 GROUP BY f.metric, f.key
HAVING sum(f.n) <> 0`;

/** Requests created on each day of the range; days without requests are zero. */
export const REQUESTS_PER_DAY_SQL = `
SELECT to_char($1::date + d.i, 'YYYY-MM-DD') AS day, coalesce(c.n, 0)::int AS count
  FROM generate_series(0, $2::date - $1::date) AS d(i)
  LEFT JOIN (SELECT f.day, sum(f.n) AS n FROM ${facts(`'req.created'`)} f GROUP BY f.day) c ON c.day = $1::date + d.i
 ORDER BY d.i`;

/** Accounts of each kind: all, and created in the range. */
export const ACCOUNTS_SQL = `
SELECT f.key AS kind, sum(f.n)::int AS total, coalesce(sum(f.n) FILTER (WHERE f.day BETWEEN $1::date AND $2::date), 0)::int AS created_in_range
  FROM ${facts(`'account.created'`, 'IS NOT NULL')} f
 GROUP BY f.key`;

/** Mentor capacity right now: mentors, accepting, at capacity, Σ active mentees, Σ capacity. */
export const CAPACITY_SQL = `
SELECT f.metric, sum(f.n)::int AS n FROM ${standing(`'mentor.count', 'mentor.accepting', 'mentor.at_capacity', 'mentor.active_mentees', 'mentor.capacity'`)} f
 GROUP BY f.metric`;

/** Every skill tag offered now, asked for or searched for in the range (the input of aliasing). */
export const SKILL_TAGS_SQL = `
SELECT f.key AS skill FROM ${standing(`'mentor.offers'`)} f GROUP BY f.key HAVING sum(f.n) > 0
UNION
SELECT f.key FROM ${facts(`'req.skill'`)} f GROUP BY f.key HAVING sum(f.n) > 0
UNION
SELECT l.skill FROM search_skill_log l WHERE l.day BETWEEN $1::date AND $2::date`;

/**
 * Demand in the range. `$3` top mentors by requests received (from the requests' index); by canonical skill (`$4` raw tags,
 * `$5` their canonical keys): supply now (mentors offering it, and available ones: accepting and
 * below capacity; hidden mentors not at all), requests sent to mentors offering it ("asked for",
 * counted when sent) and searches that matched it ("searched for"). Facts are kept per tag as
 * typed, so a mentor who lists two spellings of one skill (`js` and `javascript`) counts for
 * each: an over-count the canonical skill normalisation of mentor profiles removes.
 */
export const DEMAND_SQL = `
WITH alias AS (
  SELECT * FROM unnest($4::text[], $5::text[]) AS a(raw, key)
),
top_mentors AS (
  SELECT t.mentor_id, m.name, t.requests, m.active_mentees, m.capacity
    FROM (SELECT r.mentor_id, count(*)::int AS requests
            FROM mentorship_requests r
           WHERE r.created_at >= ($1::date)::timestamp AT TIME ZONE 'UTC' AND r.created_at < (($2::date) + 1)::timestamp AT TIME ZONE 'UTC'
           GROUP BY r.mentor_id
           ORDER BY 2 DESC, 1
           LIMIT $3) t
    JOIN mentors m ON m.id = t.mentor_id
),
supply AS (
  SELECT a.key,
         sum(f.n) FILTER (WHERE f.metric = 'mentor.offers') AS mentors,
         sum(f.n) FILTER (WHERE f.metric = 'mentor.available') AS available
    FROM (SELECT f.metric, f.key, sum(f.n) AS n FROM ${standing(`'mentor.offers', 'mentor.available'`)} f GROUP BY f.metric, f.key) f
    JOIN alias a ON a.raw = f.key
   GROUP BY a.key
),
asked AS (
  SELECT a.key, sum(f.n)::int AS requested FROM ${facts(`'req.skill'`)} f JOIN alias a ON a.raw = f.key GROUP BY a.key
),
searched AS (
  SELECT a.key, sum(l.count)::int AS searched
    FROM search_skill_log l JOIN alias a ON a.raw = l.skill
   WHERE l.day BETWEEN $1::date AND $2::date
   GROUP BY a.key
),
skills AS (
  SELECT t.key AS skill, t.aliases,
         coalesce(sp.mentors, 0)::int AS mentors, coalesce(sp.available, 0)::int AS available,
         coalesce(ak.requested, 0) AS requested, coalesce(se.searched, 0) AS searched
    FROM (SELECT a.key, array_agg(a.raw ORDER BY a.raw) AS aliases FROM alias a GROUP BY a.key) t
    LEFT JOIN supply sp ON sp.key = t.key
    LEFT JOIN asked ak ON ak.key = t.key
    LEFT JOIN searched se ON se.key = t.key
)
SELECT (SELECT coalesce(json_agg(t ORDER BY t.requests DESC, t.mentor_id), '[]') FROM top_mentors t) AS top_mentors,
       (SELECT coalesce(json_agg(k), '[]') FROM skills k) AS skills`;

/**
 * The admin time series: per day of the range, sign-ups by kind, searches, requests created,
 * accepted (by the day of the mentor's answer) and completed (by the day they closed). The
 * service groups days into weeks.
 */
export const SERIES_FACTS_SQL = `
SELECT to_char(f.day, 'YYYY-MM-DD') AS day, f.metric, f.key, sum(f.n)::int AS n
  FROM ${facts(`'account.created', 'req.created', 'req.accepted_on', 'req.completed_on'`)} f
 GROUP BY f.day, f.metric, f.key
HAVING sum(f.n) <> 0
UNION ALL
SELECT to_char(l.day, 'YYYY-MM-DD'), 'searches', '', l.searches FROM search_daily_log l WHERE l.day BETWEEN $1::date AND $2::date`;

/**
 * Response-time histograms per day of the range: `$3` = 'req.response' (requests created that
 * day) or 'req.answer_time_on' (requests answered that day). Folded days come as one array
 * (`counts[i]` requests in bucket i), deltas not folded yet as (bucket, n) rows.
 */
export const HISTOGRAMS_SQL = `
SELECT to_char(h.day, 'YYYY-MM-DD') AS day, h.counts, NULL::int AS bucket, NULL::int AS n
  FROM stat_histograms h WHERE h.metric = $3 AND h.day BETWEEN $1::date AND $2::date
UNION ALL
SELECT to_char(d.day, 'YYYY-MM-DD'), NULL, d.key::int, d.n
  FROM stat_deltas d WHERE d.metric = $3 AND d.day BETWEEN $1::date AND $2::date`;

/** The metrics kept as histograms in stat_histograms (the others in stat_daily). */
const HISTOGRAMS = `'req.response', 'req.answer_time_on'`;

/**
 * Folds the deltas into the daily counts and histograms, in one statement: what a concurrent fold already took
 * is not seen twice (DELETE ... RETURNING), rows are upserted in key order (no deadlock between
 * two replicas folding at once), and deltas inserted meanwhile wait for the next fold.
 */
export const FOLD_SQL = `
WITH moved AS (DELETE FROM stat_deltas RETURNING metric, day, key, n),
counts AS (
  INSERT INTO stat_daily AS s (metric, day, key, n)
  SELECT metric, day, key, sum(n)::int FROM moved WHERE metric NOT IN (${HISTOGRAMS})
   GROUP BY metric, day, key ORDER BY metric, day, key
  ON CONFLICT (metric, day, key) DO UPDATE SET n = s.n + EXCLUDED.n
)
INSERT INTO stat_histograms AS h (metric, day, counts)
SELECT metric, day, stat_counts(array_agg(key::int), array_agg(n)) FROM moved WHERE metric IN (${HISTOGRAMS})
 GROUP BY metric, day ORDER BY metric, day
ON CONFLICT (metric, day) DO UPDATE SET counts = stat_add_counts(h.counts, EXCLUDED.counts)`;
