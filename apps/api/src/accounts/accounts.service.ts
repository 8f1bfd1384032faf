import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@app/auth';
import { conflict, forbidden, notFound, unauthorized } from '@app/common';
import { Transactions } from '../database/transactions.js';
import type { AccountEntity } from './account.entity.js';
import { AccountsRepository } from './accounts.repository.js';
import { PasswordService } from './password.service.js';

export type ProfileFactory<T> = (manager: EntityManager, account: AccountEntity) => Promise<T>;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Credentials of every kind of account; the profile of each kind lives in its own feature. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
  ) {}

  /**
   * Creates the account and, in the same transaction, its profile. A taken email is a 409 even
   * when two sign-ups race: the unique index decides, not a prior read.
   */
  async register<T>(kind: Role, email: string, password: string, createProfile: ProfileFactory<T>): Promise<{ account: AccountEntity; profile: T }> {
    return this.registerHashed(kind, email, await this.passwords.hash(password), createProfile);
  }

  /** As `register`, with a hash made already (the demo seed hashes its one password once). */
  registerHashed<T>(kind: Role, email: string, passwordHash: string, createProfile: ProfileFactory<T>): Promise<{ account: AccountEntity; profile: T }> {
    return this.transactions.run(async (manager) => {
      const account = await this.accounts.insertIfAbsent(manager, kind, normalizeEmail(email), passwordHash);
      if (!account) throw conflict('ACCOUNT.EMAIL_TAKEN', `A ${kind} account with this email already exists.`);
      return { account, profile: await createProfile(manager, account) };
    });
  }

  /** The same answer, and about the same time, for an unknown email and a wrong password. */
  async authenticate(kind: Role, email: string, password: string): Promise<AccountEntity> {
    const account = await this.accounts.findByEmail(kind, normalizeEmail(email));
    const ok = await this.passwords.verify(account?.passwordHash, password);
    if (!account || !ok) throw unauthorized('AUTH.BAD_CREDENTIALS', 'Wrong email or password.');
    // Said only to whoever knows the password: a suspension is not an oracle for who has an account.
    if (account.suspendedAt) throw forbidden('ACCOUNT.SUSPENDED', 'This account is suspended.');
    return account;
  }

  /** With `manager`, inside that transaction (on a one-connection pool anything else would wait forever). */
  findRole(id: string, manager?: EntityManager): Promise<Role | undefined> {
    return this.accounts.findRole(id, manager);
  }

  async emailOf(id: string): Promise<string | undefined> {
    return (await this.accounts.findById(id))?.email;
  }

  /** id -> email of the accounts that exist among `ids`, in one query. */
  async emailsOf(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.accounts.findByIds(ids)).map((a) => [a.id, a.email]));
  }

  /** 403 unless `password` is the account's current password. */
  async checkPassword(id: string, password: string): Promise<void> {
    const account = await this.accounts.findById(id);
    if (!account || !(await this.passwords.verify(account.passwordHash, password))) throw forbidden('AUTH.WRONG_PASSWORD', 'The password is not the current password of this account.');
  }

  /** Replaces the password hash (from `hashPassword`, made before the transaction), inside the caller's transaction. */
  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await this.accounts.setPasswordHash(manager, id, passwordHash);
  }

  /**
   * Account deletion: the email is replaced by a placeholder (the address may sign up again) and
   * the password hash by one nothing verifies against, so the old credentials never sign in.
   */
  async erase(manager: EntityManager, id: string): Promise<void> {
    await this.accounts.erase(manager, id);
  }

  hashPassword(password: string): Promise<string> {
    return this.passwords.hash(password);
  }

  /**
   * Suspends (`by` = the admin) or reinstates (`by` = null) the account inside the caller's
   * transaction, with the row locked; answers its kind and whether anything changed.
   */
  async setSuspended(manager: EntityManager, id: string, by: string | null): Promise<{ kind: Role; changed: boolean }> {
    const account = await this.accounts.lockById(manager, id);
    if (!account) throw notFound('ACCOUNT.NOT_FOUND', 'No account has this id.');
    const changed = (account.suspendedAt !== null) !== (by !== null);
    if (changed) await this.accounts.setSuspended(manager, id, by);
    return { kind: account.kind, changed };
  }
}
