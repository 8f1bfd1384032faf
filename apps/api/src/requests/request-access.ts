import type { Principal } from '@app/auth';
import { notFound } from '@app/common';
import type { MentorshipRequestEntity } from './mentorship-request.entity.js';
import type { RequestActor } from './request-lifecycle.js';

export const requestNotFound = () => notFound('REQUEST.NOT_FOUND', 'No request with this id is visible to you.');

/** The caller's part in a request, or undefined when they may not see it. */
export function actorOf(request: Pick<MentorshipRequestEntity, 'studentId' | 'mentorId'>, caller: Principal): RequestActor | undefined {
  if (caller.role === 'admin') return 'admin';
  if (caller.role === 'student' && caller.id === request.studentId) return 'student';
  if (caller.role === 'mentor' && caller.id === request.mentorId) return 'mentor';
  return undefined;
}

/** The party whose read position is the caller's, or undefined for admins. */
export const partyOf = (actor: RequestActor): 'student' | 'mentor' | undefined => (actor === 'admin' ? undefined : actor);
