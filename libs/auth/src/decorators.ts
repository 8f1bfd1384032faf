import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblem } from '@app/common';
import type { Principal, Role } from './roles.js';

export const AUTH_METADATA = 'mm:auth';

export interface AuthRequirement {
  /** Roles allowed; empty means any signed-in account. */
  roles: Role[];
  /** Public routes that still read a token when one is sent. */
  optional?: boolean;
}

/** The route needs a valid access token of one of these roles (any role when none is named). */
export const Authenticated = (options: { roles?: Role[] } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AUTH_METADATA, { roles: options.roles ?? [] } satisfies AuthRequirement),
    ApiBearerAuth(),
    ApiProblem('AUTH.INVALID_TOKEN'),
    ...(options.roles?.length ? [ApiProblem('AUTH.ROLE_NOT_ALLOWED')] : []),
  );

/**
 * Anyone may call the route (no lock in the OpenAPI document). With `{ optionalAuth: true }` a
 * valid token, if sent, is still read (the route's description says what it changes).
 */
export const Public = (_options: { optionalAuth?: boolean } = {}): MethodDecorator & ClassDecorator =>
  SetMetadata(AUTH_METADATA, { roles: [], optional: true } satisfies AuthRequirement);

/** The verified caller; `undefined` only on public routes called without a token. */
export const CurrentAccount = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
});
