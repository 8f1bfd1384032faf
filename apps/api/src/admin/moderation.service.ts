import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { conflict, keysetCursor, keysetPage, notFound } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { TokensService } from '../auth/tokens.service.js';
import { Transactions } from '../database/transactions.js';
import { MentorsService } from '../mentors/mentors.service.js';
import type { RequestPageDto } from '../requests/dto/request.dto.js';
import { RequestsService } from '../requests/requests.service.js';
import type { AdminAccountDto, AdminAccountPageDto, AdminAccountsQueryDto, AdminRequestsQueryDto, SuspensionDto } from './dto/admin-console.dto.js';
import { type AccountRow, AdminAccountsRepository } from './admin-accounts.repository.js';
import { SuspendedAccounts } from './suspended-accounts.js';

const SUSPENSION_NOTE = 'Closed by the platform: an account in this request was suspended.';
const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);
const nextDayStart = (day: string): Date => new Date(dayStart(day).getTime() + 86_400_000);

function toAccount(r: AccountRow): AdminAccountDto {
  return { id: r.id, kind: r.kind, email: r.email, name: r.name, createdAt: r.created_at, suspendedAt: r.suspended_at, suspendedBy: r.suspended_by };
}

/** The admin console's lists, and suspension of abusive accounts. */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger('Moderation');

  constructor(
    private readonly transactions: Transactions,
    private readonly accountsView: AdminAccountsRepository,
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
    private readonly mentors: MentorsService,
    private readonly requests: RequestsService,
    private readonly suspended: SuspendedAccounts,
  ) {}

  listRequests(admin: Principal, query: AdminRequestsQueryDto): Promise<RequestPageDto> {
    return this.requests.listAll(
      admin,
      {
        statuses: query.status,
        mentorId: query.mentorId,
        studentId: query.studentId,
        createdFrom: query.from ? dayStart(query.from) : undefined,
        createdBefore: query.to ? nextDayStart(query.to) : undefined,
      },
      query,
    );
  }

  async listAccounts(query: AdminAccountsQueryDto): Promise<AdminAccountPageDto> {
    const after = keysetCursor.decode(query.cursor);
    const filter = { kind: query.kind, q: query.q, suspended: query.suspended };
    const [rows, total] = await Promise.all([this.accountsView.page(filter, query.limit + 1, after), this.accountsView.count(filter)]);
    return keysetPage(rows, query.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }), toAccount, total) as AdminAccountPageDto;
  }

  /**
   * Suspends the account, in one transaction: sign-in refused from now on, every refresh token
   * revoked, a mentor hidden from search, every open request cancelled with a notification to the
   * other party. Access tokens already issued stop working at once on every replica (see
   * SuspendedAccounts). Suspending a suspended account changes nothing.
   */
  async suspend(admin: Principal, accountId: string): Promise<SuspensionDto> {
    if (accountId === admin.id) throw conflict('ACCOUNT.CANNOT_SUSPEND_SELF', 'An admin cannot suspend their own account.');
    const kind = await this.accounts.findRole(accountId);
    if (!kind) throw notFound('ACCOUNT.NOT_FOUND', 'No account has this id.');
    const party = kind === 'student' ? { studentId: accountId } : kind === 'mentor' ? { mentorId: accountId } : undefined;
    const { sessionsRevoked, requestsClosed, changed } = await this.transactions.run(async (manager) => {
      // The lock order of account deletion: requests (mentor rows, then requests) first, the
      // account row next, the notification locks last.
      const cancelled = party ? await this.requests.cancelAllOf(manager, party, SUSPENSION_NOTE) : undefined;
      const { changed } = await this.accounts.setSuspended(manager, accountId, admin.id);
      if (!changed) return { sessionsRevoked: 0, requestsClosed: 0, changed };
      const revoked = await this.tokens.revokeAll(manager, accountId);
      if (kind === 'mentor') await this.mentors.setHidden(manager, accountId, true);
      if (party && cancelled) await this.requests.notifyCancelled(manager, party, cancelled);
      return { sessionsRevoked: revoked, requestsClosed: cancelled?.requestIds.length ?? 0, changed };
    });
    if (changed) {
      await this.suspended.changed(accountId, true);
      this.logger.log({ adminId: admin.id, accountId, sessionsRevoked, requestsClosed }, `admin ${admin.id} suspended account ${accountId}`);
    }
    return { account: await this.account(accountId), sessionsRevoked, requestsClosed };
  }

  /** Reinstates the account: sign-in works again and a mentor is searchable again (closed requests stay closed). */
  async unsuspend(admin: Principal, accountId: string): Promise<AdminAccountDto> {
    const changed = await this.transactions.run(async (manager) => {
      const { kind, changed } = await this.accounts.setSuspended(manager, accountId, null);
      if (changed && kind === 'mentor') await this.mentors.setHidden(manager, accountId, false);
      return changed;
    });
    if (changed) {
      await this.suspended.changed(accountId, false);
      this.logger.log({ adminId: admin.id, accountId }, `admin ${admin.id} reinstated account ${accountId}`);
    }
    return this.account(accountId);
  }

  private async account(id: string): Promise<AdminAccountDto> {
    const row = await this.accountsView.findById(id);
    if (!row) throw notFound('ACCOUNT.NOT_FOUND', 'No account has this id.');
    return toAccount(row);
  }
}
