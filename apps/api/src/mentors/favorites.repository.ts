import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { KeysetCursor } from '@app/common';
import { FavoriteEntity } from './favorite.entity.js';

@Injectable()
export class FavoritesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(FavoriteEntity);
  }

  /** Saves the mentor for the student, or changes `notifyWhenFree` of a saved one. */
  async upsert(studentId: string, mentorId: string, notifyWhenFree: boolean): Promise<FavoriteEntity> {
    await this.repo().createQueryBuilder().insert().values({ studentId, mentorId, notifyWhenFree }).orUpdate(['notify_when_free'], ['student_id', 'mentor_id']).execute();
    return (await this.repo().findOneBy({ studentId, mentorId }))!;
  }

  async remove(studentId: string, mentorId: string): Promise<boolean> {
    return ((await this.repo().delete({ studentId, mentorId })).affected ?? 0) > 0;
  }

  /** A page of the student's favourites, newest first; keyset on (createdAt, mentorId). */
  page(studentId: string, limit: number, after?: KeysetCursor): Promise<FavoriteEntity[]> {
    const q = this.repo().createQueryBuilder('f').innerJoinAndSelect('f.mentor', 'm').where('f.student_id = :studentId AND m.deleted_at IS NULL', { studentId });
    if (after) q.andWhere('(f.created_at, f.mentor_id) < (:at, :id)', after);
    return q.orderBy('f.created_at', 'DESC').addOrderBy('f.mentor_id', 'DESC').limit(limit).getMany();
  }

  count(studentId: string): Promise<number> {
    return this.repo().createQueryBuilder('f').innerJoin('f.mentor', 'm').where('f.student_id = :studentId AND m.deleted_at IS NULL', { studentId }).getCount();
  }

  /** The students waiting for this mentor to be free, their wish cleared (one notification each). */
  async takeWaiting(manager: EntityManager, mentorId: string): Promise<string[]> {
    const rows = (await manager.query(
      `UPDATE favorites SET notify_when_free = false WHERE mentor_id = $1 AND notify_when_free RETURNING student_id`,
      [mentorId],
    )) as unknown;
    const list = Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as { student_id: string }[]) : (rows as { student_id: string }[]);
    return list.map((r) => r.student_id);
  }

  /** Every favourite of or for an account being deleted. */
  async removeAllOf(manager: EntityManager, party: { studentId: string } | { mentorId: string }): Promise<void> {
    await this.repo(manager).delete(party);
  }
}
