import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The stream cookie: what lets a browser EventSource reconnect by itself. httpOnly (no script
 * reads it), SameSite=Strict (no other site's page sends it), sent only to the stream path, never
 * in a URL. Server-side it expires STREAM_COOKIE_IDLE_SECONDS after the last moment a stream it
 * opened was open, and STREAM_COOKIE_MAX_AGE_SECONDS after issue at the latest.
 */
export const STREAM_COOKIE = 'mm_stream';
export const STREAM_COOKIE_PATH = '/api/notifications/stream';
export const STREAM_COOKIE_IDLE_SECONDS = 120;
export const STREAM_COOKIE_MAX_AGE_SECONDS = 12 * 3600;

export const streamCookieOf = (request: FastifyRequest): string | undefined => {
  const value = request.cookies?.[STREAM_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
};

export function setStreamCookie(reply: FastifyReply, token: string): void {
  void reply.setCookie(STREAM_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: STREAM_COOKIE_PATH, maxAge: STREAM_COOKIE_MAX_AGE_SECONDS });
}
