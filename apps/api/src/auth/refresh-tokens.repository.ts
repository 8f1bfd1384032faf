import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity.js';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(RefreshTokenEntity);
  }

  async insert(manager: EntityManager | undefined, token: Omit<RefreshTokenEntity, 'createdAt' | 'usedAt' | 'revokedAt' | 'account'>): Promise<void> {
    await this.repo(manager).insert({ ...token, usedAt: null, revokedAt: null });
  }

  /** Locks the token row so two refreshes with one token cannot both succeed. */
  lockById(manager: EntityManager, id: string): Promise<RefreshTokenEntity | null> {
    return this.repo(manager).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne();
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await this.repo(manager).update({ id }, { usedAt: new Date() });
  }

  async revokeFamily(manager: EntityManager | undefined, familyId: string): Promise<void> {
    await this.repo(manager).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes every live refresh token of the account (all its devices). */
  async revokeAccount(manager: EntityManager, accountId: string): Promise<number> {
    const result = await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .execute();
    return result.affected ?? 0;
  }
}
