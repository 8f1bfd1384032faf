import { Injectable, Optional } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { forbidden, keysetCursor, keysetPage, notFound } from '@app/common';
import { toRating } from '../mentors/mentor.mapper.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { StudentsService } from '../students/students.service.js';
import type { MyRatingDto, RateMentorDto, RatingPageDto } from './dto/rating.dto.js';
import { applyRating } from './rating-aggregate.js';
import { Transactions } from '../database/transactions.js';
import { RelationshipsService } from '../relationships/relationships.service.js';
import { RatingNotifier } from './rating-notifier.js';
import { RatingsRepository } from './ratings.repository.js';

const firstName = (name: string | undefined): string => name?.trim().split(/\s+/)[0] ?? '';

@Injectable()
export class RatingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly ratings: RatingsRepository,
    private readonly relationships: RelationshipsService,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    @Optional() private readonly notifier?: RatingNotifier,
  ) {}

  /**
   * A student rates a mentor they have (or had) an accepted or completed request with. One rating
   * per pair: a second call replaces the first. The mentor row is locked for the transaction, so
   * concurrent ratings of one mentor apply one after another and the aggregate stays exact.
   */
  async rate(mentorId: string, student: Principal, dto: RateMentorDto): Promise<MyRatingDto> {
    const comment = dto.comment ? dto.comment : null;
    // An access token outlives the deletion of its account by up to JWT_ACCESS_TTL.
    if (!(await this.students.exists(student.id))) throw notFound('STUDENT.NOT_FOUND', 'This student account was deleted.');
    // The new aggregate reaches the search index through MentorsService.setCounters (re-indexed after commit).
    return this.transactions.run(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, mentorId);
      if (!(await this.relationships.hasMentored(student.id, mentorId, manager))) {
        throw forbidden('RATING.NOT_A_MENTEE', 'Only a student with an accepted or completed request to this mentor may rate them.');
      }
      const previous = await this.ratings.findByPair(manager, mentorId, student.id);
      const saved = await this.ratings.upsert(manager, { mentorId, studentId: student.id, score: dto.score, comment });
      const aggregate = applyRating(mentor, previous?.score ?? null, dto.score);
      // A rating never changes whether the mentor is available: no waiting student to tell.
      await this.mentors.setCounters(manager, mentor, aggregate);
      // NOTIFICATIONS HOOK: the one call site; the notifier writes with `manager`, in this transaction.
      await this.notifier?.ratingSubmitted(manager, { ratingId: saved.id, mentorId, studentId: student.id, score: dto.score, comment, previousScore: previous?.score ?? null });
      const result: MyRatingDto = {
        id: saved.id,
        mentorId,
        score: dto.score,
        comment,
        replaced: previous !== null,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
        mentorRating: toRating(aggregate),
      };
      return result;
    });
  }

  /** A mentor's ratings, newest first, with each student's first name. 404 for an unknown mentor. */
  async list(mentorId: string, limit: number, cursor?: string): Promise<RatingPageDto> {
    const after = keysetCursor.decode(cursor);
    const mentor = await this.mentors.get(mentorId);
    const rows = await this.ratings.listForMentor(mentorId, limit + 1, after);
    const names = await this.students.namesOf([...new Set(rows.slice(0, limit).map((r) => r.studentId))]);
    return keysetPage(
      rows,
      limit,
      (r) => ({ at: r.updatedAt.toISOString(), id: r.id }),
      (r) => ({ id: r.id, score: r.score, comment: r.comment, studentName: firstName(names.get(r.studentId)), updatedAt: r.updatedAt }),
      mentor.rating.count,
    );
  }
}
