import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

export type MentorProfileFields = Pick<
  MentorEntity,
  'name' | 'bio' | 'expertise' | 'skills' | 'experienceYears' | 'languages' | 'timezone' | 'telegram' | 'capacity' | 'acceptingRequests'
>;

/** Every column of `mentors`, as `fromRow` reads them. */
const MENTOR_COLUMNS = [
  'id', 'name', 'bio', 'expertise', 'skills', 'experience_years', 'languages', 'timezone', 'telegram', 'capacity', 'accepting_requests',
  'active_mentees', 'rating_count', 'rating_sum', 'rating_distribution', 'rating_score', 'hidden', 'deleted_at', 'created_at', 'updated_at',
].map((c) => `"${c}"`).join(', ');

interface MentorRow {
  id: string;
  name: string;
  bio: string;
  expertise: string;
  skills: string[];
  experience_years: number;
  languages: string[];
  timezone: string;
  telegram: string | null;
  capacity: number;
  accepting_requests: boolean;
  active_mentees: number;
  rating_count: number;
  rating_sum: number;
  rating_distribution: number[];
  rating_score: number;
  hidden: boolean;
  deleted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The entity TypeORM would hydrate from the same row (pg parses every one of these column types). */
function fromRow(r: MentorRow): MentorEntity {
  const m = new MentorEntity();
  m.id = r.id;
  m.name = r.name;
  m.bio = r.bio;
  m.expertise = r.expertise;
  m.skills = r.skills;
  m.experienceYears = r.experience_years;
  m.languages = r.languages;
  m.timezone = r.timezone;
  m.telegram = r.telegram;
  m.capacity = r.capacity;
  m.acceptingRequests = r.accepting_requests;
  m.activeMentees = r.active_mentees;
  m.ratingCount = r.rating_count;
  m.ratingSum = r.rating_sum;
  m.ratingDistribution = r.rating_distribution;
  m.ratingScore = r.rating_score;
  m.hidden = r.hidden;
  m.deletedAt = r.deleted_at;
  m.createdAt = r.created_at;
  m.updatedAt = r.updated_at;
  return m;
}

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

  /** A mentor whose account was not deleted. */
  findById(id: string, manager?: EntityManager): Promise<MentorEntity | null> {
    return this.repo(manager).findOneBy({ id, deletedAt: IsNull() });
  }

  /**
   * Mentors by id, in no particular order. On every search page (20 rows), so one raw primary-key
   * query mapped by hand: the query builder and entity hydration cost more than the query itself.
   */
  async findByIds(ids: string[]): Promise<MentorEntity[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(`SELECT ${MENTOR_COLUMNS} FROM "mentors" WHERE "id" = ANY($1::uuid[]) AND "deleted_at" IS NULL`, [ids])) as MentorRow[];
    return rows.map(fromRow);
  }

  /** `SELECT ... FOR UPDATE` on the mentor row: serialises capacity and rating changes. Deleted mentors only with `deleted`. */
  lockForUpdate(manager: EntityManager, id: string, deleted = false): Promise<MentorEntity | null> {
    const q = this.repo(manager).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id });
    if (!deleted) q.andWhere('m.deleted_at IS NULL');
    return q.getOne();
  }

  async update(id: string, changes: Partial<MentorProfileFields>, manager?: EntityManager): Promise<void> {
    if (Object.keys(changes).length > 0) await this.repo(manager).update({ id }, changes);
  }

  async setCounters(manager: EntityManager, id: string, counters: Partial<Pick<MentorEntity, 'activeMentees' | 'ratingCount' | 'ratingSum' | 'ratingDistribution' | 'ratingScore'>>): Promise<void> {
    await this.repo(manager).update({ id }, counters);
  }

  /** Erases the personal data of a deleted mentor's profile and hides it (ratings and counters stay). */
  async anonymise(manager: EntityManager, id: string): Promise<void> {
    await this.repo(manager).update(
      { id },
      { name: 'Deleted mentor', bio: '', expertise: '', skills: [], languages: [], telegram: null, acceptingRequests: false, deletedAt: () => 'now()' },
    );
  }

  /** Page of mentors by Bayesian rating, then newest; keyset on (score, createdAt, id). */
  async listByRating(filter: MentorListFilter, limit: number, after?: { score: number; at: string; id: string }): Promise<MentorEntity[]> {
    const q = this.repo().createQueryBuilder('m').where('m.deleted_at IS NULL AND NOT m.hidden');
    if (filter.skills?.length) q.andWhere('m.skills @> :skills', { skills: filter.skills });
    if (filter.language) q.andWhere(':language = ANY(m.languages)', { language: filter.language });
    if (filter.acceptingOnly) q.andWhere('m.accepting_requests AND m.active_mentees < m.capacity');
    if (after) {
      q.andWhere('(m.rating_score, m.created_at, m.id) < (:score, :at, :id)', after);
    }
    return q.orderBy('m.rating_score', 'DESC').addOrderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(limit).getMany();
  }

  /** Hides the mentor from search (suspension) or shows them again. */
  async setHidden(manager: EntityManager, id: string, hidden: boolean): Promise<void> {
    await this.repo(manager).update({ id }, { hidden });
  }

  /** Every listed (not hidden) mentor in id order, a batch at a time (index reconciliation, exports). */
  async *streamAll(batchSize = 1000): AsyncGenerator<MentorEntity[]> {
    let lastId: string | undefined;
    for (;;) {
      const q = this.repo().createQueryBuilder('m').where('m.deleted_at IS NULL AND NOT m.hidden').orderBy('m.id', 'ASC').limit(batchSize);
      if (lastId) q.andWhere('m.id > :lastId', { lastId });
      const batch = await q.getMany();
      if (batch.length === 0) return;
      yield batch;
      lastId = batch.at(-1)!.id;
    }
  }

  count(): Promise<number> {
    return this.repo().countBy({ deletedAt: IsNull() });
  }
}
