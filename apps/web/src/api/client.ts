import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@app/api-client';
import { sessionStore } from '../app/session';

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

/** Bearer token on every call; one refresh (shared by concurrent calls) and a retry on a 401. */
const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.get();
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    if (session && !request.url.includes('/api/auth/')) pending.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const retry = pending.get(request);
    if (response.status !== 401 || !retry) return response;
    refreshing ??= refreshSession().finally(() => (refreshing = undefined));
    if (!(await refreshing)) return response;
    retry.headers.set('authorization', `Bearer ${sessionStore.get()?.accessToken ?? ''}`);
    return fetch(retry);
  },
};

export const api = createClient<paths>({ baseUrl: '/' });
api.use(auth);

async function refreshSession(): Promise<boolean> {
  const session = sessionStore.get();
  if (!session) return false;
  const { data } = await api.POST('/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
  if (!data) {
    sessionStore.set(undefined);
    return false;
  }
  sessionStore.set({ ...session, accessToken: data.accessToken, refreshToken: data.refreshToken ?? session.refreshToken });
  return true;
}

/** The data of a call, or its problem+json as a ProblemError. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as { code?: string; detail?: string; title?: string };
  throw new ProblemError(response.status, problem.code, problem.detail ?? problem.title);
}
