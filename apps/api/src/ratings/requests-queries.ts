import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The one question ratings ask of mentorship requests. It belongs to the requests feature (move it
 * to its service at merge); it lives here only because that service does not exist on this branch.
 * Raw SQL on purpose: no import of the requests entity from another feature.
 */
@Injectable()
export class RequestsQueries {
  /** Whether the student has (or had) an accepted or completed request to the mentor. */
  async hasAcceptedOrCompletedRequest(studentId: string, mentorId: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM mentorship_requests WHERE student_id = $1 AND mentor_id = $2 AND status IN ('accepted', 'completed') LIMIT 1`,
      [studentId, mentorId],
    )) as unknown[];
    return rows.length > 0;
  }
}
