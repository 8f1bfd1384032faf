import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics kept incrementally: every change to a request, a mentor or an account writes the
 * difference it makes to the daily statistics as rows of `stat_deltas`, from a trigger in the
 * same transaction (so figures can never disagree with the data, races included). Deltas are
 * insert-only: no shared counter row is locked, so request transactions neither wait on each
 * other nor deadlock. The application folds deltas into `stat_daily` (counts) and
 * `stat_histograms` (response times, one array per day) every few seconds; readers add both.
 * See docs/statistics-and-metrics.md.
 *
 * A fact is (metric, day, key, n). `day` is the UTC day the fact belongs to; standing figures
 * ("now", e.g. supply) use day '-infinity'.
 */
/** "Asked for": a new request counts for the skills its mentor offers when it is sent. */
const ASKED_FOR = `
          IF TG_OP = 'INSERT' THEN
            INSERT INTO stat_deltas (metric, day, key, n)
            SELECT DISTINCT 'req.skill', (NEW.created_at AT TIME ZONE 'UTC')::date, s.skill, 1
              FROM mentors m CROSS JOIN unnest(m.skills) AS s(skill)
             WHERE m.id = NEW.mentor_id;
          END IF;`;

/** The metrics kept as histograms (key = bucket) in stat_histograms rather than stat_daily. */
const HISTOGRAMS = `'req.response', 'req.answer_time_on'`;

const TRIGGERS: [table: string, facts: string, extra: string][] = [
  ['mentorship_requests', 'stat_request_facts', ASKED_FOR],
  ['mentors', 'stat_mentor_facts', ''],
  ['accounts', 'stat_account_facts', ''],
];

export class StatsFacts1797400000000 implements MigrationInterface {
  name = 'StatsFacts1797400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_daily (
        metric text NOT NULL,
        day date NOT NULL,
        key text NOT NULL,
        n integer NOT NULL,
        CONSTRAINT pk_stat_daily PRIMARY KEY (metric, day, key)
      )`);
    await q.query(`
      CREATE TABLE stat_deltas (
        id bigserial PRIMARY KEY,
        metric text NOT NULL,
        day date NOT NULL,
        key text NOT NULL,
        n integer NOT NULL
      )`);

    // Response-time histograms, one row per metric and day: counts[i + 1] requests in bucket i.
    await q.query(`
      CREATE TABLE stat_histograms (
        metric text NOT NULL,
        day date NOT NULL,
        counts integer[] NOT NULL,
        CONSTRAINT pk_stat_histograms PRIMARY KEY (metric, day)
      )`);
    await q.query(`
      CREATE FUNCTION stat_counts(buckets integer[], ns integer[]) RETURNS integer[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(coalesce(x.n, 0) ORDER BY g.i)
          FROM generate_series(0, (SELECT max(b) FROM unnest(buckets) AS b)) AS g(i)
          LEFT JOIN (SELECT u.b, sum(u.n)::int AS n FROM unnest(buckets, ns) AS u(b, n) GROUP BY u.b) x ON x.b = g.i
      $$`);
    await q.query(`
      CREATE FUNCTION stat_add_counts(a integer[], b integer[]) RETURNS integer[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(coalesce(u.x, 0) + coalesce(u.y, 0) ORDER BY u.i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
      $$`);

    // Response times in log buckets of ratio 1.02 from 1 ms (bucket 0: up to 1 ms): a median read
    // from the buckets is within 1 % of the exact one (see stats-histogram.ts).
    await q.query(`
      CREATE FUNCTION stat_response_bucket(seconds double precision) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN seconds <= 0.001 THEN '0' ELSE ceil(ln(seconds * 1000) / ln(1.02))::int::text END
      $$`);

    await q.query(`
      CREATE FUNCTION stat_request_facts(r mentorship_requests) RETURNS TABLE (metric text, day date, key text, n integer)
      LANGUAGE sql STABLE AS $$
        WITH d AS (
          SELECT (r.created_at AT TIME ZONE 'UTC')::date AS created,
                 (r.responded_at AT TIME ZONE 'UTC')::date AS responded,
                 (r.closed_at AT TIME ZONE 'UTC')::date AS closed,
                 stat_response_bucket(date_part('epoch', r.responded_at - r.created_at)) AS bucket
        )
        SELECT f.metric, f.day, f.key, 1 FROM d, LATERAL (VALUES
          ('req.created', d.created, ''),
          ('req.status', d.created, r.status::text),
          ('req.reason', d.created, CASE WHEN r.close_reason IS NOT NULL THEN r.close_reason::text
                                         WHEN r.status IN ('rejected', 'cancelled') THEN 'unspecified' END),
          ('req.answered', CASE WHEN r.responded_at IS NOT NULL THEN d.created END, ''),
          ('req.accepted_answer', CASE WHEN r.responded_at IS NOT NULL AND r.status <> 'rejected' THEN d.created END, ''),
          ('req.response', CASE WHEN r.responded_at IS NOT NULL THEN d.created END, d.bucket),
          ('req.accepted_on', CASE WHEN r.status <> 'rejected' THEN d.responded END, ''),
          ('req.answer_time_on', d.responded, d.bucket),
          ('req.completed_on', CASE WHEN r.status = 'completed' THEN d.closed END, '')
        ) AS f(metric, day, key)
        WHERE f.day IS NOT NULL AND f.key IS NOT NULL
      $$`);

    await q.query(`
      CREATE FUNCTION stat_mentor_facts(m mentors) RETURNS TABLE (metric text, day date, key text, n integer)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT 'mentor.offers', '-infinity'::date, s.skill, 1
          FROM (SELECT DISTINCT unnest(m.skills) AS skill) s WHERE NOT m.hidden
        UNION ALL
        SELECT 'mentor.available', '-infinity'::date, s.skill, 1
          FROM (SELECT DISTINCT unnest(m.skills) AS skill) s
         WHERE NOT m.hidden AND m.accepting_requests AND m.active_mentees < m.capacity
        UNION ALL
        SELECT f.metric, '-infinity'::date, '', f.n FROM (VALUES
          ('mentor.count', 1),
          ('mentor.accepting', CASE WHEN m.accepting_requests THEN 1 END),
          ('mentor.at_capacity', CASE WHEN m.active_mentees >= m.capacity THEN 1 END),
          ('mentor.active_mentees', NULLIF(m.active_mentees, 0)),
          ('mentor.capacity', NULLIF(m.capacity::int, 0))
        ) AS f(metric, n)
        WHERE f.n IS NOT NULL
      $$`);

    await q.query(`
      CREATE FUNCTION stat_account_facts(a accounts) RETURNS TABLE (metric text, day date, key text, n integer)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT 'account.created', (a.created_at AT TIME ZONE 'UTC')::date, a.kind::text, 1
      $$`);

    // A trigger per table: the new row's facts minus the old row's, net zero differences dropped
    // (most updates change no figure and write nothing).
    for (const [table, facts, extra] of TRIGGERS) {
      await q.query(`
        CREATE FUNCTION stat_record_${table}_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO stat_deltas (metric, day, key, n)
          SELECT x.metric, x.day, x.key, sum(x.n)::int
            FROM (
              SELECT f.metric, f.day, f.key, -f.n AS n FROM ${facts}(OLD) f WHERE TG_OP <> 'INSERT'
              UNION ALL
              SELECT f.metric, f.day, f.key, f.n FROM ${facts}(NEW) f WHERE TG_OP <> 'DELETE'
            ) x
           GROUP BY x.metric, x.day, x.key
          HAVING sum(x.n) <> 0;${extra}
          RETURN NULL;
        END
        $$`);
      await q.query(`CREATE TRIGGER tr_${table}_stats AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION stat_record_${table}_change()`);
    }

    // Recomputes every fact from the tables: the backfill below, and after a bulk load that
    // bypassed triggers (the statistics benchmark). Takes an exclusive lock on the two tables.
    await q.query(`
      CREATE FUNCTION stat_rebuild() RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE stat_daily, stat_deltas, stat_histograms IN EXCLUSIVE MODE;
        TRUNCATE stat_daily, stat_deltas, stat_histograms;
        CREATE TEMPORARY TABLE stat_rebuilt ON COMMIT DROP AS
        SELECT f.metric, f.day, f.key, sum(f.n)::int AS n FROM (
          SELECT f.* FROM mentorship_requests r, stat_request_facts(r) f
          UNION ALL
          SELECT f.* FROM mentors m, stat_mentor_facts(m) f
          UNION ALL
          SELECT f.* FROM accounts a, stat_account_facts(a) f
          UNION ALL
          SELECT DISTINCT ON (r.id, s.skill) 'req.skill', (r.created_at AT TIME ZONE 'UTC')::date, s.skill, 1
            FROM mentorship_requests r JOIN mentors m ON m.id = r.mentor_id CROSS JOIN unnest(m.skills) AS s(skill)
        ) f
        GROUP BY f.metric, f.day, f.key
        HAVING sum(f.n) <> 0;
        INSERT INTO stat_daily (metric, day, key, n)
        SELECT metric, day, key, n FROM stat_rebuilt WHERE metric NOT IN (${HISTOGRAMS});
        INSERT INTO stat_histograms (metric, day, counts)
        SELECT metric, day, stat_counts(array_agg(key::int), array_agg(n)) FROM stat_rebuilt WHERE metric IN (${HISTOGRAMS}) GROUP BY metric, day;
        DROP TABLE stat_rebuilt;
      END
      $$`);
    await q.query('SELECT stat_rebuild()');
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) {
      await q.query(`DROP TRIGGER tr_${table}_stats ON ${table}`);
      await q.query(`DROP FUNCTION stat_record_${table}_change()`);
    }
    await q.query('DROP FUNCTION stat_rebuild()');
    await q.query('DROP FUNCTION stat_account_facts(accounts)');
    await q.query('DROP FUNCTION stat_mentor_facts(mentors)');
    await q.query('DROP FUNCTION stat_request_facts(mentorship_requests)');
    await q.query('DROP FUNCTION stat_response_bucket(double precision)');
    await q.query('DROP FUNCTION stat_add_counts(integer[], integer[])');
    await q.query('DROP FUNCTION stat_counts(integer[], integer[])');
    await q.query('DROP TABLE stat_histograms');
    await q.query('DROP TABLE stat_deltas');
    await q.query('DROP TABLE stat_daily');
  }
}
