import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@app/api-client';
import { readSavedSession, sessionStore } from '../app/session';

/** The API's own types: the typed client generated from openapi.json by `npm run openapi` (libs/api-client). */
export type Schemas = components['schemas'];

/** A problem+json answer (RFC 9457) turned into an exception for TanStack Query. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(detail ?? `HTTP ${status}`);
  }
}

const pending = new WeakMap<Request, Request>();
let refreshing: Promise<boolean> | undefined;

const isSessionCall = (url: string): boolean => url.includes('/api/auth/') || url.endsWith('/sign-in') || url.endsWith('/sign-up');

/**
 * Bearer token on every call. A 401 refreshes the session once (through the cookie; concurrent
 * calls share the refresh) and retries; a 403 ACCOUNT.SUSPENDED signs out at once.
 */
const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.get().session;
    if (session && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    if (session && !isSessionCall(request.url)) pending.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const retry = pending.get(request);
    if (!retry) return response;
    if (response.status === 403) {
      const code = ((await response.clone().json().catch(() => ({}))) as { code?: string }).code;
      if (code === 'ACCOUNT.SUSPENDED') sessionStore.set(undefined, 'suspended');
      return response;
    }
    if (response.status !== 401) return response;
    refreshing ??= refreshSession().finally(() => (refreshing = undefined));
    if (!(await refreshing)) return response;
    retry.headers.set('authorization', `Bearer ${sessionStore.get().session?.accessToken ?? ''}`);
    return fetch(retry);
  },
};

export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

/** Tabs share the cookie: one refresh at a time across them, so none presents a spent token. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('mm.refresh', work) : work();
}

/**
 * A new access token through the httpOnly refresh cookie (with the session's CSRF token); signs
 * out when the cookie is gone, revoked or expired. `quiet`: a reload that finds no session says nothing.
 */
export async function refreshSession(quiet = false): Promise<boolean> {
  const saved = sessionStore.get().session ?? readSavedSession();
  if (!saved) return false;
  const { data } = await oneAtATime(() => api.POST('/api/auth/refresh', { body: {}, headers: { 'x-csrf-token': saved.csrfToken } })).catch(() => ({ data: undefined }));
  if (!data) {
    sessionStore.set(undefined, quiet ? undefined : 'expired');
    return false;
  }
  sessionStore.set({ role: saved.role, id: saved.id, name: saved.name, csrfToken: data.csrfToken ?? saved.csrfToken, accessToken: data.accessToken });
  return true;
}

/** The data of a call, or its problem+json as a ProblemError. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as { code?: string; detail?: string; title?: string };
  throw new ProblemError(response.status, problem.code, problem.detail ?? problem.title);
}
