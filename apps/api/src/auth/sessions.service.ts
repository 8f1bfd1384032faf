import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@app/auth';
import type { AccountEntity } from '../accounts/account.entity.js';
import { AccountsService } from '../accounts/accounts.service.js';
import type { Principal } from '@app/auth';
import { Transactions } from '../database/transactions.js';
import { type TokenPair, TokensService } from './tokens.service.js';

export type Session<P> = Omit<TokenPair, 'csrfToken'> & { csrfToken?: string; role: Role; profile: P };

/** Sign-up and sign-in for every kind of account: credentials here, profiles in each feature. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Changes the caller's password and revokes every refresh family of the account; the answer is
   * a new pair (a new family) for the caller, so only this device stays signed in.
   */
  async changePassword(caller: Principal, currentPassword: string, newPassword: string): Promise<Session<null>> {
    await this.accounts.checkPassword(caller.id, currentPassword);
    const hash = await this.accounts.hashPassword(newPassword);
    await this.transactions.run(async (manager) => {
      await this.accounts.setPasswordHash(manager, caller.id, hash);
      await this.tokens.revokeAll(manager, caller.id);
    });
    return { ...(await this.tokens.issue(caller)), role: caller.role, profile: null };
  }

  /** Account deletion, inside its transaction: credentials erased, every session revoked. */
  async eraseAccount(manager: EntityManager, accountId: string): Promise<void> {
    await this.accounts.erase(manager, accountId);
    await this.tokens.revokeAll(manager, accountId);
  }

  async signUp<P>(kind: Role, email: string, password: string, createProfile: (manager: EntityManager, account: AccountEntity) => Promise<P>): Promise<Session<P>> {
    const { account, profile } = await this.accounts.register(kind, email, password, createProfile);
    // Sign-up answers the body flow only (a browser signs in with refreshCookie afterwards).
    const { csrfToken: _csrf, ...pair } = await this.tokens.issue({ id: account.id, role: kind });
    return { ...pair, role: kind, profile };
  }

  async signIn<P>(kind: Role, email: string, password: string, loadProfile: (accountId: string) => Promise<P>): Promise<Session<P>> {
    const account = await this.accounts.authenticate(kind, email, password);
    const profile = await loadProfile(account.id);
    return { ...(await this.tokens.issue({ id: account.id, role: kind })), role: kind, profile };
  }
}
