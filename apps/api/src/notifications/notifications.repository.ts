import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity, type NotificationType } from './notification.entity.js';

export interface NewNotification {
  recipientId: string;
  type: NotificationType;
  data: Record<string, unknown>;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(NotificationEntity);
  }

  /**
   * Serialises notification writes to one recipient until the transaction ends, so that the
   * recipient's `seq` values are drawn in commit order (a replay "after N" cannot skip a row that
   * committed after a larger one). Take it last in a transaction, after every row lock.
   */
  async lockRecipient(manager: EntityManager, recipientId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`notifications:${recipientId}`]);
  }

  async insert(manager: EntityManager, n: NewNotification): Promise<NotificationEntity> {
    const result = await this.repo(manager).createQueryBuilder().insert().values({ recipientId: n.recipientId, type: n.type, data: n.data as never /* jsonb: not a deep-partial entity */ }).returning('*').execute();
    const row = result.raw[0] as Record<string, unknown>;
    return this.repo(manager).create({
      id: row.id as string,
      seq: String(row.seq),
      recipientId: n.recipientId,
      type: n.type,
      data: n.data,
      createdAt: row.created_at as Date,
      readAt: null,
    });
  }

  /**
   * Rewrites the recipient's newest notification of `n.type` whose data contains `match`, if it was
   * written in the last `withinSeconds`: new data, a new `seq` (so streams and the inbox see it as
   * the newest event) and unread again. Null when there is none to replace.
   */
  async replaceRecent(manager: EntityManager, n: NewNotification, match: Record<string, unknown>, withinSeconds: number): Promise<NotificationEntity | null> {
    const rows = (await manager.query(
      `UPDATE notifications SET data = $4, seq = DEFAULT, created_at = clock_timestamp(), read_at = NULL
       WHERE id = (SELECT id FROM notifications
                   WHERE recipient_id = $1 AND type = $2 AND data @> $3 AND created_at > clock_timestamp() - make_interval(secs => $5)
                   ORDER BY seq DESC LIMIT 1)
       RETURNING id, seq, created_at`,
      [n.recipientId, n.type, JSON.stringify(match), JSON.stringify(n.data), withinSeconds],
    )) as [{ id: string; seq: string; created_at: Date }[], number] | { id: string; seq: string; created_at: Date }[];
    const row = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as { id: string; seq: string; created_at: Date } | undefined;
    if (!row) return null;
    return this.repo(manager).create({ id: row.id, seq: String(row.seq), recipientId: n.recipientId, type: n.type, data: n.data, createdAt: row.created_at, readAt: null });
  }

  /** The recipient's notifications after event id `afterSeq`, oldest first (stream replay). */
  listAfter(recipientId: string, afterSeq: string, limit: number): Promise<NotificationEntity[]> {
    return this.repo()
      .createQueryBuilder('n')
      .where('n.recipient_id = :recipientId AND n.seq > :afterSeq', { recipientId, afterSeq })
      .orderBy('n.seq', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The newest event id of the recipient, or null when they have none. */
  async lastSeq(recipientId: string): Promise<string | null> {
    const row = await this.repo()
      .createQueryBuilder('n')
      .select('n.seq', 'seq')
      .where('n.recipient_id = :recipientId', { recipientId })
      .orderBy('n.seq', 'DESC')
      .limit(1)
      .getRawOne<{ seq: string }>();
    return row ? String(row.seq) : null;
  }

  /** Inbox page, newest first; keyset on `seq`. */
  page(recipientId: string, unreadOnly: boolean, limit: number, beforeSeq?: string): Promise<NotificationEntity[]> {
    const q = this.repo().createQueryBuilder('n').where('n.recipient_id = :recipientId', { recipientId });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    if (beforeSeq !== undefined) q.andWhere('n.seq < :beforeSeq', { beforeSeq });
    return q.orderBy('n.seq', 'DESC').limit(limit).getMany();
  }

  count(recipientId: string, unreadOnly: boolean): Promise<number> {
    const q = this.repo().createQueryBuilder('n').where('n.recipient_id = :recipientId', { recipientId });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    return q.getCount();
  }

  /** Marks every unread notification of the recipient read; how many were. */
  async markAllRead(recipientId: string): Promise<number> {
    const result = await this.repo().createQueryBuilder().update().set({ readAt: () => 'now()' }).where('recipient_id = :recipientId AND read_at IS NULL', { recipientId }).execute();
    return result.affected ?? 0;
  }

  /** Deletes the account's notifications and stream tickets (account deletion). */
  async forget(manager: EntityManager, accountId: string): Promise<void> {
    await this.repo(manager).delete({ recipientId: accountId });
    await manager.query('DELETE FROM stream_tickets WHERE account_id = $1', [accountId]);
  }

  /** Marks one of the recipient's notifications read (keeps the first read time); null if not theirs. */
  async markRead(recipientId: string, id: string): Promise<NotificationEntity | null> {
    await this.repo()
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND recipient_id = :recipientId', { id, recipientId })
      .execute();
    return this.repo().findOneBy({ id, recipientId });
  }
}
