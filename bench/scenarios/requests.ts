/**
 * Request create + accept round trips over HTTP (POST /api/request as a student, then
 * PATCH /api/request/{id} {status:'accepted'} as the mentor) vs a raw `pg` loop running the same
 * statements in the same transactions (locks, checks, inserts, updates, notification rows).
 * Every round trip uses a fresh (student, mentor) pair; mentors get capacity 100 so they never
 * fill up within the bounded run.
 */
import pg from 'pg';
import { startApp } from '../lib/app.js';
import { type BenchAccount, createMentors, createStudents } from '../lib/accounts.js';
import { createDatabase, tableExists } from '../lib/db.js';
import { describeLoad, load } from '../lib/load.js';
import { type Context, type Scenario, type ScenarioResult, SkipScenario } from '../lib/scenario.js';
import { ratioSpread, spread } from '../lib/stats.js';

const CONNECTIONS = 16;
const STUDENTS = 200;
const MENTORS = 200;
const CAPACITY = 100;
const MESSAGE = 'I would like to learn system design and prepare for interviews.';

/** Pair k: student k mod S with mentor (k mod S + floor(k / S)) mod M: all distinct for k < S·M, neighbours differ in both. */
function pairAt(k: number, students: BenchAccount[], mentors: BenchAccount[]): { student: BenchAccount; mentor: BenchAccount } {
  const s = k % students.length;
  return { student: students[s]!, mentor: mentors[(s + Math.floor(k / students.length)) % mentors.length]! };
}

/** The statements of RequestsService.create and .transition(accepted), in the same transactions. */
async function rawRoundTrip(pool: pg.Pool, student: BenchAccount, mentor: BenchAccount, withNotifications: boolean): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`requests:student:${student.id}`]);
    const m = (await c.query('SELECT * FROM mentors WHERE id = $1 FOR UPDATE', [mentor.id])).rows[0];
    if (!m?.accepting_requests) throw new Error('mentor not accepting');
    await c.query(`SELECT * FROM mentorship_requests WHERE student_id = $1 AND mentor_id = $2 AND status IN ('pending', 'accepted')`, [student.id, mentor.id]);
    await c.query(`SELECT count(*) FROM mentorship_requests WHERE student_id = $1 AND status = 'pending'`, [student.id]);
    const id = (await c.query(`INSERT INTO mentorship_requests (student_id, mentor_id, message, status) VALUES ($1, $2, $3, 'pending') ON CONFLICT DO NOTHING RETURNING id`, [student.id, mentor.id, MESSAGE])).rows[0]?.id as string;
    if (!id) throw new Error('duplicate pair');
    const view = `SELECT r.*, s.name AS student_name, mt.name AS mentor_name FROM mentorship_requests r JOIN students s ON s.id = r.student_id JOIN mentors mt ON mt.id = r.mentor_id WHERE r.id = $1`;
    const created = (await c.query(view, [id])).rows[0];
    const notify = async (recipient: string, type: string, status: string): Promise<void> => {
      if (!withNotifications) return;
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`notifications:${recipient}`]);
      const data = { requestId: id, status, studentId: student.id, studentName: created.student_name, mentorId: mentor.id, mentorName: created.mentor_name, by: type === 'request.created' ? 'student' : 'mentor', message: MESSAGE };
      await c.query('INSERT INTO notifications (recipient_id, type, data) VALUES ($1, $2, $3) RETURNING *', [recipient, type, data]);
    };
    await notify(mentor.id, 'request.created', 'pending');
    await c.query('COMMIT');

    await c.query('SELECT * FROM mentorship_requests WHERE id = $1', [id]);
    await c.query('BEGIN');
    const locked = (await c.query('SELECT * FROM mentors WHERE id = $1 FOR UPDATE', [mentor.id])).rows[0];
    await c.query('SELECT * FROM mentorship_requests WHERE id = $1 FOR UPDATE', [id]);
    const active = Number((await c.query(`SELECT count(*) FROM mentorship_requests WHERE mentor_id = $1 AND status = 'accepted'`, [mentor.id])).rows[0].count);
    if (active >= locked.capacity) throw new Error('at capacity');
    await c.query(`UPDATE mentorship_requests SET status = 'accepted', responded_at = now(), updated_at = now() WHERE id = $1`, [id]);
    const recount = Number((await c.query(`SELECT count(*) FROM mentorship_requests WHERE mentor_id = $1 AND status = 'accepted'`, [mentor.id])).rows[0].count);
    await c.query('UPDATE mentors SET active_mentees = $2, updated_at = now() WHERE id = $1', [mentor.id, recount]);
    await c.query(view, [id]);
    await notify(student.id, 'request.accepted', 'accepted');
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    c.release();
  }
}

async function rawRun(pool: pg.Pool, next: () => { student: BenchAccount; mentor: BenchAccount }, durationS: number, withNotifications: boolean): Promise<{ perSec: number; failed: number }> {
  const end = performance.now() + durationS * 1000;
  let done = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const { student, mentor } = next();
        try {
          await rawRoundTrip(pool, student, mentor, withNotifications);
          done++;
        } catch {
          failed++;
        }
      }
    }),
  );
  return { perSec: done / ((performance.now() - t0) / 1000), failed };
}

export const requests: Scenario = {
  name: 'requests',
  description: 'request create + accept round trips over HTTP vs a raw pg loop with the same statements in the same transactions',
  estimateS: 60,
  async run(ctx: Context): Promise<ScenarioResult> {
    const db = await createDatabase('requests');
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs });
    const pool = new pg.Pool({ connectionString: db.url, max: 10 });
    try {
      const students = await createStudents(db.url, STUDENTS);
      const mentors = await createMentors(db.url, MENTORS, { capacity: CAPACITY });
      let k = 0;
      const next = (): { student: BenchAccount; mentor: BenchAccount } => pairAt(k++ % (STUDENTS * MENTORS), students, mentors);
      const probe = next();
      const res = await fetch(`${app.url}/api/request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${probe.student.token}` },
        body: JSON.stringify({ mentorId: probe.mentor.id, message: MESSAGE }),
      });
      if (res.status === 404) throw new SkipScenario('POST /api/request answers 404: the requests feature is not in this build (it is on the `requests` branch)');
      if (res.status !== 201) throw new Error(`POST /api/request answered ${res.status}: ${await res.text()}`);
      const withNotifications = await tableExists(db.url, 'notifications');

      let accepted = 0;
      const flow = [
        {
          setupRequest: (req: object, context: Record<string, unknown>) => {
            const { student, mentor } = next();
            context.mentorToken = mentor.token;
            return { ...req, method: 'POST', path: '/api/request', headers: { 'content-type': 'application/json', authorization: `Bearer ${student.token}` }, body: JSON.stringify({ mentorId: mentor.id, message: MESSAGE }) };
          },
          onResponse: (status: number, body: string, context: Record<string, unknown>) => {
            context.requestId = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
          },
        },
        {
          setupRequest: (req: object, context: Record<string, unknown>) =>
            context.requestId
              ? { ...req, method: 'PATCH', path: `/api/request/${context.requestId as string}`, headers: { 'content-type': 'application/json', authorization: `Bearer ${context.mentorToken as string}` }, body: '{"status":"accepted"}' }
              : undefined,
          onResponse: (status: number) => {
            if (status === 200) accepted++;
          },
        },
      ];
      const httpRun = async (durationS: number) => {
        accepted = 0;
        const r = await load({ url: app.url, connections: CONNECTIONS, durationS, requests: flow });
        return { perSec: accepted / r.durationS, load: r };
      };
      await httpRun(2);
      await rawRun(pool, next, 2, withNotifications);
      const a: number[] = [];
      const r: number[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        const x = await httpRun(ctx.durationS);
        const y = await rawRun(pool, next, ctx.durationS, withNotifications);
        ctx.log(`run ${i + 1}: app ${x.perSec.toFixed(1)} round trips/s (${describeLoad(x.load)}) | raw pg ${y.perSec.toFixed(1)} round trips/s (${y.failed} failed)`);
        a.push(x.perSec);
        r.push(y.perSec);
      }
      const ratio = ratioSpread(a, r);
      return {
        rows: [{ scenario: 'requests', figure: 'create + accept round trips', unit: 'round trips/s', app: spread(a), reference: { label: 'raw pg, same transactions', value: spread(r) }, ratio, goal: '≥ 0.40×', met: ratio.median >= 0.4, digits: 1 }],
        notes: [
          `requests: ${CONNECTIONS} connections / ${CONNECTIONS} raw workers on a pool of 10 (DB_POOL_SIZE); ${STUDENTS} students × ${MENTORS} mentors (capacity ${CAPACITY}), a fresh pair per round trip; the raw loop runs RequestsService's statements (advisory locks, mentor FOR UPDATE, checks, insert, recount, update${withNotifications ? ', notification rows' : ''}).`,
        ],
      };
    } finally {
      await pool.end();
      await app.stop();
      await db.drop();
    }
  },
};
