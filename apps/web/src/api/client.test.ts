import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../app/session';
import { api, refreshSession } from './client';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });
const session = { role: 'student' as const, id: 's1', name: 'Ann', accessToken: 'old-access', csrfToken: 'csrf-1' };

/** The calls the client made: method, path and the headers that matter. */
const calls = () =>
  vi.mocked(fetch).mock.calls.map(([input]) => {
    const request = input as Request;
    return { call: `${request.method} ${new URL(request.url).pathname}`, authorization: request.headers.get('authorization'), csrf: request.headers.get('x-csrf-token') };
  });

describe('the API client (bearer token, refresh through the cookie, suspension)', () => {
  afterEach(() => sessionStore.set(undefined));

  it('on a 401 refreshes once through the cookie (with the CSRF token) and retries with the new access token', async () => {
    sessionStore.set(session);
    vi.mocked(fetch)
      .mockResolvedValueOnce(json(401, { status: 401, code: 'AUTH.INVALID_TOKEN' }))
      .mockResolvedValueOnce(json(200, { accessToken: 'new-access', csrfToken: 'csrf-1', expiresIn: 900, role: 'student' }))
      .mockResolvedValueOnce(json(200, { items: [], unread: 0, nextCursor: null }));
    const { data } = await api.GET('/api/notifications');
    expect(data).toEqual({ items: [], unread: 0, nextCursor: null });
    expect(calls()).toEqual([
      { call: 'GET /api/notifications', authorization: 'Bearer old-access', csrf: null },
      { call: 'POST /api/auth/refresh', authorization: 'Bearer old-access', csrf: 'csrf-1' },
      { call: 'GET /api/notifications', authorization: 'Bearer new-access', csrf: null },
    ]);
    expect(sessionStore.get().session?.accessToken).toBe('new-access');
    expect(localStorage.getItem('mm.session')).not.toContain('access'); // the access token stays in memory
  });

  it('signs out, saying the session ended, when the refresh is refused', async () => {
    sessionStore.set(session);
    vi.mocked(fetch)
      .mockResolvedValueOnce(json(401, { status: 401, code: 'AUTH.INVALID_TOKEN' }))
      .mockResolvedValueOnce(json(401, { status: 401, code: 'AUTH.INVALID_REFRESH_TOKEN' }));
    const { response } = await api.GET('/api/notifications');
    expect(response.status).toBe(401);
    expect(sessionStore.get()).toEqual({ session: undefined, restoring: false, reason: 'expired' });
    expect(localStorage.getItem('mm.session')).toBeNull();
  });

  it('signs out at once, saying why, on 403 ACCOUNT.SUSPENDED (no refresh: it would not help)', async () => {
    sessionStore.set(session);
    vi.mocked(fetch).mockResolvedValueOnce(json(403, { status: 403, code: 'ACCOUNT.SUSPENDED', detail: 'This account is suspended.' }));
    await api.POST('/api/notifications/stream-cookie');
    expect(calls()).toHaveLength(1);
    expect(sessionStore.get().reason).toBe('suspended');
  });

  it('leaves other 403s alone (a role that may not do something stays signed in)', async () => {
    sessionStore.set(session);
    vi.mocked(fetch).mockResolvedValueOnce(json(403, { status: 403, code: 'AUTH.ROLE_NOT_ALLOWED' }));
    await api.GET('/api/admin/accounts');
    expect(sessionStore.get().session).toEqual(session);
  });

  it('a reload restores the saved session through the cookie, or drops it quietly', async () => {
    localStorage.setItem('mm.session', JSON.stringify({ role: 'mentor', id: 'm1', name: 'Max', csrfToken: 'csrf-2' }));
    vi.mocked(fetch).mockResolvedValueOnce(json(200, { accessToken: 'fresh', csrfToken: 'csrf-2', expiresIn: 900, role: 'mentor' }));
    expect(await refreshSession(true)).toBe(true);
    expect(sessionStore.get().session).toEqual({ role: 'mentor', id: 'm1', name: 'Max', csrfToken: 'csrf-2', accessToken: 'fresh' });
    expect(calls()[0]).toEqual({ call: 'POST /api/auth/refresh', authorization: null, csrf: 'csrf-2' });

    sessionStore.set(undefined);
    localStorage.setItem('mm.session', JSON.stringify({ role: 'mentor', id: 'm1', name: 'Max', csrfToken: 'csrf-2' }));
    vi.mocked(fetch).mockResolvedValueOnce(json(401, { status: 401, code: 'AUTH.INVALID_REFRESH_TOKEN' }));
    expect(await refreshSession(true)).toBe(false);
    expect(sessionStore.get().reason).toBeUndefined();
  });

  it('drops what an older version kept under the session key (tokens in localStorage)', async () => {
    const { readSavedSession } = await import('../app/session');
    localStorage.setItem('mm.session', JSON.stringify({ role: 'student', id: 's1', name: 'Ann', accessToken: 'a', refreshToken: 'r' }));
    expect(readSavedSession()).toBeUndefined();
    expect(localStorage.getItem('mm.session')).toBeNull();
  });
});
