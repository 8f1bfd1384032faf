import { allowedOrigins } from '../src/http/cors.js';
import { aStudent } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PAGE = 'https://app.example.com';

describe('CORS_ORIGINS', () => {
  it('defaults: localhost in development and test, nothing in production; `none` and lists', () => {
    const dev = allowedOrigins({ NODE_ENV: 'development' });
    expect([dev('http://localhost:5173'), dev('http://127.0.0.1:8080'), dev('https://evil.example')]).toEqual([true, true, false]);
    expect(allowedOrigins({ NODE_ENV: 'production' })('http://localhost:5173')).toBe(false);
    expect(allowedOrigins({ NODE_ENV: 'development', CORS_ORIGINS: 'none' })('http://localhost:5173')).toBe(false);
    const listed = allowedOrigins({ NODE_ENV: 'production', CORS_ORIGINS: `${PAGE}, https://admin.example.com/` });
    expect([listed(PAGE), listed('https://admin.example.com'), listed('http://localhost:5173')]).toEqual([true, true, false]);
  });
});

describe('CORS on the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: PAGE });
  });
  afterAll(() => t.close());

  it('answers a preflight for an allowed origin with the methods and headers the API uses', async () => {
    const res = await t.http
      .options('/api/request/00000000-0000-4000-8000-000000000000')
      .set('Origin', PAGE)
      .set('Access-Control-Request-Method', 'PATCH')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(PAGE);
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    expect(res.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(res.headers['access-control-allow-headers']).toMatch(/last-event-id/);
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('exposes Retry-After and x-request-id, on errors too', async () => {
    const res = await t.http.get('/api/students').set('Origin', PAGE);
    expect(res.status).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(PAGE);
    expect(res.headers['access-control-expose-headers']).toMatch(/retry-after/);
    expect(res.headers['access-control-expose-headers']).toMatch(/x-request-id/);
    expect(res.headers.vary).toMatch(/Origin/i);
  });

  it('gives another origin no CORS headers', async () => {
    const res = await t.http.get('/api/ping').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http.options('/api/students').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows credentials only on the routes that use a cookie', async () => {
    const s = await aStudent(t.http);
    const bearer = await t.http.get('/api/students').set('Origin', PAGE).set(s.auth);
    expect(bearer.status).toBe(200);
    expect(bearer.headers['access-control-allow-credentials']).toBeUndefined();
    for (const path of ['/api/auth/refresh', '/api/students/sign-in', '/api/notifications/stream']) {
      const res = await t.http.options(path).set('Origin', PAGE).set('Access-Control-Request-Method', 'POST');
      expect({ path, credentials: res.headers['access-control-allow-credentials'] }).toEqual({ path, credentials: 'true' });
    }
  });
});
