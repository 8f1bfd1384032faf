// Reference for `students`: a bare Fastify handler doing what GET /api/students must do at least:
// verify the HS256 access token (same secret, algorithm, issuer and claims check as the app)
// and one primary-key select with `pg` (pool of 10, as the app's DB_POOL_SIZE).
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const secret = process.env.JWT_SECRET;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get('/api/students', async (request, reply) => {
  const header = request.headers.authorization ?? '';
  let claims;
  try {
    claims = jwt.verify(header.startsWith('Bearer ') ? header.slice(7) : '', secret, { algorithms: ['HS256'], issuer: 'mentor-match' });
  } catch {
    return reply.code(401).send({ status: 401 });
  }
  if (claims.typ !== 'access' || claims.role !== 'student') return reply.code(403).send({ status: 403 });
  const { rows } = await pool.query('SELECT id, name, about, interests, telegram, created_at, updated_at FROM students WHERE id = $1', [claims.sub]);
  if (!rows[0]) return reply.code(404).send({ status: 404 });
  const s = rows[0];
  return { id: s.id, name: s.name, about: s.about, interests: s.interests, telegram: s.telegram, createdAt: s.created_at, updatedAt: s.updated_at };
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write(`listening ${process.env.PORT}\n`);
process.once('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
