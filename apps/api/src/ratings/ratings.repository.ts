import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { KeysetCursor } from '@app/common';
import { RatingEntity } from './rating.entity.js';

@Injectable()
export class RatingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(RatingEntity);
  }

  findByPair(manager: EntityManager, mentorId: string, studentId: string): Promise<RatingEntity | null> {
    return this.repo(manager).findOneBy({ mentorId, studentId });
  }

  /** Inserts or replaces the pair's rating; the unique (mentor_id, student_id) index decides. */
  async upsert(manager: EntityManager, rating: Pick<RatingEntity, 'mentorId' | 'studentId' | 'score' | 'comment'>): Promise<RatingEntity> {
    const rows = (await manager.query(
      `INSERT INTO ratings (mentor_id, student_id, score, comment)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (mentor_id, student_id)
       DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = clock_timestamp()
       RETURNING id, created_at, updated_at`,
      [rating.mentorId, rating.studentId, rating.score, rating.comment],
    )) as { id: string; created_at: Date; updated_at: Date }[];
    const row = rows[0]!;
    return this.repo(manager).create({ ...rating, id: row.id, createdAt: row.created_at, updatedAt: row.updated_at });
  }

  /** A page of a mentor's ratings, most recently given first; keyset on (updated_at, id). */
  listForMentor(mentorId: string, limit: number, after?: KeysetCursor): Promise<RatingEntity[]> {
    const q = this.repo().createQueryBuilder('r').where('r.mentor_id = :mentorId', { mentorId });
    if (after) q.andWhere('(r.updated_at, r.id) < (:at, :id)', after);
    return q.orderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit).getMany();
  }
}
