import { Injectable, Logger, Optional } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { forbidden, keysetCursor, keysetPage } from '@app/common';
import { toRating } from '../mentors/mentor.mapper.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { StudentsService } from '../students/students.service.js';
import type { MyRatingDto, RateMentorDto, RatingPageDto } from './dto/rating.dto.js';
import { applyRating } from './rating-aggregate.js';
import { type RatingChanged, RatingEvents } from './rating-events.js';
import { MentorshipRelations } from '../mentors/mentorship-relations.js';
import { RatingNotifier } from './rating-notifier.js';
import { RatingsRepository } from './ratings.repository.js';

const firstName = (name: string | undefined): string => name?.trim().split(/\s+/)[0] ?? '';

@Injectable()
export class RatingsService {
  private readonly logger = new Logger('Ratings');

  constructor(
    private readonly ratings: RatingsRepository,
    private readonly relations: MentorshipRelations,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    private readonly events: RatingEvents,
    @Optional() private readonly notifier?: RatingNotifier,
  ) {}

  /**
   * A student rates a mentor they have (or had) an accepted or completed request with. One rating
   * per pair: a second call replaces the first. The mentor row is locked for the transaction, so
   * concurrent ratings of one mentor apply one after another and the aggregate stays exact.
   */
  async rate(mentorId: string, student: Principal, dto: RateMentorDto): Promise<MyRatingDto> {
    const comment = dto.comment ? dto.comment : null;
    const { result, changed } = await this.ratings.transaction(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, mentorId);
      if (!(await this.relations.hasMentored(student.id, mentorId, manager))) {
        throw forbidden('RATING.NOT_A_MENTEE', 'Only a student with an accepted or completed request to this mentor may rate them.');
      }
      const previous = await this.ratings.findByPair(manager, mentorId, student.id);
      const saved = await this.ratings.upsert(manager, { mentorId, studentId: student.id, score: dto.score, comment });
      const aggregate = applyRating(mentor, previous?.score ?? null, dto.score);
      await this.mentors.setCounters(manager, mentorId, aggregate);
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
      const changed: RatingChanged = { mentorId, ratingCount: aggregate.ratingCount, ratingSum: aggregate.ratingSum, ratingScore: aggregate.ratingScore };
      return { result, changed };
    });
    this.publish(changed);
    return result;
  }

  /** After commit: listeners (the search index) learn the new aggregate; their errors stay theirs. */
  private publish(changed: RatingChanged): void {
    try {
      this.events.emit(changed);
    } catch (e) {
      this.logger.warn({ err: e, mentorId: changed.mentorId }, 'a rating-changed listener failed');
    }
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
