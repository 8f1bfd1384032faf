import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { KeysetCursor } from '@app/common';
import { type CloseReason, MentorshipRequestEntity, OPEN_STATUSES, type RequestStatus } from './mentorship-request.entity.js';

/** A request with a summary of its student and mentor (one query, joined). */
export type RequestView = MentorshipRequestEntity & {
  student: { id: string; name: string; about: string; interests: string[] };
  mentor: { id: string; name: string; expertise: string; skills: string[]; ratingSum: number; ratingCount: number };
};

export interface RequestListFilter {
  studentId?: string;
  mentorId?: string;
  statuses?: RequestStatus[];
  /** Created on or after this instant. */
  createdFrom?: Date;
  /** Created before this instant. */
  createdBefore?: Date;
}

/** A request the expiry job closed or reminded about. */
export interface SweptRequest {
  id: string;
  studentId: string;
  mentorId: string;
}

@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MentorshipRequestEntity);
  }

  private views(manager?: EntityManager): SelectQueryBuilder<MentorshipRequestEntity> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .innerJoin('r.student', 's')
      .addSelect(['s.id', 's.name', 's.about', 's.interests'])
      .innerJoin('r.mentor', 'mt')
      .addSelect(['mt.id', 'mt.name', 'mt.expertise', 'mt.skills', 'mt.ratingSum', 'mt.ratingCount']);
  }

  /**
   * Serialises request creation per student until the transaction ends, so "at most 5 pending"
   * and "one open request per pair" are decided on counts no concurrent create can change.
   */
  async lockStudent(manager: EntityManager, studentId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`requests:student:${studentId}`]);
  }

  findOpenForPair(manager: EntityManager, studentId: string, mentorId: string): Promise<MentorshipRequestEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .where('r.student_id = :studentId AND r.mentor_id = :mentorId AND r.status IN (:...open)', { studentId, mentorId, open: OPEN_STATUSES })
      .getOne();
  }

  countPendingOfStudent(manager: EntityManager, studentId: string): Promise<number> {
    return this.repo(manager).countBy({ studentId, status: 'pending' });
  }

  countAcceptedOfMentor(manager: EntityManager, mentorId: string): Promise<number> {
    return this.repo(manager).countBy({ mentorId, status: 'accepted' });
  }

  /** Inserts a pending request; null when the pair already has an open one (the partial unique index decides). */
  async insertPending(manager: EntityManager, request: Pick<MentorshipRequestEntity, 'studentId' | 'mentorId' | 'message'>): Promise<string | null> {
    const result = await this.repo(manager).createQueryBuilder().insert().values({ ...request, status: 'pending' }).orIgnore().returning('id').execute();
    const row = (result.raw as { id: string }[])[0];
    return row?.id ?? null;
  }

  findById(id: string): Promise<MentorshipRequestEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** `SELECT ... FOR UPDATE` of the request row. */
  lockById(manager: EntityManager, id: string): Promise<MentorshipRequestEntity | null> {
    return this.repo(manager).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  /** The open requests of a party (account deletion closes them). */
  openOf(manager: EntityManager, party: { studentId?: string; mentorId?: string }): Promise<MentorshipRequestEntity[]> {
    return this.openQuery(manager, party).getMany();
  }

  /** The same, `FOR UPDATE`. */
  lockOpenOf(manager: EntityManager, party: { studentId?: string; mentorId?: string }): Promise<MentorshipRequestEntity[]> {
    return this.openQuery(manager, party).setLock('pessimistic_write').getMany();
  }

  private openQuery(manager: EntityManager, party: { studentId?: string; mentorId?: string }): SelectQueryBuilder<MentorshipRequestEntity> {
    const q = this.repo(manager).createQueryBuilder('r').where('r.status IN (:...open)', { open: OPEN_STATUSES });
    if (party.studentId) q.andWhere('r.student_id = :studentId', { studentId: party.studentId });
    if (party.mentorId) q.andWhere('r.mentor_id = :mentorId', { mentorId: party.mentorId });
    return q.orderBy('r.id');
  }

  /**
   * Moves the request to `status`; stamps respondedAt (mentor's answer) and closedAt (final states).
   * Stamps are the clock at the change (`clock_timestamp()`), not the transaction's start (`now()`):
   * a transaction that waited for the row lock must not stamp a later state earlier than the one
   * it waited for.
   */
  async setStatus(manager: EntityManager, id: string, change: { status: RequestStatus; note?: string; reason?: CloseReason; responded: boolean; closed: boolean }): Promise<void> {
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({
        status: change.status,
        ...(change.note !== undefined ? { note: change.note } : {}),
        ...(change.reason !== undefined ? { closeReason: change.reason } : {}),
        updatedAt: () => 'clock_timestamp()',
        ...(change.responded ? { respondedAt: () => 'clock_timestamp()' } : {}),
        ...(change.closed ? { closedAt: () => 'clock_timestamp()' } : {}),
      })
      .where('id = :id', { id })
      .execute();
  }

  async findView(id: string, manager?: EntityManager): Promise<RequestView | null> {
    return (await this.views(manager).where('r.id = :id', { id }).getOne()) as RequestView | null;
  }

  async findViews(ids: readonly string[], manager?: EntityManager): Promise<RequestView[]> {
    if (ids.length === 0) return [];
    return (await this.views(manager).where('r.id IN (:...ids)', { ids }).getMany()) as RequestView[];
  }

  /** A page newest first, keyset on (createdAt, id); `limit` rows. */
  async page(filter: RequestListFilter, limit: number, after?: KeysetCursor): Promise<RequestView[]> {
    const q = this.filtered(this.views(), filter);
    if (after) q.andWhere('(r.created_at, r.id) < (:at, :id)', after);
    return (await q.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit).getMany()) as RequestView[];
  }

  count(filter: RequestListFilter): Promise<number> {
    return this.filtered(this.repo().createQueryBuilder('r'), filter).getCount();
  }

  private filtered(q: SelectQueryBuilder<MentorshipRequestEntity>, filter: RequestListFilter): SelectQueryBuilder<MentorshipRequestEntity> {
    if (filter.studentId) q.andWhere('r.student_id = :studentId', { studentId: filter.studentId });
    if (filter.mentorId) q.andWhere('r.mentor_id = :mentorId', { mentorId: filter.mentorId });
    if (filter.statuses?.length) q.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.createdFrom) q.andWhere('r.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdBefore) q.andWhere('r.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    return q;
  }


  // --- expiry and reminders: FOR UPDATE SKIP LOCKED, so replicas running the job at once share the rows

  /** Expires up to `limit` pending requests created at or before `dueBefore`, skipping rows another transaction holds. */
  async expireDue(manager: EntityManager, dueBefore: Date, now: Date, limit: number): Promise<SweptRequest[]> {
    return (await manager.query(
      `WITH due AS (
         SELECT id FROM mentorship_requests WHERE status = 'pending' AND created_at <= $1 ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED
       )
       UPDATE mentorship_requests r SET status = 'expired', closed_at = $2, updated_at = $2
         FROM due WHERE r.id = due.id AND r.status = 'pending'
       RETURNING r.id, r.student_id AS "studentId", r.mentor_id AS "mentorId"`,
      [dueBefore, now, limit],
    ).then((result: unknown) => rowsOf(result))) as SweptRequest[];
  }

  /** Marks up to `limit` unreminded pending requests created at or before `dueBefore` as reminded now. */
  async remindDue(manager: EntityManager, dueBefore: Date, now: Date, limit: number): Promise<SweptRequest[]> {
    return (await manager.query(
      `WITH due AS (
         SELECT id FROM mentorship_requests WHERE status = 'pending' AND reminded_at IS NULL AND created_at <= $1 ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED
       )
       UPDATE mentorship_requests r SET reminded_at = $2
         FROM due WHERE r.id = due.id AND r.reminded_at IS NULL
       RETURNING r.id, r.student_id AS "studentId", r.mentor_id AS "mentorId"`,
      [dueBefore, now, limit],
    ).then((result: unknown) => rowsOf(result))) as SweptRequest[];
  }
}

/** TypeORM answers an UPDATE ... RETURNING as [rows, count]. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
}
