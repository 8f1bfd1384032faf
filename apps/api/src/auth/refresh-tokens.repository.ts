import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity.js';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /** Revokes every open family of the account (password change, account deletion, suspension); answers how many tokens. */
  async revokeAllOf(manager: EntityManager, accountId: string): Promise<number> {
    return (await this.repo(manager).update({ accountId, revokedAt: IsNull() }, { revokedAt: new Date() })).affected ?? 0;
  }

  async revokedFamilies(familyIds: string[]): Promise<Set<string>> {
    if (familyIds.length === 0) return new Set();
    const rows = (await this.repo().query('SELECT DISTINCT family_id FROM refresh_tokens WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NOT NULL', [familyIds])) as { family_id: string }[];
    return new Set(rows.map((r) => r.family_id));
  }

  async revokeFamily(manager: EntityManager | undefined, familyId: string): Promise<void> {
    await this.repo(manager).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
