import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { EntityManager } from 'typeorm';
import { RatingNotifier, type RatingSubmitted } from '../ratings/rating-notifier.js';
import { Notifier } from './notifier.js';

/**
 * A new or changed rating is a `rating.created` notification for the mentor. Re-ratings by the
 * same student within RATING_NOTIFY_COALESCE_SECONDS rewrite that one notification instead of
 * adding another: a burst of 30 re-ratings is one notification with the latest score.
 */
@Injectable()
export class NotifierRatingNotifier extends RatingNotifier {
  constructor(
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async ratingSubmitted(manager: EntityManager, event: RatingSubmitted): Promise<void> {
    const { ratingId, studentId, score, comment, previousScore } = event;
    await this.notifier.notify(manager, {
      recipientId: event.mentorId,
      type: 'rating.created',
      data: { ratingId, studentId, score, comment, previousScore, replaced: previousScore !== null },
      coalesce: { match: { ratingId }, withinSeconds: this.config.RATING_NOTIFY_COALESCE_SECONDS },
    });
  }
}
