import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The API serves a built web app beside /api: cached hashed assets, SPA fallback, /api untouched. */
describe('serving the web app', () => {
  let t: TestApp;
  let bare: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'mm-web-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await createTestApp({ WEB_DIR: dir });
    bare = await createTestApp({ DATABASE_URL: t.databaseUrl ?? '', WEB_DIR: join(dir, 'missing') });
  }, 60_000);
  afterAll(async () => {
    await bare?.app.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and any client route with index.html, not cached, under the web CSP', async () => {
    for (const path of ['/', '/student', '/mentor/requests/123', '/admin?from=2026-01-01']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
  });

  it('caches hashed assets for a year', async () => {
    const res = await t.http.get('/assets/index-abc123.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves /api alone: unknown API paths are still problem+json 404s under the API CSP', async () => {
    for (const path of ['/api/nope', '/api']) {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    }
    expect((await t.http.get('/api/ping').expect(200)).headers['content-type']).toMatch(/json/);
    // The router's own answers under /api are untouched (no catch-all route takes them over).
    expect((await t.http.get(`/api/mentors/${'a'.repeat(101)}`)).status).toBe(414);
    expect((await t.http.put('/api/ping')).status).toBe(405);
    expect((await t.http.get('/not-a-client-route')).status).toBe(404);
  });

  it('serves nothing at / when the web app is not built', async () => {
    expect((await bare.http.get('/student')).status).toBe(404);
  });
});
