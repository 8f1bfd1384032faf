/**
 * Accounts in bulk. Signing up thousands of accounts over HTTP would spend minutes in argon2id,
 * so rows go straight into PostgreSQL (accounts + students/mentors, as the entities define them)
 * with one real argon2id hash of a shared password, and access tokens are minted here with the
 * app's secret and claims (HS256, issuer mentor-match, typ access). `signUpHttp` exercises the
 * real sign-up for the few accounts whose session matters.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { bundledConceptGraph } from '@app/concepts';
import type { MentorDocument } from '@app/search';
import { JWT_ISSUER, JWT_SECRET } from './app.js';
import { withClient } from './db.js';

export const BENCH_PASSWORD = 'bench-password-123';
export const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let passwordHash: Promise<string> | undefined;
export function benchPasswordHash(): Promise<string> {
  passwordHash ??= hash(BENCH_PASSWORD, { algorithm: Algorithm.Argon2id, ...ARGON2 });
  return passwordHash;
}

export interface BenchAccount {
  id: string;
  email: string;
  role: 'student' | 'mentor';
  token: string;
}

export function mintToken(id: string, role: 'student' | 'mentor' | 'admin', ttlSeconds = 3600): string {
  return jwt.sign({ sub: id, role, typ: 'access' }, JWT_SECRET, { algorithm: 'HS256', issuer: JWT_ISSUER, expiresIn: ttlSeconds });
}

const CHUNK = 5000;

/** `mentors.concepts` as the API writes it (concepts of the tags, in their order), each distinct tag mapped once. */
const conceptOfTag = new Map<string, string | undefined>();
function conceptsOf(skills: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const tag of skills) {
    if (!conceptOfTag.has(tag)) conceptOfTag.set(tag, bundledConceptGraph().canonicalSkill(tag));
    const id = conceptOfTag.get(tag);
    if (id) ids.add(id);
  }
  return [...ids];
}

async function insertAccounts(client: import('pg').Client, rows: { id: string; kind: string; email: string }[], passwordHash: string): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await client.query(
      `INSERT INTO accounts (id, kind, email, password_hash) SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], array_fill($4::varchar, ARRAY[$5::int]))`,
      [part.map((r) => r.id), part.map((r) => r.kind), part.map((r) => r.email), passwordHash, part.length],
    );
  }
}

/** `count` students (and their accounts) straight into PostgreSQL, with minted tokens. */
export async function createStudents(databaseUrl: string, count: number, prefix = 's'): Promise<BenchAccount[]> {
  const pw = await benchPasswordHash();
  const rows = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), kind: 'student', email: `${prefix}${i}@bench.test` }));
  await withClient(databaseUrl, async (c) => {
    await c.query('BEGIN');
    await insertAccounts(c, rows, pw);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      await c.query(`INSERT INTO students (id, name) SELECT id, 'Bench student ' || n FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`, [part.map((r) => r.id)]);
    }
    await c.query('COMMIT');
  });
  return rows.map((r) => ({ id: r.id, email: r.email, role: 'student', token: mintToken(r.id, 'student') }));
}

/** Mentor rows from synthetic documents (`generateMentors`) or plain ones; `capacity` defaults to 5. */
export async function createMentors(databaseUrl: string, docs: Iterable<MentorDocument> | number, options: { capacity?: number; prefix?: string; tokens?: boolean } = {}): Promise<BenchAccount[]> {
  const pw = await benchPasswordHash();
  const capacity = options.capacity ?? 5;
  const prefix = options.prefix ?? 'm';
  const source: Iterable<MentorDocument> =
    typeof docs === 'number'
      ? Array.from({ length: docs }, (_, i) => ({
          id: randomUUID(),
          name: `Bench mentor ${i}`,
          expertise: 'Backend engineering',
          bio: 'Bench mentor',
          skills: ['python', 'go'],
          languages: ['en'],
          acceptingRequests: true,
          atCapacity: false,
          ratingAverage: 0,
          ratingCount: 0,
          createdAt: new Date(),
        }))
      : docs;
  const out: BenchAccount[] = [];
  await withClient(databaseUrl, async (c) => {
    await c.query('BEGIN');
    let batch: MentorDocument[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const base = out.length;
      const accounts = batch.map((d, i) => ({ id: d.id, kind: 'mentor', email: `${prefix}${base + i}@bench.test` }));
      await insertAccounts(c, accounts, pw);
      const rows = batch.map((d) => {
        const count = d.ratingCount;
        const sum = Math.min(5 * count, Math.max(count, Math.round(d.ratingAverage * count)));
        return {
          id: d.id,
          name: d.name.slice(0, 100),
          bio: d.bio,
          expertise: d.expertise.slice(0, 200),
          skills: d.skills,
          concepts: conceptsOf(d.skills),
          languages: d.languages,
          capacity,
          accepting: d.acceptingRequests,
          active: d.atCapacity ? capacity : 0,
          rating_count: count,
          rating_sum: sum,
          rating_score: (3.5 * 5 + sum) / (5 + count),
          created_at: d.createdAt.toISOString(),
        };
      });
      await c.query(
        `INSERT INTO mentors (id, name, bio, expertise, skills, concepts, languages, capacity, accepting_requests, active_mentees, rating_count, rating_sum, rating_score, created_at)
         SELECT id, name, bio, expertise, skills, concepts, languages, capacity, accepting, active, rating_count, rating_sum, rating_score, created_at
         FROM json_to_recordset($1::json) AS x(id uuid, name varchar, bio text, expertise varchar, skills text[], concepts text[], languages text[], capacity smallint, accepting boolean,
           active int, rating_count int, rating_sum int, rating_score float8, created_at timestamptz)`,
        [JSON.stringify(rows)],
      );
      for (const a of accounts) out.push({ id: a.id, email: a.email, role: 'mentor', token: options.tokens === false ? '' : mintToken(a.id, 'mentor') });
      batch = [];
    };
    for (const d of source) {
      batch.push(d);
      if (batch.length >= CHUNK) await flush();
    }
    await flush();
    await c.query('COMMIT');
  });
  return out;
}

/** The real sign-up over HTTP; answers the session. */
export async function signUpHttp(baseUrl: string, kind: 'students' | 'mentors', body: Record<string, unknown>): Promise<{ accessToken: string; profile: { id: string } }> {
  const res = await fetch(`${baseUrl}/api/${kind}/sign-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`sign-up ${kind}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { accessToken: string; profile: { id: string } };
}
