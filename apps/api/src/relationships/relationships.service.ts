import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@app/auth';
import { CONTACT_STATUSES, RelationshipsRepository } from './relationships.repository.js';

/** The signed-in student's relation to a mentor, shown on mentor pages and search hits. */
export class MentorRelationDto {
  /** Their open (pending or accepted) request to this mentor. */
  openRequest: { id: string; status: 'pending' | 'accepted' } | null;
  /** The score they gave this mentor (1..5), null if none. */
  rating: number | null;
  /** The mentor is on their shortlist. */
  favorite: boolean;
  /** They asked to be told when this mentor takes requests again. */
  notifyWhenFree: boolean;
}

/** Who sees whom: the rules of profiles, contacts and rating, in one place. */
@Injectable()
export class RelationshipsService {
  constructor(private readonly relationships: RelationshipsRepository) {}

  /**
   * Those of `mentorIds` whose contacts `viewer` sees: admins all, a mentor their own, a student
   * those they have (or had) an accepted request with, from acceptance on and after completion.
   */
  async mentorContactsVisible(mentorIds: readonly string[], viewer?: Principal): Promise<Set<string>> {
    if (!viewer || mentorIds.length === 0) return new Set();
    if (viewer.role === 'admin') return new Set(mentorIds);
    if (viewer.role === 'mentor') return new Set(mentorIds.filter((id) => id === viewer.id));
    return this.relationships.mentorsWithStatus(viewer.id, mentorIds, CONTACT_STATUSES);
  }

  /**
   * What `viewer` may see of a student: `profile` (the student, admins, a mentor with any request
   * from them) and `contacts` (the same, but a mentor only from acceptance on).
   */
  async studentVisibility(studentId: string, viewer: Principal): Promise<{ profile: boolean; contacts: boolean }> {
    if (viewer.role === 'admin' || (viewer.role === 'student' && viewer.id === studentId)) return { profile: true, contacts: true };
    if (viewer.role !== 'mentor') return { profile: false, contacts: false };
    const r = await this.relationships.betweenMentorAndStudent(viewer.id, studentId);
    return { profile: r.any, contacts: r.contacts };
  }

  /** The student has (or had) a mentorship with the mentor (may rate), inside `manager`'s transaction. */
  async hasMentored(studentId: string, mentorId: string, manager: EntityManager): Promise<boolean> {
    return (await this.relationships.mentorsWithStatus(studentId, [mentorId], CONTACT_STATUSES, manager)).size > 0;
  }

  /** The signed-in student's relation to each mentor; empty for anyone else. One query for a page. */
  async callerRelations(mentorIds: readonly string[], viewer?: Principal): Promise<Map<string, MentorRelationDto>> {
    if (viewer?.role !== 'student' || mentorIds.length === 0) return new Map();
    const rows = await this.relationships.relationsOf(viewer.id, mentorIds);
    return new Map(
      rows.map((r) => [
        r.mentor_id,
        {
          openRequest: r.open_request_id && r.open_request_status ? { id: r.open_request_id, status: r.open_request_status } : null,
          rating: r.rating === null ? null : Number(r.rating),
          favorite: r.favorite,
          notifyWhenFree: r.notify_when_free,
        },
      ]),
    );
  }
}
