import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblem } from '@app/common';
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
    ApiProblem('AUTH.INVALID_TOKEN', 'ACCOUNT.SUSPENDED', ...(options.roles?.length ? (['AUTH.ROLE_NOT_ALLOWED'] as const) : [])),
  );

/**
 * Anyone may call the route, and the `Authorization` header is ignored (no lock in the OpenAPI
 * document). With `{ optionalAuth: true }` a valid token, if sent, is read (an unusable one makes
 * the caller anonymous).
 */
export const Public = (options: { optionalAuth?: boolean } = {}): MethodDecorator & ClassDecorator =>
  SetMetadata(AUTH_METADATA, { roles: [], identity: options.optionalAuth ? 'optional' : 'ignored' } satisfies AuthRequirement);

/** The verified caller; `undefined` only on public routes called without a token. */
export const CurrentAccount = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
});
