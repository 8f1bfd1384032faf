import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { badRequest, notFound } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { Transactions } from '../database/transactions.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { StudentsService } from '../students/students.service.js';

export type DeletableKind = 'student' | 'mentor';

/**
 * Deletes a student or mentor account in one transaction: the profile is anonymised (name
 * replaced, texts and contacts erased, hidden from pages and search), the credentials erased and
 * every session revoked, the account's own notifications deleted, and its open requests cancelled
 * with a notification to the other party. Requests, their threads, ratings and statistics stay,
 * pointing at the anonymised profile.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly students: StudentsService,
    private readonly mentors: MentorsService,
    private readonly requests: RequestsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The account itself (with its password) or an admin (without); anyone else gets 404. */
  async delete(caller: Principal, kind: DeletableKind, id: string, password: string | undefined): Promise<void> {
    const missing = () => notFound(kind === 'student' ? 'STUDENT.NOT_FOUND' : 'MENTOR.NOT_FOUND', `No ${kind} with this id is visible to you.`);
    const own = caller.role === kind && caller.id === id;
    if (!own && caller.role !== 'admin') throw missing();
    const exists = kind === 'student' ? await this.students.exists(id) : await this.mentors.exists(id);
    if (!exists) throw missing();
    if (own) {
      if (password === undefined) throw badRequest('AUTH.PASSWORD_REQUIRED', 'Deleting your own account needs your password.');
      await this.accounts.checkPassword(id, password);
    }
    const party = kind === 'student' ? { studentId: id } : { mentorId: id };
    await this.transactions.run(async (manager) => {
      // First the requests, under the locks every request rule takes first (mentor rows, then
      // requests): erasing the account first would hold its row against a concurrent accept's
      // notification to this account while we wait for that accept's mentor row (a deadlock).
      const cancelled = await this.requests.cancelAllOf(manager, party);
      if (kind === 'student') {
        await this.students.anonymise(manager, id);
        await this.mentors.forgetStudent(manager, id);
      } else {
        await this.mentors.anonymise(manager, id);
      }
      await this.sessions.eraseAccount(manager, id);
      await this.notifications.forget(manager, id);
      // Last: the notification locks are always taken last.
      await this.requests.notifyCancelled(manager, party, cancelled);
    });
  }
}
