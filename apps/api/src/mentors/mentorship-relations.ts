/**
 * Whether a student has an accepted mentorship with a mentor: decides who sees a mentor's
 * contacts. Implemented by the requests feature; until one is provided nobody but the mentor
 * and admins sees contacts.
 */
export abstract class MentorshipRelations {
  abstract hasAcceptedRequest(studentId: string, mentorId: string): Promise<boolean>;
}
