import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal, Role } from '@app/auth';
import { StreamTicketEntity } from './stream-ticket.entity.js';

@Injectable()
export class StreamTicketsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(StreamTicketEntity);
  }

  async insert(tokenHash: string, holder: Principal, ttlSeconds: number, reusable = false): Promise<Date> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({
        tokenHash,
        accountId: holder.id,
        role: holder.role,
        reusable,
        sessionId: holder.sessionId ?? null,
        credentialExpiresAt: holder.expiresAt === undefined ? null : new Date(holder.expiresAt * 1000),
        expiresAt: () => `now() + make_interval(secs => ${Math.trunc(ttlSeconds)})`,
      })
      .returning('expires_at')
      .execute();
    return (result.raw[0] as { expires_at: Date }).expires_at;
  }

  /** Deletes the ticket if it has not expired and answers its holder: one use, even across replicas. */
  async redeem(tokenHash: string): Promise<Principal | null> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where('token_hash = :tokenHash AND expires_at > now() AND NOT reusable', { tokenHash })
      .returning('account_id, role, session_id, credential_expires_at')
      .execute();
    const row = (result.raw as { account_id: string; role: Role; session_id: string | null; credential_expires_at: Date | null }[])[0];
    if (!row) return null;
    return { id: row.account_id, role: row.role, sessionId: row.session_id ?? undefined, expiresAt: row.credential_expires_at ? Math.floor(row.credential_expires_at.getTime() / 1000) : undefined };
  }

  /** The holder of a stream cookie that has not expired nor outlived `maxAgeSeconds`; it stays valid. */
  async holderOf(tokenHash: string, maxAgeSeconds: number): Promise<Principal | null> {
    const [row] = (await this.dataSource.query(
      `SELECT account_id, role, session_id FROM stream_tickets
        WHERE token_hash = $1 AND reusable AND expires_at > now() AND created_at > now() - make_interval(secs => $2)`,
      [tokenHash, maxAgeSeconds],
    )) as { account_id: string; role: Role; session_id: string | null }[];
    // No credential expiry: the cookie's own lifetime bounds it; its session's revocation ends its streams.
    return row ? { id: row.account_id, role: row.role, sessionId: row.session_id ?? undefined } : null;
  }

  /** Pushes the expiry of these stream cookies to now + `ttlSeconds` (their open streams renew them). */
  async extend(tokenHashes: string[], ttlSeconds: number): Promise<void> {
    if (tokenHashes.length === 0) return;
    await this.dataSource.query(
      'UPDATE stream_tickets SET expires_at = now() + make_interval(secs => $2) WHERE token_hash = ANY($1) AND reusable AND expires_at > now()',
      [tokenHashes, ttlSeconds],
    );
  }

  async deleteExpired(): Promise<void> {
    await this.repo.createQueryBuilder().delete().where('expires_at < now()').execute();
  }
}
