import type { EntityManager } from 'typeorm';

/**
 * What the requests feature knows about a student and a mentor, asked by mentors (who sees
 * contacts) and ratings (who may rate). Implemented and provided globally by the requests feature.
 */
export abstract class MentorshipRelations {
  /** Those of `mentorIds` with whom the student has an accepted request open now (their contacts are visible). */
  abstract acceptedMentorsOf(studentId: string, mentorIds: readonly string[]): Promise<Set<string>>;
  /** They have, or had, a mentorship: an accepted or completed request (may rate), inside `manager`'s transaction. */
  abstract hasMentored(studentId: string, mentorId: string, manager: EntityManager): Promise<boolean>;
}
