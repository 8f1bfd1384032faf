import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

export type MentorProfileFields = Pick<
  MentorEntity,
  'name' | 'bio' | 'expertise' | 'skills' | 'concepts' | 'experienceYears' | 'languages' | 'timezone' | 'telegram' | 'capacity' | 'acceptingRequests'
>;

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
      { name: 'Deleted mentor', bio: '', expertise: '', skills: [], concepts: [], languages: [], telegram: null, acceptingRequests: false, deletedAt: () => 'now()' },
    );
  }

  /** Hides the mentor from search (suspension) or shows them again. */
  async setHidden(manager: EntityManager, id: string, hidden: boolean): Promise<void> {
    await this.repo(manager).update({ id }, { hidden });
  }

  count(): Promise<number> {
    return this.repo().countBy({ deletedAt: IsNull() });
  }
}
