import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { StudentEntity } from './student.entity.js';

@Injectable()
export class StudentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(StudentEntity);
  }

  insert(manager: EntityManager, student: Pick<StudentEntity, 'id' | 'name' | 'about' | 'interests' | 'languages' | 'timezone' | 'telegram'>): Promise<StudentEntity> {
    return this.repo(manager).save(this.repo(manager).create(student));
  }

  /** A student whose account was not deleted. */
  findById(id: string): Promise<StudentEntity | null> {
    return this.repo().findOneBy({ id, deletedAt: IsNull() });
  }

  /**
   * The profile with its account's email in one primary-key query, through the relation declared
   * on the entity (the profile read of GET /api/students and of every sign-in; two queries here
   * cost a second pool checkout, round trip and TypeORM query build per request).
   */
  async findWithEmail(id: string): Promise<{ student: StudentEntity; email: string } | null> {
    const student = await this.repo().createQueryBuilder('s').innerJoin('s.account', 'a').addSelect('a.email').where('s.id = :id AND s.deleted_at IS NULL', { id }).getOne();
    return student?.account ? { student, email: student.account.email } : null;
  }

  async update(id: string, changes: Partial<Pick<StudentEntity, 'name' | 'about' | 'interests' | 'languages' | 'timezone' | 'telegram'>>): Promise<StudentEntity | null> {
    if (Object.keys(changes).length > 0) await this.repo().update({ id, deletedAt: IsNull() }, changes);
    return this.findById(id);
  }

  /** Erases the personal data of a deleted student's profile and hides it (requests and ratings keep pointing at it). */
  async anonymise(manager: EntityManager, id: string): Promise<void> {
    await this.repo(manager).update({ id }, { name: 'Deleted student', about: '', interests: [], languages: [], timezone: 'UTC', telegram: null, deletedAt: () => 'now()' });
  }

  findNames(ids: string[]): Promise<Pick<StudentEntity, 'id' | 'name'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo().createQueryBuilder('s').select(['s.id', 's.name']).where('s.id = ANY(:ids)', { ids }).getMany();
  }
}
