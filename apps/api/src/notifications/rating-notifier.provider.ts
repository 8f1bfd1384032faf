import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RatingNotifier, type RatingSubmitted } from '../ratings/rating-notifier.js';
import { Notifier } from './notifier.js';

/** A new or changed rating is a `rating.created` notification for the mentor. */
@Injectable()
export class NotifierRatingNotifier extends RatingNotifier {
  constructor(private readonly notifier: Notifier) {
    super();
  }

  async ratingSubmitted(manager: EntityManager, event: RatingSubmitted): Promise<void> {
    const { ratingId, studentId, score, comment, previousScore } = event;
    await this.notifier.notify(manager, {
      recipientId: event.mentorId,
      type: 'rating.created',
      data: { ratingId, studentId, score, comment, previousScore, replaced: previousScore !== null },
    });
  }
}
