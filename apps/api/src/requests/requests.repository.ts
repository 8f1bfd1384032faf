import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { KeysetCursor } from '@app/common';
import { MentorshipRequestEntity, OPEN_STATUSES, type RequestStatus } from './mentorship-request.entity.js';

/** A request with the names of its student and mentor (one query, joined). */
export type RequestView = MentorshipRequestEntity & { student: { id: string; name: string }; mentor: { id: string; name: string } };

export interface RequestListFilter {
  studentId?: string;
  mentorId?: string;
  statuses?: RequestStatus[];
  /** Created on or after this instant. */
  createdFrom?: Date;
  /** Created before this instant. */
  createdBefore?: Date;
}

@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MentorshipRequestEntity);
  }

  private views(manager?: EntityManager): SelectQueryBuilder<MentorshipRequestEntity> {
    return this.repo(manager).createQueryBuilder('r').innerJoin('r.student', 's').addSelect(['s.id', 's.name']).innerJoin('r.mentor', 'mt').addSelect(['mt.id', 'mt.name']);
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

  /** Moves the request to `status`; stamps respondedAt (mentor's answer) and closedAt (final states). */
  async setStatus(manager: EntityManager, id: string, change: { status: RequestStatus; note?: string; responded: boolean; closed: boolean }): Promise<void> {
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({
        status: change.status,
        ...(change.note !== undefined ? { note: change.note } : {}),
        ...(change.responded ? { respondedAt: () => 'now()' } : {}),
        ...(change.closed ? { closedAt: () => 'now()' } : {}),
      })
      .where('id = :id', { id })
      .execute();
  }

  async findView(id: string, manager?: EntityManager): Promise<RequestView | null> {
    return (await this.views(manager).where('r.id = :id', { id }).getOne()) as RequestView | null;
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

  async exists(studentId: string, mentorId: string, statuses: RequestStatus[], manager?: EntityManager): Promise<boolean> {
    return this.repo(manager).existsBy({ studentId, mentorId, status: In(statuses) });
  }

  /** Those of `mentorIds` with a request of the student in one of `statuses`: one query for a page of mentors. */
  async mentorsWithStatus(studentId: string, mentorIds: readonly string[], statuses: RequestStatus[]): Promise<Set<string>> {
    if (mentorIds.length === 0) return new Set();
    const rows = await this.repo()
      .createQueryBuilder('r')
      .select('DISTINCT r.mentor_id', 'mentorId')
      .where('r.student_id = :studentId', { studentId })
      .andWhere('r.mentor_id IN (:...mentorIds)', { mentorIds })
      .andWhere('r.status IN (:...statuses)', { statuses })
      .getRawMany<{ mentorId: string }>();
    return new Set(rows.map((r) => r.mentorId));
  }

  private filtered(q: SelectQueryBuilder<MentorshipRequestEntity>, filter: RequestListFilter): SelectQueryBuilder<MentorshipRequestEntity> {
    if (filter.studentId) q.andWhere('r.student_id = :studentId', { studentId: filter.studentId });
    if (filter.mentorId) q.andWhere('r.mentor_id = :mentorId', { mentorId: filter.mentorId });
    if (filter.statuses?.length) q.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.createdFrom) q.andWhere('r.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdBefore) q.andWhere('r.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    return q;
  }

  /** The open (pending or accepted) requests the account is part of, as student or mentor. */
  openOf(manager: EntityManager, accountId: string): Promise<MentorshipRequestEntity[]> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .where('(r.student_id = :accountId OR r.mentor_id = :accountId) AND r.status IN (:...open)', { accountId, open: OPEN_STATUSES })
      .orderBy('r.id')
      .getMany();
  }
}
