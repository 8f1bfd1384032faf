// Reference for `search`: PostgreSQL full-text search over the same mentors, through a bare Fastify
// server with `pg` (pool of 10, as the app's DB_POOL_SIZE), with the app's filters and page size:
// FTS_MODE=or  — any of the query's words (plainto_tsquery with & turned into |), ranked by ts_rank_cd;
// FTS_MODE=and — websearch_to_tsquery (every word), ranked by ts_rank_cd.
// Over the column and GIN index `prepareFts` (bench/scenarios/search.ts) adds to the bench database.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
const tsquery = process.env.FTS_MODE === 'and' ? "websearch_to_tsquery('simple', $1)" : "replace(plainto_tsquery('simple', $1)::text, '&', '|')::tsquery";
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : String(v).split(','));

app.get('/api/mentors', async (request) => {
  const q = request.query;
  const params = [String(q.query ?? '')];
  const where = ['fts @@ query.q'];
  const skills = list(q.skills);
  if (skills.length) where.push(`skills @> $${params.push(skills)}::text[]`);
  if (q.language) where.push(`$${params.push(String(q.language))} = ANY(languages)`);
  if (q.acceptingOnly === 'true') where.push('accepting_requests AND active_mentees < capacity');
  const limit = Math.min(100, Math.max(1, Number(q.limit ?? 20) || 20));
  const { rows } = await pool.query(
    `SELECT id, name, bio, expertise, skills, languages, timezone, capacity, active_mentees, accepting_requests, rating_count, rating_sum, created_at, updated_at,
            ts_rank_cd(fts, query.q) AS score
       FROM mentors, (SELECT ${tsquery} AS q) query WHERE ${where.join(' AND ')} ORDER BY score DESC, id LIMIT $${params.push(limit)}`,
    params,
  );
  return { items: rows.map(({ score, ...mentor }) => ({ mentor, score, matched: [] })), nextCursor: null };
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write(`listening ${process.env.PORT}\n`);
process.once('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
