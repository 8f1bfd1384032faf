import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Role } from '@app/auth';
import { AccountEntity } from './account.entity.js';

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AccountEntity);
  }

  findByEmail(kind: Role, email: string): Promise<AccountEntity | null> {
    return this.repo().findOneBy({ kind, email });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async findRole(id: string, manager?: EntityManager): Promise<Role | undefined> {
    const row = await this.repo(manager).findOne({ where: { id }, select: { id: true, kind: true } });
    return row?.kind;
  }

  /** Inserts unless the email is taken for that kind; `undefined` when it is (race-safe). */
  async insertIfAbsent(manager: EntityManager, kind: Role, email: string, passwordHash: string): Promise<AccountEntity | undefined> {
    const result = await this.repo(manager)
      .createQueryBuilder()
      .insert()
      .values({ kind, email, passwordHash })
      .orIgnore()
      .returning('*')
      .execute();
    const row = result.raw[0] as Record<string, unknown> | undefined;
    if (!row) return undefined;
    return this.repo(manager).create({ id: row.id as string, kind, email, passwordHash, createdAt: row.created_at as Date, updatedAt: row.updated_at as Date, suspendedAt: null, suspendedBy: null });
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await this.repo(manager).update({ id }, { passwordHash });
  }

  async erase(manager: EntityManager, id: string): Promise<void> {
    await this.repo(manager).update({ id }, { email: `deleted:${id}`, passwordHash: '!' });
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  lockById(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    return this.repo(manager).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  }

  async setSuspended(manager: EntityManager, id: string, by: string | null): Promise<void> {
    await this.repo(manager).update({ id }, by ? { suspendedAt: () => 'now()', suspendedBy: by } : { suspendedAt: null, suspendedBy: null });
  }
}
