import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import pg from 'pg';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { aMentor, aRequest, aStudent } from './support/factories.js';
import { createTestApp, TEST_ENV } from './support/test-app.js';

describe('timestamps are the clock at the change', () => {
  it('a change that waited for the row lock is stamped after the one it waited for', async () => {
    const t = await createTestApp();
    try {
      const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
      const { id } = await aRequest(t.http, student, mentor);
      const client = new pg.Client({ connectionString: t.databaseUrl });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT 1 FROM mentorship_requests WHERE id = $1 FOR UPDATE', [id]);
        const accept = t.http.patch(`/api/request/${id}`).set(mentor.auth).send({ status: 'accepted' }).then((r) => r);
        await new Promise((r) => setTimeout(r, 300));
        const [{ released }] = (await client.query<{ released: Date }>('SELECT clock_timestamp() AS released')).rows as [{ released: Date }];
        await client.query('COMMIT');
        expect((await accept).status).toBe(200);
        const [row] = (await client.query<{ updated_at: Date; responded_at: Date }>('SELECT updated_at, responded_at FROM mentorship_requests WHERE id = $1', [id])).rows;
        expect(row!.responded_at.getTime()).toBeGreaterThanOrEqual(released.getTime() - 1);
        expect(row!.updated_at.getTime()).toBeGreaterThanOrEqual(released.getTime() - 1);
      } finally {
        await client.end();
      }
    } finally {
      await t.close();
    }
  });
});

/** One HTTP request on `agent`: the status and headers, or the socket error's code. */
function send(agent: Agent, url: string, method: string, path: string, body?: unknown): Promise<{ status?: number; connection?: string; error?: string }> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(`${url}${path}`, { method, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(payload);
  });
}

const describeProcess = serverUrl() ? describe : describe.skip;

describeProcess('SIGTERM drain', () => {
  let db: { url: string; drop: () => Promise<void> };
  let app: AppProcess;
  beforeAll(async () => {
    db = await createDatabase(serverUrl()!);
    app = await startAppProcess({
      env: { ...TEST_ENV, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: db.url, REDIS_URL: process.env.REDIS_URL, SHUTDOWN_DRAIN_DELAY_MS: '1500' },
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop('SIGKILL');
    await db?.drop();
  });

  it('readiness fails first; requests on idle keep-alive connections are answered with Connection: close, none reset', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const login = { email: `nobody-${randomUUID()}@example.com`, password: 'password-123' };
    // Eight idle keep-alive connections to the replica.
    await Promise.all(Array.from({ length: 8 }, () => send(agent, app.url, 'POST', '/api/students/sign-in', login)));
    const exited = new Promise<void>((resolve) => app.child.once('exit', () => resolve()));
    app.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    const answers = [];
    const until = Date.now() + 1000;
    while (Date.now() < until) answers.push(...(await Promise.all(Array.from({ length: 8 }, () => send(agent, app.url, 'POST', '/api/students/sign-in', login)))));
    const ready = await send(agent, app.url, 'GET', '/api/health/ready');
    expect(answers.filter((a) => a.error)).toEqual([]);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([401]));
    expect(answers.every((a) => a.connection === 'close')).toBe(true);
    expect(ready.status).toBe(503);
    await exited;
    agent.destroy();
  }, 30_000);
});
