import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/config';
import type { AccessTokenClaims, Principal } from '@app/auth';
import { forbidden, unauthorized } from '@app/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Bound to the session (the refresh family): what cookie-authenticated calls send in x-csrf-token. */
  csrfToken: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Refresh tokens are `<id>.<secret>`: the id finds the row, the secret proves possession. */
function parseRefreshToken(token: string): { id: string; secret: string } {
  const [id, secret, ...rest] = token.split('.');
  if (!id || !secret || rest.length > 0 || !UUID.test(id) || secret.length !== 43) {
    throw unauthorized('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked.');
  }
  return { id, secret };
}

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly transactions: Transactions,
  ) {}

  /** A new family: called at sign-in and sign-up. */
  issue(principal: Principal): Promise<TokenPair> {
    return this.issueInFamily(principal, randomUUID());
  }

  private async issueInFamily(principal: Principal, familyId: string, manager?: Parameters<RefreshTokensRepository['insert']>[0]): Promise<TokenPair> {
    const claims: AccessTokenClaims = { sub: principal.id, role: principal.role, typ: 'access', sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(manager, {
      id,
      familyId,
      accountId: principal.id,
      secretHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.JWT_REFRESH_TTL * 1000),
    });
    return { accessToken, refreshToken: `${id}.${secret}`, expiresIn: this.config.JWT_ACCESS_TTL, csrfToken: this.csrfTokenOf(familyId) };
  }

  /** The CSRF token of a session: an HMAC of its family id, stable across rotations, useless without the cookie. */
  private csrfTokenOf(familyId: string): string {
    return createHmac('sha256', this.config.JWT_SECRET!).update(`csrf:${familyId}`).digest('base64url');
  }

  private csrfMatches(familyId: string, given: string | undefined): boolean {
    const expected = Buffer.from(this.csrfTokenOf(familyId));
    const actual = Buffer.from(given ?? '');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  /**
   * Spends the refresh token and issues the next of its family. A spent token presented again
   * means it was copied: the whole family is revoked and the caller must sign in again.
   */
  async rotate(
    refreshToken: string,
    roleOf: (accountId: string, manager: EntityManager) => Promise<Principal['role'] | undefined>,
    csrf?: { token: string | undefined },
  ): Promise<TokenPair & { principal: Principal }> {
    const { id, secret } = parseRefreshToken(refreshToken);
    const refused = unauthorized('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked.');
    let reused: string | undefined;
    const result = await this.transactions.run(async (manager) => {
      const row = await this.refreshTokens.lockById(manager, id);
      if (!row || !timingSafeEqual(Buffer.from(row.secretHash), Buffer.from(sha256(secret)))) return undefined;
      if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return undefined;
      // A refresh token from a cookie also needs its session's CSRF token: a cross-site form cannot send it.
      if (csrf && !this.csrfMatches(row.familyId, csrf.token)) throw forbidden('AUTH.CSRF_FAILED', 'A cookie-authenticated call needs the x-csrf-token header from sign-in or the last refresh.');
      if (row.usedAt) {
        reused = row.familyId;
        return undefined;
      }
      const role = await roleOf(row.accountId, manager);
      if (!role) return undefined;
      await this.refreshTokens.markUsed(manager, row.id);
      const principal = { id: row.accountId, role };
      return { ...(await this.issueInFamily(principal, row.familyId, manager)), principal };
    });
    if (reused) await this.refreshTokens.revokeFamily(undefined, reused);
    if (!result) throw refused;
    return result;
  }

  /** Revokes every refresh family of the account, inside the caller's transaction; answers how many tokens. */
  revokeAll(manager: EntityManager, accountId: string): Promise<number> {
    return this.refreshTokens.revokeAllOf(manager, accountId);
  }

  /** Which of these sessions were revoked (signed out, or a stolen refresh token detected). */
  revokedSessions(sessionIds: string[]): Promise<Set<string>> {
    return this.refreshTokens.revokedFamilies(sessionIds);
  }

  /** Revokes the family of a refresh token that belongs to the caller; unknown tokens are ignored. */
  async revoke(refreshToken: string, caller: Principal, csrf?: { token: string | undefined }): Promise<void> {
    const { id, secret } = parseRefreshToken(refreshToken);
    await this.transactions.run(async (manager) => {
      const row = await this.refreshTokens.lockById(manager, id);
      if (!row || row.accountId !== caller.id || row.secretHash !== sha256(secret)) return;
      if (csrf && !this.csrfMatches(row.familyId, csrf.token)) throw forbidden('AUTH.CSRF_FAILED', 'A cookie-authenticated call needs the x-csrf-token header from sign-in or the last refresh.');
      await this.refreshTokens.revokeFamily(manager, row.familyId);
    });
  }
}
