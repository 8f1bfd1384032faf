/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { type Actor, aMentor, aRequest, aStudent } from './support/factories.js';
import { TEST_ENV } from './support/test-app.js';

/**
 * A page on another origin in headless Chromium (Debian's `chromium`, driven by playwright-core):
 * CORS with and without credentials, the preflight, the refresh cookie, and an EventSource that
 * survives an API restart by itself and receives what it missed exactly once. Needs
 * `npx nest build` first (the API runs as the built process, restarted on the same port).
 */
const CHROMIUM = '/usr/bin/chromium';
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !serverUrl() || !process.env.REDIS_URL
    ? 'needs DATABASE_URL and REDIS_URL'
    : undefined;
if (skipReason) console.log(`browser tests skipped: ${skipReason}`);
const describeBrowser = skipReason ? describe.skip : describe;

const EXAMPLE_PAGE = resolve('docs/examples/browser-client.html');

describeBrowser('a browser page on another origin', () => {
  let db: { url: string; drop: () => Promise<void> };
  let api: AppProcess;
  let env: Record<string, string | undefined>;
  let page: Page;
  let browser: Browser;
  let pages: Server;
  let pageOrigin: string;

  beforeAll(async () => {
    // The page: another port of the same host (another origin, the same site), serving the docs' example.
    pages = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(EXAMPLE_PAGE));
    });
    await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
    pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    db = await createDatabase(serverUrl()!);
    env = {
      NODE_ENV: 'production',
      CORS_ORIGINS: pageOrigin,
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL,
      JWT_SECRET: TEST_ENV.JWT_SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_ITERATIONS: '1',
      AUTH_RATE_LIMIT: '100000',
    };
    api = await startAppProcess({ env });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    await page.goto(`${pageOrigin}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await new Promise((done) => pages?.close(done));
    await db?.drop();
  }, 30_000);

  it('fetch without credentials, the preflight, and a refresh through the httpOnly cookie with credentials', async () => {
    const s = await aStudent(request(api.url));
    const result = await page.evaluate(
      async ({ url, email, password }) => {
        const ping = await fetch(`${url}/api/ping`);
        const requestId = ping.headers.get('x-request-id');
        // JSON content type and Authorization: a preflight first.
        const signIn = await fetch(`${url}/api/students/sign-in`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password, refreshCookie: true }),
        });
        const session = (await signIn.json()) as { accessToken: string; csrfToken: string };
        const me = await fetch(`${url}/api/students`, { headers: { authorization: `Bearer ${session.accessToken}` } });
        const noCsrf = await fetch(`${url}/api/auth/refresh`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
        const noCsrfBody = (await noCsrf.json()) as { code: string };
        const refreshed = await fetch(`${url}/api/auth/refresh`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: '{}',
        });
        const error = await fetch(`${url}/api/students`);
        return {
          ping: ping.status,
          requestId,
          signIn: signIn.status,
          hasRefreshInBody: 'refreshToken' in session,
          cookieVisible: document.cookie,
          me: me.status,
          noCsrf: [noCsrf.status, noCsrfBody.code],
          refreshed: refreshed.status,
          error: [error.status, error.headers.get('content-type'), error.headers.get('x-request-id') !== null, ((await error.json()) as { code: string }).code],
        };
      },
      { url: api.url, email: s.email, password: s.password },
    );
    expect(result).toEqual({
      ping: 200,
      requestId: expect.any(String),
      signIn: 200,
      hasRefreshInBody: false,
      cookieVisible: '',
      me: 200,
      noCsrf: [403, 'AUTH.CSRF_FAILED'],
      refreshed: 200,
      error: [401, 'application/problem+json; charset=utf-8', true, 'AUTH.INVALID_TOKEN'],
    });
  });

  it('another origin is refused by the browser', async () => {
    const other = await browser.newPage();
    await other.goto('about:blank');
    const outcome = await other.evaluate(async (url) => fetch(`${url}/api/ping`).then(() => 'read', () => 'blocked'), api.url);
    expect(outcome).toBe('blocked');
    await other.close();
  });

  it('an EventSource receives events, and after the API restarts reconnects by itself and gets what it missed exactly once', async () => {
    const http = request(api.url);
    const mentor: Actor = await aMentor(http);
    const students = [await aStudent(http), await aStudent(http), await aStudent(http), await aStudent(http)];
    await page.evaluate(
      async ({ url, token }) => {
        const w = window as unknown as { events: { type: string; id: string; data: string }[]; opens: number; source: EventSource };
        w.events = [];
        w.opens = 0;
        const res = await fetch(`${url}/api/notifications/stream-cookie`, { method: 'POST', credentials: 'include', headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 204) throw new Error(`stream-cookie answered ${res.status}`);
        // No reconnect code below: the browser does it, with Last-Event-ID and the cookie.
        w.source = new EventSource(`${url}/api/notifications/stream`, { withCredentials: true });
        w.source.onopen = () => w.opens++;
        w.source.addEventListener('ready', (e) => w.events.push({ type: 'ready', id: (e as MessageEvent).lastEventId, data: (e as MessageEvent).data }));
        w.source.onmessage = (e) => w.events.push({ type: 'message', id: e.lastEventId, data: e.data });
      },
      { url: api.url, token: mentor.accessToken },
    );
    const messages = async (): Promise<{ id: string; type: string; requestId: string }[]> =>
      page.evaluate(() =>
        (window as unknown as { events: { type: string; id: string; data: string }[] }).events
          .filter((e) => e.type === 'message')
          .map((e) => {
            const n = JSON.parse(e.data) as { type: string; data: { requestId: string } };
            return { id: e.id, type: n.type, requestId: n.data.requestId };
          }),
      );
    const until = async (check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> => {
      const deadline = Date.now() + ms;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await until(async () => page.evaluate(() => (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'ready')), 'ready');

    const live = await aRequest(http, students[0]!, mentor);
    await until(async () => (await messages()).length === 1, 'the live event');

    // The API goes away; meanwhile another replica (same database) takes two requests.
    await api.stop('SIGTERM');
    const replica = await startAppProcess({ env });
    const missed = [await aRequest(request(replica.url), students[1]!, mentor), await aRequest(request(replica.url), students[2]!, mentor)];
    await replica.stop('SIGTERM');
    api = await startAppProcess({ env: { ...env, PORT: String(api.port) } });

    await until(async () => (await messages()).length >= 3, 'the missed events after the restart', 60_000);
    const after = await aRequest(request(api.url), students[3]!, mentor);
    await until(async () => (await messages()).length >= 4, 'a live event after the restart');
    await new Promise((r) => setTimeout(r, 500));

    const got = await messages();
    expect(got.map((m) => m.requestId)).toEqual([live.id, ...missed.map((r) => r.id), after.id]);
    expect(got.every((m) => m.type === 'request.created')).toBe(true);
    const ids = got.map((m) => BigInt(m.id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { opens: number }).opens)).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => (window as unknown as { source: EventSource }).source.close());
  }, 180_000);
});
