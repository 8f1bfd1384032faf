import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

export type MentorProfileFields = Pick<
  MentorEntity,
  'name' | 'bio' | 'expertise' | 'skills' | 'experienceYears' | 'languages' | 'timezone' | 'telegram' | 'capacity' | 'acceptingRequests'
>;

/** Every column of `mentors`, as `fromRow` reads them. */
const MENTOR_COLUMNS = [
  'id', 'name', 'bio', 'expertise', 'skills', 'experience_years', 'languages', 'timezone', 'telegram', 'capacity', 'accepting_requests',
  'active_mentees', 'rating_count', 'rating_sum', 'rating_distribution', 'rating_score', 'created_at', 'updated_at',
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

  findById(id: string, manager?: EntityManager): Promise<MentorEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /**
   * Mentors by id, in no particular order. On every search page (20 rows), so one raw primary-key
   * query mapped by hand: the query builder and entity hydration cost more than the query itself.
   */
  async findByIds(ids: string[]): Promise<MentorEntity[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(`SELECT ${MENTOR_COLUMNS} FROM "mentors" WHERE "id" = ANY($1::uuid[])`, [ids])) as MentorRow[];
    return rows.map(fromRow);
  }

  /**
   * A batch of the mentors written by transactions with an id >= `fromXid` (the change feed, see
   * search/mentor-change-feed.ts), in id order after `afterId`, each with the id of its last writer.
   */
  async findChangedSince(fromXid: string, afterId: string | null, limit: number): Promise<{ mentor: MentorEntity; changeXid: string }[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${MENTOR_COLUMNS}, "change_xid"::text AS "change_xid" FROM "mentors" WHERE "change_xid" >= $1::bigint AND ($2::uuid IS NULL OR "id" > $2::uuid) ORDER BY "id" LIMIT $3`,
      [fromXid, afterId, limit],
    )) as (MentorRow & { change_xid: string })[];
    return rows.map((r) => ({ mentor: fromRow(r), changeXid: r.change_xid }));
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

  /**
   * A page in the search index's browse order: available first, then the Bayesian rating (0..1, to 4
   * decimals), then newest (to the second), then id; keyset on that key (`browsePlace` in @app/search
   * computes the same key from a row) and the id.
   */
  async listInBrowseOrder(filter: MentorListFilter, limit: number, after: { key: number; id: string } | null): Promise<MentorEntity[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.skills?.length) where.push(`"skills" @> $${params.push(filter.skills)}::text[]`);
    if (filter.language) where.push(`$${params.push(filter.language)} = ANY("languages")`);
    if (filter.acceptingOnly) where.push('"accepting_requests" AND "active_mentees" < "capacity"');
    const key = `(CASE WHEN "accepting_requests" AND "active_mentees" < "capacity" THEN 2e14 ELSE 0 END
      + floor(least(greatest(("rating_score" - 1) / 4, 0), 1) * 1e4 + 0.5) * 1e10
      + least(greatest(floor(extract(epoch FROM "created_at"))::float8, 0), 9999999999))`;
    const page = after ? `WHERE "browse_key" < $${params.push(after.key)} OR ("browse_key" = $${params.length} AND "id" > $${params.push(after.id)}::uuid)` : '';
    const rows = (await this.dataSource.query(
      `SELECT * FROM (SELECT ${MENTOR_COLUMNS}, ${key}::float8 AS "browse_key" FROM "mentors"${where.length ? ` WHERE ${where.join(' AND ')}` : ''}) m
       ${page} ORDER BY "browse_key" DESC, "id" ASC LIMIT $${params.push(limit)}`,
      params,
    )) as MentorRow[];
    return rows.map(fromRow);
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
