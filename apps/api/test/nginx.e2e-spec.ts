import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx, renderNginx, testVars } from '../../../deploy/test/lib/nginx-render.mjs';
import { freePort } from '../../../libs/events/src/testing/redis-process.js';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { SseClient } from './support/sse-client.js';

/**
 * The deployment shape on one machine: nginx with the project's config (nginx/) in front of two
 * replicas of the built API sharing PostgreSQL and Redis. `deploy/test/run.sh` checks the config
 * itself against stand-in backends; this checks the real application behind it.
 */
const nginx = findNginx();
const server = serverUrl();
const redisUrl = process.env.REDIS_URL;
const missing = [!nginx && 'nginx (apt-get install nginx-light)', !server && 'DATABASE_URL', !redisUrl && 'REDIS_URL'].filter(Boolean);
if (missing.length) process.stdout.write(`nginx e2e: skipped, needs ${missing.join(', ')}\n`);

(missing.length ? describe.skip : describe)('nginx in front of two API replicas', () => {
  let dir: string;
  let db: { url: string; drop: () => Promise<void> };
  let nginxProcess: ChildProcess;
  let base: string;
  const replicas: AppProcess[] = [];

  const appEnv = (name: string) => ({
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'nginx-e2e-secret-nginx-e2e-secret-0123456789',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    INSTANCE_ID: name,
    TRUST_PROXY_HOPS: '1',
    AUTH_RATE_LIMIT: '100000',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_ITERATIONS: '1',
    SHUTDOWN_TIMEOUT_MS: '10000',
    SSE_HEARTBEAT_SECONDS: '5',
  });

  beforeAll(async () => {
    db = await createDatabase(server!);
    // One after the other: the first applies the migrations.
    replicas.push(await startAppProcess({ env: appEnv('replica-a') }));
    replicas.push(await startAppProcess({ env: appEnv('replica-b') }));
    dir = mkdtempSync(join(tmpdir(), 'mm-nginx-'));
    const port = await freePort();
    const vars = testVars(
      replicas.map((r) => r.port),
      // The built web app when there is one (Jest's global setup builds it), else the deploy tests' stand-in.
      { NGINX_AUTH_RATE_LIMIT: '1000r/s', NGINX_AUTH_RATE_BURST: '1000', ...(existsSync(resolve('dist/web/index.html')) ? { NGINX_WEB_ROOT: resolve('dist/web') } : {}) },
    );
    const { conf } = renderNginx({ dir, listenPort: port, vars });
    nginxProcess = spawn(nginx!, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/api/ping`)).ok) return;
      } catch {
        // not yet listening
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not start:\n${readFileSync(join(dir, 'logs/error.log'), 'utf8')}`);
  }, 90_000);

  afterAll(async () => {
    nginxProcess?.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.stop('SIGTERM')));
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const signUp = async (kind: 'students' | 'mentors', n: number) => {
    const res = await post(`/api/${kind}/sign-up`, { email: `${kind}-${n}-${Date.now()}@example.com`, password: 'password-123', name: `${kind} ${n}`, skills: kind === 'mentors' ? ['go'] : undefined });
    expect(res.status).toBe(201);
    return (await res.json()) as { accessToken: string; profile: { id: string } };
  };

  it('spreads requests over both replicas', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) seen.add((await fetch(`${base}/api/ping`)).headers.get('x-instance-id') ?? '?');
    expect([...seen].sort()).toEqual(['replica-a', 'replica-b']);
  });

  it('an SSE stream through nginx receives, at once, a request created through the other replica', async () => {
    const mentor = await signUp('mentors', 1);
    const stream = await SseClient.connect(`${base}/api/notifications/stream`, { authorization: `Bearer ${mentor.accessToken}` });
    try {
      const streamReplica = stream.headers.get('x-instance-id');
      expect(streamReplica).toMatch(/^replica-[ab]$/);
      let crossed = false;
      for (let i = 0; i < 6 && !crossed; i++) {
        const student = await signUp('students', i);
        const res = await post('/api/request', { mentorId: mentor.profile.id, message: `Please mentor me (${i})` }, student.accessToken);
        expect(res.status).toBe(201);
        const request = (await res.json()) as { id: string };
        crossed = res.headers.get('x-instance-id') !== streamReplica;
        // Round-robin with two requests per round would always land the POST on one replica.
        if (!crossed) await (await fetch(`${base}/api/ping`)).arrayBuffer();
        await stream.until((c) => c.messages<{ data: { requestId?: string } }>().some((m) => JSON.stringify(m).includes(request.id)), 2000, `the event of request ${request.id}`);
      }
      expect(crossed).toBe(true);
    } finally {
      stream.close();
    }
  });

  it('adds the security headers, limits bodies and hides the metrics', async () => {
    const ping = await fetch(`${base}/api/ping`);
    expect(ping.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ping.headers.get('x-frame-options')).toBe('DENY');
    expect(ping.headers.get('x-request-id')).toBeTruthy();
    expect((await post('/api/students/sign-up', { about: 'x'.repeat(2 * 1024 * 1024) })).status).toBe(413);
    expect((await fetch(`${base}/api/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/api/docs-json`)).status).toBe(200);
  });

  it("serves the web app beside /api, and a browser's cookie session works through nginx", async () => {
    const index = await fetch(`${base}/student`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const email = `nginx-cookie-${Date.now()}@example.com`;
    expect((await post('/api/students/sign-up', { email, password: 'password-123', name: 'Cookie' })).status).toBe(201);
    const signIn = await post('/api/students/sign-in', { email, password: 'password-123', refreshCookie: true });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('mm_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const { csrfToken, refreshToken } = (await signIn.json()) as { csrfToken: string; refreshToken?: string };
    expect(refreshToken).toBeUndefined();
    const refresh = (csrf: string) => fetch(`${base}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]!, 'x-csrf-token': csrf }, body: '{}' });
    expect((await refresh('wrong')).status).toBe(403);
    const refreshed = await refresh(csrfToken);
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.getSetCookie().some((c) => c.startsWith('mm_refresh='))).toBe(true);
  });

  it('a replica leaving on SIGTERM under steady load fails no client request', async () => {
    const failures: string[] = [];
    let done = 0;
    const until = Date.now() + 3000;
    const loop = async (path: string) => {
      while (Date.now() < until) {
        try {
          const res = await fetch(`${base}${path}`);
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(`${path} ${res.status}`);
        } catch (e) {
          failures.push(`${path} ${(e as Error).message}`);
        }
        done++;
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, i) => loop(i % 2 ? '/api/ping' : '/api/mentors?limit=5')));
    await new Promise((r) => setTimeout(r, 1000));
    const leaving = replicas[1]!.stop('SIGTERM');
    await load;
    const end = await leaving;
    expect(failures).toEqual([]);
    expect(done).toBeGreaterThan(100);
    expect(end.code === 0 || end.signal === 'SIGTERM').toBe(true);
  }, 30_000);
});
