import { applyDecorators, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { AppConfig } from '@app/config';

/** The refresh token of browser clients: httpOnly (no script reads it), sent only to /api/auth. */
export const REFRESH_COOKIE = 'mm_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const CSRF_HEADER = 'x-csrf-token';

/** The refresh cookie the request carries, if any. */
export const refreshCookieOf = (request: FastifyRequest): string | undefined => request.cookies?.[REFRESH_COOKIE] || undefined;

export function setRefreshCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(REFRESH_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, maxAge: maxAgeSeconds });
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
}

interface SessionBody {
  refreshToken?: string;
  csrfToken?: string;
}

/**
 * Sign-in with `refreshCookie: true`, and a refresh that came with the cookie: the refresh token
 * leaves the body for an httpOnly cookie, and the body carries the CSRF token the cookie routes
 * require in `x-csrf-token`. Otherwise the body keeps the refresh token and has no CSRF token.
 */
@Injectable()
export class RefreshCookieInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = ctx.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = request.body as { refreshCookie?: unknown; refreshToken?: unknown } | undefined;
    const cookieMode = body?.refreshCookie === true || (body?.refreshToken === undefined && refreshCookieOf(request) !== undefined);
    return next.handle().pipe(
      map((session: SessionBody) => {
        const { refreshToken, csrfToken, ...rest } = session;
        if (!cookieMode || !refreshToken) return { ...rest, refreshToken };
        setRefreshCookie(reply, refreshToken, this.config.JWT_REFRESH_TTL);
        return { ...rest, csrfToken };
      }),
    );
  }
}

/** Routes that answer a session: the refresh token may go to a cookie instead of the body. */
export const RefreshCookie = (): MethodDecorator => applyDecorators(UseInterceptors(RefreshCookieInterceptor));

/**
 * The refresh token of a call: the body's, or else the cookie's, which then needs the session's
 * CSRF token in x-csrf-token (`csrf` is set exactly when the cookie is used).
 */
export function refreshTokenOf(request: FastifyRequest, body: { refreshToken?: string }): { token: string | undefined; csrf?: { token: string | undefined } } {
  if (body.refreshToken !== undefined) return { token: body.refreshToken };
  const header = request.headers[CSRF_HEADER];
  return { token: refreshCookieOf(request), csrf: { token: typeof header === 'string' ? header : undefined } };
}
