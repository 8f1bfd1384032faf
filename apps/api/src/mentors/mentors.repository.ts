import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

export type MentorProfileFields = Pick<
  MentorEntity,
  'name' | 'bio' | 'expertise' | 'skills' | 'experienceYears' | 'languages' | 'timezone' | 'telegram' | 'capacity' | 'acceptingRequests'
>;

export interface MentorListFilter {
  skills?: string[];
  language?: string;
  acceptingOnly?: boolean;
}

@Injectable()
export class MentorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MentorEntity);
  }

  insert(manager: EntityManager, mentor: MentorProfileFields & { id: string }): Promise<MentorEntity> {
    return this.repo(manager).save(this.repo(manager).create(mentor));
  }

  findById(id: string, manager?: EntityManager): Promise<MentorEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Mentors by id, in no particular order. */
  findByIds(ids: string[]): Promise<MentorEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo().createQueryBuilder('m').where('m.id = ANY(:ids)', { ids }).getMany();
  }

  /** `SELECT ... FOR UPDATE` on the mentor row: serialises capacity and rating changes. */
  lockForUpdate(manager: EntityManager, id: string): Promise<MentorEntity | null> {
    return this.repo(manager).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  async update(id: string, changes: Partial<MentorProfileFields>, manager?: EntityManager): Promise<void> {
    if (Object.keys(changes).length > 0) await this.repo(manager).update({ id }, changes);
  }

  async setCounters(manager: EntityManager, id: string, counters: Partial<Pick<MentorEntity, 'activeMentees' | 'ratingCount' | 'ratingSum' | 'ratingDistribution' | 'ratingScore'>>): Promise<void> {
    await this.repo(manager).update({ id }, counters);
  }

  /** Page of mentors by Bayesian rating, then newest; keyset on (score, createdAt, id). */
  async listByRating(filter: MentorListFilter, limit: number, after?: { score: number; at: string; id: string }): Promise<MentorEntity[]> {
    const q = this.repo().createQueryBuilder('m');
    if (filter.skills?.length) q.andWhere('m.skills @> :skills', { skills: filter.skills });
    if (filter.language) q.andWhere(':language = ANY(m.languages)', { language: filter.language });
    if (filter.acceptingOnly) q.andWhere('m.accepting_requests AND m.active_mentees < m.capacity');
    if (after) {
      q.andWhere('(m.rating_score, m.created_at, m.id) < (:score, :at, :id)', after);
    }
    return q.orderBy('m.rating_score', 'DESC').addOrderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(limit).getMany();
  }

  /** Every mentor in id order, a batch at a time (index reconciliation, exports). */
  async *streamAll(batchSize = 1000): AsyncGenerator<MentorEntity[]> {
    let lastId: string | undefined;
    for (;;) {
      const q = this.repo().createQueryBuilder('m').orderBy('m.id', 'ASC').limit(batchSize);
      if (lastId) q.where('m.id > :lastId', { lastId });
      const batch = await q.getMany();
      if (batch.length === 0) return;
      yield batch;
      lastId = batch.at(-1)!.id;
    }
  }

  count(): Promise<number> {
    return this.repo().count();
  }
}
