// End-to-end test of nginx/ in front of two API replicas, without Docker.
//
//   node --test deploy/test/nginx.e2e.test.mjs
//
// Renders the project's nginx config into a temp dir (upstream = two local
// ports), starts nginx unprivileged with `-p DIR -c DIR/nginx.conf` and two
// backend processes, then checks load spreading, unbuffered SSE, zero failed
// requests while one replica drains on SIGTERM, security headers, body limit,
// hidden /api/metrics, reachable /api/docs, the web app's files (cache headers,
// SPA fallback), proxy headers, rate limits and
// that only idempotent requests are retried on another replica.
//
// Environment:
//   BACKEND_CMD        command for ONE replica, run as `sh -c "exec $BACKEND_CMD"`
//                      with PORT and INSTANCE_ID set (default: the stand-in
//                      server in fixtures/). Real app: "node dist/apps/api/src/main.js"
//   BACKEND_PRE_CMD    run once before the replicas start (e.g. "npm run migration:run:prod")
//   BACKEND_READY_PATH readiness URL path polled on each replica (default /api/health/ready)
//   BACKEND_START_TIMEOUT_MS  (default 60000)
//   INSTANCE_HEADER    response header naming the replica (default x-instance-id)
//   LOAD_PATHS         comma-separated GET paths for the SIGTERM load
//                      (default stand-in: /api/ping,/api/slow?ms=150; real app: /api/ping)
//   LOAD_CONCURRENCY (20), LOAD_DURATION_MS (3000)
//   SSE_PATH           (default /api/notifications/stream; empty = skip SSE checks)
//   SSE_HEADERS        JSON object of extra request headers for the SSE stream (auth)
//   SSE_MIN_EVENTS     events to wait for (stand-in: 3; real app: 1 = first chunk only)
//   NGINX_BIN          nginx binary (default /usr/sbin/nginx)
//   KEEP_TMP=1         keep the temp dir (nginx config and all logs)
// Everything else in the environment (DATABASE_URL, REDIS_URL, ...) is passed
// to the replicas.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { findNginx, renderNginx, repoRoot, testVars } from './lib/nginx-render.mjs';

const NGINX = findNginx();
const standIn = !process.env.BACKEND_CMD;
const BACKEND_CMD = process.env.BACKEND_CMD || `node ${join(repoRoot, 'deploy/test/fixtures/standin-server.mjs')}`;
const READY_PATH = process.env.BACKEND_READY_PATH || '/api/health/ready';
const START_TIMEOUT = Number(process.env.BACKEND_START_TIMEOUT_MS || 60000);
const INSTANCE_HEADER = (process.env.INSTANCE_HEADER || 'x-instance-id').toLowerCase();
const LOAD_PATHS = (process.env.LOAD_PATHS || (standIn ? '/api/ping,/api/slow?ms=150' : '/api/ping')).split(',');
const LOAD_CONCURRENCY = Number(process.env.LOAD_CONCURRENCY || 20);
const LOAD_DURATION_MS = Number(process.env.LOAD_DURATION_MS || 3000);
const SSE_PATH = process.env.SSE_PATH ?? '/api/notifications/stream';
const SSE_HEADERS = JSON.parse(process.env.SSE_HEADERS || '{}');
const SSE_MIN_EVENTS = Number(process.env.SSE_MIN_EVENTS || (standIn ? 3 : 1));

if (!NGINX) {
  const why = 'no nginx binary (looked for $NGINX_BIN or /usr/sbin/nginx, ...); install: apt-get install -y nginx-light';
  console.log(`# SKIP nginx e2e: ${why}`);
  it('nginx e2e', { skip: why }, () => {});
}

// ------------------------------------------------------------------ helpers --
const children = new Set();
process.on('exit', () => {
  for (const c of children) killGroup(c, 'SIGKILL');
});

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {}
  }
}

function exited(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(null), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(t);
      resolve({ code, signal });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Raw HTTP request: no automatic decompression, no redirects, fresh connection. */
function request(port, path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, headers, agent: false, timeout: 15000 },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode, headers: res.headers, raw, text: raw.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout ${method} ${path}`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function logTail(file, n = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

// -------------------------------------------------------------------- setup --
if (NGINX) describe('nginx in front of two API replicas', () => {
  let dir;
  let nginx;
  let nginxPort;
  let rendered;
  const replicas = []; // { name, port, child, log }
  const base = () => `http://127.0.0.1:${nginxPort}`;
  let failed = false;

  async function startReplica(i, port) {
    const name = `replica-${i}`;
    const log = join(dir, `${name}.log`);
    const fd = openSync(log, 'a');
    const child = spawn('sh', ['-c', `exec ${BACKEND_CMD}`], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), INSTANCE_ID: name },
      stdio: ['ignore', fd, fd],
      detached: true, // own process group: cleanup kills everything it started
    });
    closeSync(fd);
    children.add(child);
    child.once('exit', () => children.delete(child));
    const r = { name, port, child, log };
    replicas[i] = r;
    const deadline = Date.now() + START_TIMEOUT;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${logTail(log)}`);
      try {
        const res = await request(port, READY_PATH);
        if (res.status === 200) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`${name} not ready on :${port}${READY_PATH} in ${START_TIMEOUT} ms:\n${logTail(log)}`);
      await sleep(100);
    }
    return r;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-nginx-e2e-'));
    const ports = [await freePort(), await freePort()];
    nginxPort = await freePort();

    if (process.env.BACKEND_PRE_CMD) {
      const pre = spawnSync('sh', ['-c', process.env.BACKEND_PRE_CMD], { cwd: repoRoot, stdio: 'inherit', env: process.env });
      if (pre.status !== 0) throw new Error(`BACKEND_PRE_CMD failed with ${pre.status}`);
    }
    await Promise.all(ports.map((p, i) => startReplica(i, p)));

    rendered = renderNginx({ dir: join(dir, 'nginx'), listenPort: nginxPort, vars: testVars(ports) });
    const t = spawnSync(NGINX, ['-t', '-q', '-p', join(dir, 'nginx'), '-c', rendered.conf, '-e', rendered.errorLog], {
      encoding: 'utf8',
    });
    if (t.status !== 0) throw new Error(`nginx -t failed:\n${t.stderr}`);

    nginx = spawn(NGINX, ['-p', join(dir, 'nginx'), '-c', rendered.conf, '-e', rendered.errorLog, '-g', 'daemon off;'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    children.add(nginx);
    const deadline = Date.now() + 10000;
    for (;;) {
      try {
        if ((await request(nginxPort, '/nginx-health')).status === 200) break;
      } catch {}
      if (nginx.exitCode !== null || Date.now() > deadline)
        throw new Error(`nginx did not start:\n${logTail(rendered.errorLog)}`);
      await sleep(50);
    }
  });

  after(async () => {
    if (nginx) {
      killGroup(nginx, 'SIGTERM');
      if (!(await exited(nginx, 5000))) killGroup(nginx, 'SIGKILL');
    }
    for (const r of replicas) {
      if (!r) continue;
      killGroup(r.child, 'SIGTERM');
      if (!(await exited(r.child, 5000))) killGroup(r.child, 'SIGKILL');
    }
    if (failed || process.env.KEEP_TMP) {
      console.log(`# nginx e2e: kept ${dir}`);
      if (rendered) console.log(`# nginx error log tail:\n${logTail(rendered.errorLog, 20).replace(/^/gm, '#   ')}`);
    } else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Mark failures so that after() keeps the logs.
  const check = (name, opts, fn) =>
    it(name, opts, async (t) => {
      try {
        await fn(t);
      } catch (e) {
        failed = true;
        throw e;
      }
    });

  // -------------------------------------------------------------- checks --
  check('proxies /api/ping and adds the security headers', {}, async () => {
    const res = await request(nginxPort, '/api/ping');
    assert.equal(res.status, 200, res.text);
    assert.equal(JSON.parse(res.text).status, 'ok');
    const h = res.headers;
    assert.equal(h['x-content-type-options'], 'nosniff');
    assert.equal(h['x-frame-options'], 'DENY');
    assert.equal(h['referrer-policy'], 'no-referrer');
    assert.match(h['content-security-policy'], /default-src 'none'/);
    assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
    assert.ok(h['permissions-policy'], 'Permissions-Policy');
    assert.equal(h['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
    assert.equal(h.server, 'nginx', 'server_tokens off: no version');
    assert.equal(h['x-powered-by'], undefined);
    assert.match(h['x-request-id'], /^[0-9a-f]{32}$/);
  });

  check('spreads requests over both replicas', {}, async () => {
    const seen = new Map();
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${base()}/api/ping`);
      await res.arrayBuffer();
      assert.equal(res.status, 200);
      const id = res.headers.get(INSTANCE_HEADER);
      assert.ok(id, `the app must name the replica in the ${INSTANCE_HEADER} response header`);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    assert.equal(seen.size, 2, `answered by ${JSON.stringify([...seen])}`);
    for (const n of seen.values()) assert.ok(n >= 5, `uneven spread ${JSON.stringify([...seen])}`);
  });

  check('passes client IP and request id upstream, reuses upstream connections', { skip: !standIn && 'needs the stand-in /api/echo' }, async () => {
    let res = await request(nginxPort, '/api/echo', {
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-request-id': 'client-req-0001' },
    });
    let echo = JSON.parse(res.text);
    assert.equal(echo.headers['x-real-ip'], '127.0.0.1');
    assert.equal(echo.headers['x-forwarded-for'], '203.0.113.9, 127.0.0.1');
    assert.equal(echo.headers['x-forwarded-proto'], 'http');
    assert.equal(echo.headers['x-request-id'], 'client-req-0001');
    assert.equal(res.headers['x-request-id'], 'client-req-0001');
    assert.equal(echo.headers.connection, undefined, 'Connection header cleared for upstream keep-alive');

    res = await request(nginxPort, '/api/echo', { headers: { 'x-request-id': 'bad id; <script>' } });
    echo = JSON.parse(res.text);
    assert.match(echo.headers['x-request-id'], /^[0-9a-f]{32}$/, 'unsafe client id replaced');
    assert.equal(res.headers['x-request-id'], echo.headers['x-request-id'], 'same id to the app and the client');

    for (let i = 0; i < 10; i++) await request(nginxPort, '/api/ping');
    echo = JSON.parse((await request(nginxPort, '/api/echo')).text);
    assert.ok(echo.socketRequests > 1, `upstream connection reused (${echo.socketRequests} requests on it)`);
  });

  check('delivers Server-Sent Events unbuffered', { skip: !SSE_PATH && 'SSE_PATH empty' }, async () => {
    const started = Date.now();
    const { headers, events, firstChunkAt } = await new Promise((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: nginxPort,
          path: SSE_PATH,
          agent: false,
          headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, br', ...SSE_HEADERS },
        },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            return reject(new Error(`SSE status ${res.statusCode} (an authenticated stream needs SSE_HEADERS, or SSE_PATH= to skip)`));
          }
          const events = [];
          let buf = '';
          let firstChunkAt;
          res.setEncoding('utf8');
          res.on('data', (c) => {
            firstChunkAt ??= Date.now();
            buf += c;
            let i;
            while ((i = buf.indexOf('\n\n')) >= 0) {
              const block = buf.slice(0, i);
              buf = buf.slice(i + 2);
              const data = block.split('\n').find((l) => l.startsWith('data:'));
              events.push({ at: Date.now(), block, data: data?.slice(5).trim() });
            }
            if (events.filter((e) => e.data).length >= SSE_MIN_EVENTS || (SSE_MIN_EVENTS <= 1 && firstChunkAt)) {
              req.destroy();
              resolve({ headers: res.headers, events, firstChunkAt });
            }
          });
          res.on('end', () => reject(new Error('SSE stream ended early')));
        },
      );
      req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
      setTimeout(() => {
        req.destroy();
        reject(new Error(`fewer than ${SSE_MIN_EVENTS} SSE events within 5 s (buffered by nginx?)`));
      }, 5000);
    });
    assert.match(headers['content-type'], /^text\/event-stream/);
    assert.equal(headers['content-encoding'], undefined, 'SSE must not be gzipped (gzip buffers)');
    assert.ok(firstChunkAt - started < 1500, `first SSE bytes after ${firstChunkAt - started} ms`);
    if (standIn) {
      for (const e of events.filter((x) => x.data)) {
        const lag = e.at - JSON.parse(e.data).sentAt;
        assert.ok(lag < 500, `event reached the client ${lag} ms after it was sent`);
      }
    }
  });

  check('hides /api/metrics', {}, async () => {
    for (const p of ['/api/metrics', '/api/metrics/', '/api/METRICS', '/api//metrics', '/api/%6Detrics', '/api/metrics?format=json']) {
      const res = await request(nginxPort, p);
      assert.ok([403, 404].includes(res.status), `${p} -> ${res.status}`);
      assert.doesNotMatch(res.text, /# (HELP|TYPE)/, `${p} leaked metrics`);
    }
  });

  check('serves Swagger UI and the OpenAPI document', {}, async () => {
    let res = await request(nginxPort, '/api/docs');
    if (res.status >= 300 && res.status < 400) res = await request(nginxPort, new URL(res.headers.location, base()).pathname);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /text\/html/);
    assert.match(res.headers['content-security-policy'], /script-src 'self'/, 'docs get the relaxed CSP');
    res = await request(nginxPort, '/api/docs-json', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.status, 200);
    const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(res.raw).toString() : res.text;
    assert.ok(JSON.parse(body).openapi, 'OpenAPI JSON');
    if (body.length >= 1024) assert.equal(res.headers['content-encoding'], 'gzip', 'JSON over 1 KiB is gzipped');
  });

  check('rejects a body over the limit with 413', {}, async () => {
    const res = await request(nginxPort, '/api/ping', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
    }).catch((e) => ({ status: `error ${e.code ?? e.message}` }));
    assert.equal(res.status, 413);
    if (standIn) {
      const ok = await request(nginxPort, '/api/echo', { method: 'POST', body: Buffer.alloc(512 * 1024, 0x20) });
      assert.equal(ok.status, 200, 'a body under the limit passes');
      assert.equal(JSON.parse(ok.text).bodyBytes, 512 * 1024);
    }
  });

  check('rate-limits sign-in per client IP with 429', {}, async () => {
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const res = await request(nginxPort, '/api/students/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
      });
      statuses.push(res.status);
    }
    assert.ok(statuses.filter((s) => s === 429).length >= 5, `statuses ${statuses}`);
    assert.ok(statuses.every((s) => s < 500), `statuses ${statuses}`);
  });

  check('serves the web app: hashed assets long-cached, index.html revalidated, client routes answered with it', {}, async () => {
    const index = await request(nginxPort, '/');
    assert.equal(index.status, 200);
    assert.match(index.headers['content-type'], /text\/html/);
    assert.equal(index.headers['cache-control'], 'no-cache');
    assert.match(index.headers['content-security-policy'], /script-src 'self'(;|$)/, 'the web app gets its own CSP, no inline scripts');
    assert.equal(index.headers['x-frame-options'], 'DENY', 'the security headers too');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    assert.ok(asset, 'index.html names a hashed script');
    const js = await request(nginxPort, asset, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(js.status, 200);
    assert.match(js.headers['content-type'], /javascript/);
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
    // The client's routes (and anything else outside /api) are the single-page app.
    for (const path of ['/student', '/mentor/requests/5d0e2d5a-0000-4000-8000-000000000000', '/admin?tab=accounts', '/etc/passwd']) {
      const res = await request(nginxPort, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.text, index.text, `${path} answers index.html`);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
    }
    const above = await request(nginxPort, '/../../etc/passwd');
    assert.equal(above.status, 400, 'nothing above the web root');
    assert.doesNotMatch(above.text, /root:/);
    // A missing asset is a 404, not index.html served as a script.
    const missing = await request(nginxPort, '/assets/index-missing0.js');
    assert.equal(missing.status, 404);
    assert.notEqual(missing.headers['cache-control'], 'public, max-age=31536000, immutable', 'a 404 is not cached for a year');
    // /api stays the API's: its own answers, no web caching header added.
    const api = await request(nginxPort, '/api/no-such-route');
    assert.notEqual(api.text, index.text);
    assert.notEqual(api.headers['cache-control'], 'no-cache');
  });

  check('a replica draining on SIGTERM is invisible to clients', {}, async () => {
    const victim = replicas[0];
    const survivor = replicas[1];

    // SSE streams open before the SIGTERM: those on the victim must be ended.
    const streams = [];
    if (SSE_PATH) {
      for (let i = 0; i < 4; i++) {
        streams.push(
          await new Promise((resolve, reject) => {
            const s = { endedAt: null };
            const req = http.get(
              { host: '127.0.0.1', port: nginxPort, path: SSE_PATH, agent: false, headers: { accept: 'text/event-stream', ...SSE_HEADERS } },
              (res) => {
                s.instance = res.headers[INSTANCE_HEADER];
                res.on('data', () => {});
                res.on('end', () => (s.endedAt ??= Date.now()));
                res.on('error', () => (s.endedAt ??= Date.now()));
                res.on('close', () => (s.endedAt ??= Date.now()));
                s.req = req;
                resolve(s);
              },
            );
            req.on('error', reject);
          }),
        );
      }
    }

    const failures = [];
    const served = []; // { instance, start, end }
    let killedAt = 0;
    let victimExit;
    const stopAt = Date.now() + LOAD_DURATION_MS;
    const loop = async (n) => {
      let k = n;
      while (Date.now() < stopAt) {
        const path = LOAD_PATHS[k++ % LOAD_PATHS.length];
        const start = Date.now();
        try {
          const res = await fetch(`${base()}${path}`, { signal: AbortSignal.timeout(10000) });
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(`${path}: HTTP ${res.status} at +${start - killedAt} ms`);
          served.push({ instance: res.headers.get(INSTANCE_HEADER), start, end: Date.now() });
        } catch (e) {
          failures.push(`${path}: ${e.cause?.code ?? e.message} at +${start - killedAt} ms`);
        }
      }
    };
    const killer = (async () => {
      await sleep(Math.min(1000, LOAD_DURATION_MS / 3));
      killedAt = Date.now();
      victim.child.kill('SIGTERM');
      victimExit = await exited(victim.child, 30000);
    })();
    await Promise.all([...Array.from({ length: LOAD_CONCURRENCY }, (_, i) => loop(i)), killer]);

    assert.deepEqual(failures, [], `${failures.length} of ${served.length + failures.length} requests failed`);
    assert.ok(served.length >= LOAD_CONCURRENCY * 5, `only ${served.length} requests in ${LOAD_DURATION_MS} ms`);
    assert.ok(victimExit, `${victim.name} did not exit within 30 s of SIGTERM:\n${logTail(victim.log)}`);
    assert.equal(victimExit.code, 0, `${victim.name} exit ${JSON.stringify(victimExit)}`);

    const before = served.filter((s) => s.end < killedAt);
    assert.ok(before.some((s) => s.instance === victim.name) && before.some((s) => s.instance === survivor.name), 'both served before SIGTERM');
    const drained = served.filter((s) => s.instance === victim.name && s.end >= killedAt);
    console.log(
      `# SIGTERM load: ${served.length} requests, ${drained.length} finished by ${victim.name} after SIGTERM, exit ${JSON.stringify(victimExit)}`,
    );
    if (standIn) assert.ok(drained.length > 0, 'in-flight requests on the draining replica completed');

    if (SSE_PATH) {
      await sleep(200);
      for (const s of streams) {
        if (s.instance === victim.name) assert.ok(s.endedAt, `an SSE stream on ${victim.name} was left open`);
        else assert.equal(s.endedAt, null, 'an SSE stream on the surviving replica ended');
        s.req.destroy();
      }
      assert.ok(streams.some((s) => s.instance === victim.name), 'no SSE stream landed on the victim');
    }
    // Everything now goes to the survivor.
    for (let i = 0; i < 5; i++) {
      const res = await request(nginxPort, '/api/ping');
      assert.equal(res.status, 200);
      assert.equal(res.headers[INSTANCE_HEADER], survivor.name);
    }
  });

  check('a restarted replica gets traffic again', {}, async () => {
    await startReplica(0, replicas[0].port);
    const deadline = Date.now() + 15000; // fail_timeout in the test render is 2 s
    const seen = new Set();
    while (seen.size < 2 && Date.now() < deadline) {
      const res = await request(nginxPort, '/api/ping');
      seen.add(res.headers[INSTANCE_HEADER]);
      await sleep(50);
    }
    assert.equal(seen.size, 2, 'restarted replica never got traffic back');
  });

  check('retries GET on the other replica after a 503, never POST', { skip: !standIn && 'needs the stand-in /api/unavailable' }, async () => {
    const hits = async () => {
      let n = 0;
      for (const r of replicas) n += JSON.parse((await request(r.port, '/api/unavailable/count')).text).hits;
      return n;
    };
    let h0 = await hits();
    let res = await request(nginxPort, '/api/unavailable');
    assert.equal(res.status, 503);
    assert.equal((await hits()) - h0, 2, 'GET tried on both replicas');
    h0 = await hits();
    res = await request(nginxPort, '/api/unavailable', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 503);
    assert.equal((await hits()) - h0, 1, 'POST must not be retried');
  });
});
