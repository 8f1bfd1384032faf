import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RequestMessageEntity } from './request-message.entity.js';

export type NewRequestMessage = Pick<RequestMessageEntity, 'requestId' | 'authorId' | 'authorRole' | 'body' | 'fromStatus' | 'toStatus' | 'reason'>;

/** The thread of each request: messages and transitions, in `seq` order. */
@Injectable()
export class RequestMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(RequestMessageEntity);
  }

  async insert(manager: EntityManager, entry: NewRequestMessage): Promise<RequestMessageEntity> {
    const result = await this.repo(manager).createQueryBuilder().insert().values(entry).returning(['id', 'seq', 'created_at']).execute();
    const row = (result.raw as { id: string; seq: string; created_at: Date }[])[0]!;
    return this.repo(manager).create({ ...entry, id: row.id, seq: String(row.seq), createdAt: row.created_at });
  }

  async insertMany(manager: EntityManager, entries: NewRequestMessage[]): Promise<void> {
    if (entries.length > 0) await this.repo(manager).createQueryBuilder().insert().values(entries).execute();
  }

  /** A page of the thread, oldest first, after `afterSeq`. */
  page(requestId: string, limit: number, afterSeq?: string): Promise<RequestMessageEntity[]> {
    const q = this.repo().createQueryBuilder('m').where('m.request_id = :requestId', { requestId });
    if (afterSeq !== undefined) q.andWhere('m.seq > :afterSeq', { afterSeq });
    return q.orderBy('m.seq', 'ASC').limit(limit).getMany();
  }

  count(requestId: string): Promise<number> {
    return this.repo().countBy({ requestId });
  }

  /** The transitions of a request, oldest first (its history). */
  transitions(requestId: string, manager?: EntityManager): Promise<RequestMessageEntity[]> {
    return this.repo(manager).createQueryBuilder('m').where('m.request_id = :requestId AND m.to_status IS NOT NULL', { requestId }).orderBy('m.seq', 'ASC').getMany();
  }

  /**
   * Entries written by others than `readerId` after the reader's read position, per request: one
   * query for a page of requests. `side` says which read position is the reader's.
   */
  async unreadCounts(requestIds: readonly string[], readerId: string, side: 'student' | 'mentor', manager?: EntityManager): Promise<Map<string, number>> {
    if (requestIds.length === 0) return new Map();
    const position = side === 'student' ? 'r.student_read_seq' : 'r.mentor_read_seq';
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT r.id, count(m.id)::int AS unread
         FROM mentorship_requests r
         LEFT JOIN request_messages m ON m.request_id = r.id AND m.seq > ${position} AND m.author_id IS DISTINCT FROM $2
        WHERE r.id = ANY($1::uuid[])
        GROUP BY r.id`,
      [requestIds, readerId],
    )) as { id: string; unread: number }[];
    return new Map(rows.map((r) => [r.id, r.unread]));
  }

  /** Moves the reader's read position forward to `seq` (never back). */
  async markRead(requestId: string, side: 'student' | 'mentor', seq: string): Promise<void> {
    const column = side === 'student' ? 'student_read_seq' : 'mentor_read_seq';
    await this.dataSource.query(`UPDATE mentorship_requests SET ${column} = GREATEST(${column}, $2::bigint) WHERE id = $1`, [requestId, seq]);
  }
}
