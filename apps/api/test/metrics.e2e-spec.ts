import { Metrics } from '../src/metrics/metrics.service.js';
import { serverUrl } from './support/databases.js';
import { aMentor, aRequest, aStudent } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The value of one sample line, e.g. `name{a="b"} 3`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /api/metrics', () => {
  it('answers the Prometheus text format with route patterns, never raw URLs', async () => {
    const m = await aMentor(t.http);
    await t.http.get(`/api/mentors/${m.id}`).expect(200);
    await t.http.get(`/api/mentors/${m.id}`).expect(200);
    await t.http.get('/api/mentors/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/no/such/route/12345').expect(404);
    const metrics = t.app.get(Metrics);
    metrics.observeSearch(0.012);
    metrics.startSearchTimer()();
    metrics.notificationsPublished.inc();
    metrics.notificationsDelivered.inc(2);

    const res = await t.http.get('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/api/mentors/:id', status_code: '200' })).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/api/mentors/:id', status_code: '404' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'POST', route: '/api/mentors/sign-up', status_code: '201' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' })).toBe(1);
    expect(text).not.toContain(m.id);
    expect(text).not.toContain('12345');
    expect(text).toMatch(/^search_duration_seconds_count 2$/m);
    expect(text).toMatch(/^notifications_published_total 1$/m);
    expect(text).toMatch(/^notifications_delivered_total 2$/m);
    expect(text).toMatch(/^db_pool_connections\{state="total"\} \d+$/m);
    expect(text).toMatch(/^db_pool_connections\{state="idle"\} \d+$/m);
    expect(text).toMatch(/^db_pool_connections\{state="waiting"\} 0$/m);
    // DB_POOL_SIZE on PostgreSQL; the embedded PGlite is one connection.
    expect(text).toMatch(serverUrl() ? /^db_pool_max_connections 10$/m : /^db_pool_max_connections 1$/m);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('is public and counts itself by pattern', async () => {
    await t.http.get('/api/metrics').expect(200);
    const text = (await t.http.get('/api/metrics')).text;
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/api/metrics', status_code: '200' })).toBeGreaterThanOrEqual(2);
  });
});

describe('metrics fed by the features', () => {
  it('count the notifications of real requests and searches of real queries', async () => {
    const app = await createTestApp();
    try {
      const student = await aStudent(app.http);
      const mentor = await aMentor(app.http);
      await aRequest(app.http, student, mentor);
      await app.http.get('/api/mentors?query=backend').expect(200);
      let text = '';
      for (let i = 0; i < 20 && !/^notifications_published_total 1$/m.test(text); i++) {
        await new Promise((r) => setTimeout(r, 25)); // published after commit
        text = (await app.http.get('/api/metrics')).text;
      }
      expect(text).toMatch(/^notifications_published_total 1$/m);
      expect(text).toMatch(/^search_duration_seconds_count 1$/m);
      expect(text).toMatch(/^notification_streams_open 0$/m);
    } finally {
      await app.close();
    }
  });
});

describe('metrics are for the scraper only', () => {
  it('with METRICS_TOKEN they need it; in production without one they are off; security headers come from the app', async () => {
    const withToken = await createTestApp({ DATABASE_URL: t.databaseUrl ?? '', METRICS_TOKEN: 'scrape-token-0123456789' });
    const production = await createTestApp({ DATABASE_URL: t.databaseUrl ?? '', NODE_ENV: 'production' });
    try {
      expect((await withToken.http.get('/api/metrics')).status).toBe(404);
      expect((await withToken.http.get('/api/metrics').set('Authorization', 'Bearer wrong-token-0123456789')).status).toBe(404);
      expect((await withToken.http.get('/api/metrics').set('Authorization', 'Bearer scrape-token-0123456789')).text).toMatch(/# HELP/);
      const hidden = await production.http.get('/api/metrics');
      expect(hidden.status).toBe(404);
      expect(hidden.headers['x-content-type-options']).toBe('nosniff');
      expect(hidden.headers['x-frame-options']).toBe('DENY');
      expect(hidden.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect((await production.http.get('/api/docs/')).headers['content-security-policy']).toMatch(/script-src 'self'/);
    } finally {
      await withToken.app.close();
      await production.app.close();
    }
  });
});
