import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import { ProblemDto } from '@app/common';
import type { Principal, Role } from './roles.js';

export const AUTH_METADATA = 'mm:auth';

export interface AuthRequirement {
  /** Roles allowed; empty means any signed-in account. */
  roles: Role[];
  /**
   * Who the caller is: `required` (401 without a valid token), `optional` (a valid token is read;
   * an unusable one is answered as anonymous, with a `WWW-Authenticate` hint) or `ignored` (the
   * `Authorization` header is not looked at: a stale token never breaks sign-in, refresh or health).
   */
  identity: 'required' | 'optional' | 'ignored';
}

/** The route needs a valid access token of one of these roles (any role when none is named). */
export const Authenticated = (options: { roles?: Role[] } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AUTH_METADATA, { roles: options.roles ?? [], identity: 'required' } satisfies AuthRequirement),
    ApiBearerAuth(),
    ApiResponse({ status: 401, description: 'Missing, expired or invalid access token', type: ProblemDto }),
    ...(options.roles?.length ? [ApiResponse({ status: 403, description: `Only for: ${options.roles.join(', ')}`, type: ProblemDto })] : []),
  );

/**
 * Anyone may call the route, and the `Authorization` header is ignored. With `{ optionalAuth: true }`
 * a valid token, if sent, is read (an unusable one makes the caller anonymous).
 */
export const Public = (options: { optionalAuth?: boolean } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AUTH_METADATA, { roles: [], identity: options.optionalAuth ? 'optional' : 'ignored' } satisfies AuthRequirement),
    ...(options.optionalAuth ? [ApiBearerAuth()] : []),
  );

/** The verified caller; `undefined` only on public routes called without a token. */
export const CurrentAccount = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
});
