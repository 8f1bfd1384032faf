import { type ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply } from 'fastify';
import { DomainError, forbidden, unauthorized } from '@app/common';
import { AUTH_METADATA, type AuthRequirement } from './decorators.js';
import type { Principal } from './roles.js';
import { AccessRevocations } from './access-revocations.js';

const INVALID_TOKEN_HINT = 'Bearer error="invalid_token", error_description="A valid access token is required"';
const ANONYMOUS_HINT = 'Bearer error="invalid_token", error_description="The access token is not valid; answered as anonymous"';

/**
 * The one global guard. Every route must say who may call it: a route with neither
 * `@Authenticated()` nor `@Public()` is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    @Optional() private readonly revocations?: AccessRevocations,
  ) {
    super();
  }

  /** Route metadata never changes after start-up: read it once per handler. */
  private readonly requirements = new WeakMap<object, AuthRequirement | undefined>();

  private requirement(ctx: ExecutionContext): AuthRequirement | undefined {
    const handler = ctx.getHandler();
    if (!this.requirements.has(handler)) {
      this.requirements.set(handler, this.reflector.getAllAndOverride<AuthRequirement>(AUTH_METADATA, [handler, ctx.getClass()]));
    }
    return this.requirements.get(handler);
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const requirement = this.requirement(ctx);
    if (!requirement) throw forbidden('AUTH.ROUTE_NOT_DECLARED', 'This route declares no access rule.');
    if (requirement.identity === 'ignored') return true;
    const http = ctx.switchToHttp();
    if (requirement.identity === 'optional') {
      if (!http.getRequest<{ headers: Record<string, string | undefined> }>().headers.authorization) return true;
      try {
        await (super.canActivate(ctx) as Promise<boolean>);
      } catch {
        // An expired or forged token on a route that does not need one: answered as anonymous.
        void http.getResponse<FastifyReply>().header('www-authenticate', ANONYMOUS_HINT);
      }
      return true;
    }
    try {
      await (super.canActivate(ctx) as Promise<boolean>);
    } catch (error) {
      if (error instanceof DomainError && error.status === 401) void http.getResponse<FastifyReply>().header('www-authenticate', INVALID_TOKEN_HINT);
      throw error;
    }
    return true;
  }

  override handleRequest<T = Principal>(err: unknown, user: T | false, _info: unknown, ctx: ExecutionContext): T {
    const requirement = this.requirement(ctx)!;
    if (err || !user) {
      throw unauthorized('AUTH.INVALID_TOKEN', 'A valid access token is required (Authorization: Bearer <token>).');
    }
    const principal = user as unknown as Principal;
    // A suspended account's tokens stop working at once; the code tells its client why (a refresh would not help).
    if (this.revocations?.isRevoked(principal.id)) throw forbidden('ACCOUNT.SUSPENDED', 'This account is suspended.');
    if (requirement.roles.length > 0 && !requirement.roles.includes(principal.role)) {
      throw forbidden('AUTH.ROLE_NOT_ALLOWED', `This action is only for: ${requirement.roles.join(', ')}.`);
    }
    return user;
  }
}
