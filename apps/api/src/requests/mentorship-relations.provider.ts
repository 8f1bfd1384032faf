import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MentorshipRelations } from '../mentors/mentorship-relations.js';
import { RequestsRepository } from './requests.repository.js';

/** Contacts of a mentor are shown to the students whose request they accepted (still open); students who were mentored may rate. */
@Injectable()
export class RequestsMentorshipRelations extends MentorshipRelations {
  constructor(private readonly requests: RequestsRepository) {
    super();
  }

  acceptedMentorsOf(studentId: string, mentorIds: readonly string[]): Promise<Set<string>> {
    return this.requests.mentorsWithStatus(studentId, mentorIds, ['accepted']);
  }

  hasMentored(studentId: string, mentorId: string, manager: EntityManager): Promise<boolean> {
    return this.requests.exists(studentId, mentorId, ['accepted', 'completed'], manager);
  }
}
