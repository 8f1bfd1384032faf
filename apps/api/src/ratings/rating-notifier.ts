import type { EntityManager } from 'typeorm';

/** What a notification about a rating needs to say. */
export interface RatingSubmitted {
  ratingId: string;
  mentorId: string;
  studentId: string;
  score: number;
  comment: string | null;
  /** The score this rating replaced, or null for a first rating. */
  previousScore: number | null;
}

/**
 * Port for "the mentor is notified of a new rating". Implemented by the notifications feature:
 * it writes the notification with `manager`, inside the rating's transaction, and publishes it
 * after commit. Until a provider exists (`{ provide: RatingNotifier, useExisting: ... }` in a
 * global module), ratings are stored without notifications.
 */
export abstract class RatingNotifier {
  abstract ratingSubmitted(manager: EntityManager, event: RatingSubmitted): Promise<void>;
}
