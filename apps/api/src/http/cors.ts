import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EnvDto } from '@app/config';

/** Any port of this machine: the default in development and test. */
const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * The routes whose answer sets or reads a cookie (sign-in, the refresh cookie under /api/auth, the
 * stream cookie): only there may a page send credentials. Everywhere else the access token goes in
 * the Authorization header, so credentialed CORS would only widen what a page could do.
 */
export const COOKIE_ROUTES = /^\/api\/(auth\/|(students|mentors|admin)\/sign-in(\?|$)|notifications\/stream(-cookie)?(\?|\/|$))/;

/** The methods and request headers the API reads; the headers a page may read from responses. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ALLOWED_HEADERS = ['authorization', 'content-type', 'last-event-id', 'x-request-id', 'x-csrf-token'];
const EXPOSED_HEADERS = ['retry-after', 'x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining'];
/** Seconds a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE = 600;

/** The origins allowed by CORS_ORIGINS, or the defaults of NODE_ENV. */
export function allowedOrigins(config: Pick<EnvDto, 'CORS_ORIGINS' | 'NODE_ENV'>): (origin: string) => boolean {
  const setting = config.CORS_ORIGINS?.trim();
  if (setting === 'none') return () => false;
  if (setting) {
    const origins = new Set(setting.split(',').map((o) => o.trim().replace(/\/$/, '')));
    return (origin) => origins.has(origin);
  }
  return config.NODE_ENV === 'production' ? () => false : (origin) => LOCALHOST.test(origin);
}

/** CORS through @fastify/cors: preflights, allowed origins, and credentials only on the cookie routes. */
export async function registerCors(fastify: FastifyInstance, config: Pick<EnvDto, 'CORS_ORIGINS' | 'NODE_ENV'>): Promise<void> {
  const allowed = allowedOrigins(config);
  const base: FastifyCorsOptions = {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed(origin)),
    methods: METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  };
  const withCredentials: FastifyCorsOptions = { ...base, credentials: true };
  await fastify.register(cors, {
    delegator: (request: FastifyRequest, cb: (error: Error | null, options: FastifyCorsOptions) => void) => cb(null, COOKIE_ROUTES.test(request.url) ? withCredentials : base),
  });
}
