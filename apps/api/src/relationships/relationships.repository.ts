import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The request states from which the two parties see each other's contacts (and the student may rate). */
export const CONTACT_STATUSES = ['accepted', 'completed'];

export interface MentorRelationRow {
  mentor_id: string;
  open_request_id: string | null;
  open_request_status: 'pending' | 'accepted' | null;
  rating: number | null;
  favorite: boolean;
  notify_when_free: boolean;
}

/**
 * What a student and a mentor have with each other, read straight from the requests, ratings and
 * favourites tables (plain SQL, like the statistics read model): who may see whose profile and
 * contacts, who may rate, and the signed-in student's relation to the mentors on a page. Depends on
 * no other feature, so every feature that needs these answers can import it.
 */
@Injectable()
export class RelationshipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those of `mentorIds` with a request of the student in one of `statuses`. */
  async mentorsWithStatus(studentId: string, mentorIds: readonly string[], statuses: string[], manager?: EntityManager): Promise<Set<string>> {
    if (mentorIds.length === 0) return new Set();
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT DISTINCT mentor_id FROM mentorship_requests WHERE student_id = $1 AND mentor_id = ANY($2::uuid[]) AND status = ANY($3::text[])`,
      [studentId, mentorIds, statuses],
    )) as { mentor_id: string }[];
    return new Set(rows.map((r) => r.mentor_id));
  }

  /** Whether the mentor has (or had) any request from the student, and one in a contact state. */
  async betweenMentorAndStudent(mentorId: string, studentId: string): Promise<{ any: boolean; contacts: boolean }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) > 0 AS any, count(*) FILTER (WHERE status = ANY($3::text[])) > 0 AS contacts
         FROM mentorship_requests WHERE mentor_id = $1 AND student_id = $2`,
      [mentorId, studentId, CONTACT_STATUSES],
    )) as { any: boolean; contacts: boolean }[];
    return row ?? { any: false, contacts: false };
  }

  /** One row per mentor of `mentorIds`: the student's open request, rating and favourite (one query for a page). */
  async relationsOf(studentId: string, mentorIds: readonly string[]): Promise<MentorRelationRow[]> {
    if (mentorIds.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT m.id AS mentor_id, r.id AS open_request_id, r.status AS open_request_status, rt.score AS rating,
              (f.mentor_id IS NOT NULL) AS favorite, coalesce(f.notify_when_free, false) AS notify_when_free
         FROM unnest($2::uuid[]) AS m(id)
         LEFT JOIN mentorship_requests r ON r.student_id = $1 AND r.mentor_id = m.id AND r.status IN ('pending', 'accepted')
         LEFT JOIN ratings rt ON rt.student_id = $1 AND rt.mentor_id = m.id
         LEFT JOIN favorites f ON f.student_id = $1 AND f.mentor_id = m.id`,
      [studentId, mentorIds],
    )) as MentorRelationRow[];
  }
}
