import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

export type MentorProfileFields = Pick<
  MentorEntity,
  'name' | 'bio' | 'expertise' | 'skills' | 'experienceYears' | 'languages' | 'timezone' | 'telegram' | 'capacity' | 'acceptingRequests'
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

  findById(id: string, manager?: EntityManager): Promise<MentorEntity | null> {
    return this.repo(manager).findOneBy({ id });
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

  count(): Promise<number> {
    return this.repo().count();
  }
}
