import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { AppConfig } from '@app/config';
import { badRequest, conflict, DomainError, keysetCursor, keysetPage, notFound } from '@app/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { MentorsService } from '../mentors/mentors.service.js';
import type { NotificationType } from '../notifications/notification.entity.js';
import { Notifier, type NotifyInput } from '../notifications/notifier.js';
import { StudentsService } from '../students/students.service.js';
import { type CreateRequestDto, type ListRequestsQueryDto, type RequestDto, type RequestPageDto, toHistoryEntry, toRequestResponse, type UpdateRequestDto } from './dto/request.dto.js';
import type { RequestStatus } from './mentorship-request.entity.js';
import { actorOf, partyOf, requestNotFound } from './request-access.js';
import { allowedTransitions, checkTransition, type RequestActor } from './request-lifecycle.js';
import type { AuthorRole } from './request-message.entity.js';
import { RequestMessagesRepository } from './request-messages.repository.js';
import { type RequestListFilter, RequestsRepository, type RequestView } from './requests.repository.js';

/** What `cancelAllOf` closed, and the notifications for students waiting for a freed place. */
export interface CancelledRequests {
  requestIds: string[];
  freed: NotifyInput[];
}

/** Pending requests a student may have at once. */
export const MAX_PENDING_PER_STUDENT = 5;
const MESSAGE_PREVIEW = 200;
const REASON_STATUSES: RequestStatus[] = ['rejected', 'cancelled'];

/** What a request notification says: ids, names, the new status, who moved it, the note and reason. */
export function notificationData(view: RequestView, by: AuthorRole): Record<string, unknown> {
  return {
    requestId: view.id,
    status: view.status,
    studentId: view.studentId,
    studentName: view.student.name,
    mentorId: view.mentorId,
    mentorName: view.mentor.name,
    by,
    ...(view.status === 'pending' ? { message: view.message.slice(0, MESSAGE_PREVIEW) } : { note: view.note, reason: view.closeReason }),
  };
}

/**
 * Mentorship requests. Every rule is checked inside the transaction that changes the state,
 * under locks that make the checked counts stable: a per-student lock for creation (pending
 * limit, one open request per pair), the mentor row for every transition (capacity,
 * active_mentees). Lock order is always student → mentor → request → notification recipient.
 * Every transition is also an entry of the request's thread (with its note and reason).
 */
@Injectable()
export class RequestsService {
  private readonly ttlMs: number;

  constructor(
    private readonly transactions: Transactions,
    private readonly requests: RequestsRepository,
    private readonly thread: RequestMessagesRepository,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    private readonly notifier: Notifier,
    config: AppConfig,
  ) {
    this.ttlMs = config.REQUEST_TTL_DAYS * 86_400_000;
  }

  async create(caller: Principal, dto: CreateRequestDto): Promise<RequestDto> {
    // An access token outlives the deletion of its account by up to JWT_ACCESS_TTL.
    if (!(await this.students.exists(caller.id))) throw notFound('STUDENT.NOT_FOUND', 'This student account was deleted.');
    const view = await this.transactions.run(async (manager) => {
      await this.requests.lockStudent(manager, caller.id);
      const mentor = await this.mentors.lockForUpdate(manager, dto.mentorId);
      if (!mentor.acceptingRequests) throw conflict('MENTOR.NOT_ACCEPTING', 'This mentor is not accepting requests at the moment.');
      const open = await this.requests.findOpenForPair(manager, caller.id, mentor.id);
      if (open) throw duplicateOpen(open.id, open.status);
      const pending = await this.requests.countPendingOfStudent(manager, caller.id);
      if (pending >= MAX_PENDING_PER_STUDENT) {
        throw conflict(
          'REQUEST.TOO_MANY_PENDING',
          `You already have ${pending} requests waiting for an answer; at most ${MAX_PENDING_PER_STUDENT} may be pending at once. Cancel one or wait for a reply.`,
          { limit: MAX_PENDING_PER_STUDENT, pending },
        );
      }
      const id = await this.requests.insertPending(manager, { studentId: caller.id, mentorId: mentor.id, message: dto.message });
      if (!id) throw duplicateOpen();
      await this.thread.insert(manager, { requestId: id, authorId: caller.id, authorRole: 'student', body: dto.message, fromStatus: null, toStatus: 'pending', reason: null });
      const created = (await this.requests.findView(id, manager))!;
      await this.notifier.notify(manager, { recipientId: mentor.id, type: 'request.created', data: notificationData(created, 'student') });
      return created;
    });
    return (await this.present([view], caller))[0]!;
  }

  /** A request with its history: its student, its mentor or an admin. */
  async get(caller: Principal, id: string): Promise<RequestDto> {
    const view = await this.requests.findView(id);
    if (!view || !actorOf(view, caller)) throw requestNotFound();
    const history = (await this.thread.transitions(id)).map(toHistoryEntry);
    return (await this.present([view], caller, history))[0]!;
  }

  /** Moves a request along the lifecycle; see request-lifecycle.ts for who may do what. */
  async transition(caller: Principal, id: string, dto: UpdateRequestDto): Promise<RequestDto> {
    const seen = await this.requests.findById(id);
    const actor = seen && actorOf(seen, caller);
    if (!seen || !actor) throw requestNotFound();
    if (dto.reason !== undefined && !REASON_STATUSES.includes(dto.status)) {
      throw badRequest('REQUEST.REASON_NOT_ALLOWED', 'A reason goes with rejecting or cancelling only.');
    }
    const view = await this.transactions.run(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, seen.mentorId);
      const current = await this.requests.lockById(manager, id);
      if (!current) throw requestNotFound();
      const check = checkTransition(current.status, dto.status, actor);
      if (!check.ok) {
        const extra = { from: current.status, to: dto.status, allowed: check.allowed };
        if (check.reason === 'not-yours') throw new DomainError(403, 'REQUEST.TRANSITION_NOT_YOURS', check.detail, extra);
        throw conflict('REQUEST.INVALID_TRANSITION', check.detail, extra);
      }
      if (dto.status === 'accepted') {
        const active = await this.requests.countAcceptedOfMentor(manager, mentor.id);
        if (active >= mentor.capacity) {
          throw conflict('MENTOR.AT_CAPACITY', `The mentor already has ${active} active mentees, their capacity. Complete or cancel one, or raise the capacity.`, { capacity: mentor.capacity, activeMentees: active });
        }
      }
      await this.requests.setStatus(manager, id, {
        status: dto.status,
        note: dto.note,
        reason: dto.reason,
        responded: current.status === 'pending' && (dto.status === 'accepted' || dto.status === 'rejected'),
        closed: dto.status !== 'accepted',
      });
      await this.thread.insert(manager, { requestId: id, authorId: caller.id, authorRole: actor, body: dto.note || null, fromStatus: current.status, toStatus: dto.status, reason: dto.reason ?? null });
      // Recounted under the mentor lock, so the counter also heals any drift.
      const freed =
        current.status === 'accepted' || dto.status === 'accepted' ? await this.mentors.setCounters(manager, mentor, { activeMentees: await this.requests.countAcceptedOfMentor(manager, mentor.id) }) : [];
      const changed = (await this.requests.findView(id, manager))!;
      const type = `request.${dto.status}` as NotificationType;
      const data = notificationData(changed, actor);
      const recipients = actor === 'student' ? [changed.mentorId] : actor === 'mentor' ? [changed.studentId] : [changed.studentId, changed.mentorId];
      await this.notifier.notifyAll(manager, [...recipients.map((recipientId): NotifyInput => ({ recipientId, type, data })), ...freed]);
      return changed;
    });
    return (await this.present([view], caller))[0]!;
  }

  /** The student's requests: that student or an admin (others get 404). */
  async listOfStudent(caller: Principal, studentId: string, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    const studentNotFound = () => notFound('STUDENT.NOT_FOUND', 'No student with this id is visible to you.');
    if (caller.role !== 'admin' && caller.id !== studentId) throw studentNotFound();
    if (caller.role === 'admin' && (await this.students.namesOf([studentId])).size === 0) throw studentNotFound();
    return this.page(caller, { studentId, statuses: query.status }, query);
  }

  /** The mentor's requests: that mentor or an admin (others get 404). */
  async listOfMentor(caller: Principal, mentorId: string, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    if (caller.role !== 'admin' && caller.id !== mentorId) throw notFound('MENTOR.NOT_FOUND', 'No mentor has this id.');
    if (caller.role === 'admin') await this.mentors.get(mentorId);
    return this.page(caller, { mentorId, statuses: query.status }, query);
  }

  /**
   * Account deletion, first in its transaction: every open request of the party is cancelled by
   * the system and the mentors' active-mentee counters are recounted; `notifyCancelled` tells the
   * other parties (and the students waiting for a freed place), last. Locks in the order of the other rules: the student's creation lock, the
   * mentor rows (id order), the request rows; the notification recipients at the very end.
   */
  async cancelAllOf(manager: EntityManager, party: { studentId: string } | { mentorId: string }, note = 'The account of the other party was deleted.'): Promise<CancelledRequests> {
    // The party's own lock first, so that no new request of theirs appears meanwhile.
    if ('studentId' in party) await this.requests.lockStudent(manager, party.studentId);
    else await this.mentors.lockForUpdate(manager, party.mentorId, { deleted: true });
    const seen = await this.requests.openOf(manager, party);
    if (seen.length === 0) return { requestIds: [], freed: [] };
    const mentors = [];
    for (const mentorId of [...new Set(seen.map((r) => r.mentorId))].sort()) mentors.push(await this.mentors.lockForUpdate(manager, mentorId, { deleted: true }));
    // With the mentors locked no transition can move these requests; the student lock keeps new ones out.
    const open = await this.requests.lockOpenOf(manager, party);
    for (const r of open) {
      await this.requests.setStatus(manager, r.id, { status: 'cancelled', note, reason: 'other', responded: false, closed: true });
      await this.thread.insert(manager, { requestId: r.id, authorId: null, authorRole: 'system', body: note, fromStatus: r.status, toStatus: 'cancelled', reason: 'other' });
    }
    const withAccepted = new Set(open.filter((r) => r.status === 'accepted').map((r) => r.mentorId));
    const freed: NotifyInput[] = [];
    for (const mentor of mentors.filter((m) => withAccepted.has(m.id))) {
      freed.push(...(await this.mentors.setCounters(manager, mentor, { activeMentees: await this.requests.countAcceptedOfMentor(manager, mentor.id) })));
    }
    return { requestIds: open.map((r) => r.id), freed };
  }

  /** The other party of each request `cancelAllOf` closed is told (call it last in the transaction). */
  async notifyCancelled(manager: EntityManager, party: { studentId: string } | { mentorId: string }, cancelled: CancelledRequests): Promise<void> {
    const views = await this.requests.findViews(cancelled.requestIds, manager);
    const other = (v: RequestView) => ('studentId' in party ? v.mentorId : v.studentId);
    const told = views.map((v): NotifyInput => ({ recipientId: other(v), type: 'request.cancelled', data: notificationData(v, 'system') }));
    await this.notifier.notifyAll(manager, [...told, ...cancelled.freed]);
  }

  /** Every request, filtered (admins: the moderation list). */
  listAll(caller: Principal, filter: RequestListFilter, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    return this.page(caller, filter, query);
  }

  private async page(caller: Principal, filter: RequestListFilter, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    const after = keysetCursor.decode(query.cursor);
    const [rows, total] = await Promise.all([this.requests.page(filter, query.limit + 1, after), this.requests.count(filter)]);
    const shown = await this.present(rows.slice(0, query.limit), caller);
    const byId = new Map(shown.map((r) => [r.id, r]));
    return keysetPage(rows, query.limit, (r) => ({ at: r.createdAt.toISOString(), id: r.id }), (r) => byId.get(r.id)!, total) as RequestPageDto;
  }

  /** Responses for the caller: what they may do next and how many thread entries they have not read. */
  private async present(views: RequestView[], caller: Principal, history?: ReturnType<typeof toHistoryEntry>[]): Promise<RequestDto[]> {
    const party = caller.role === 'admin' ? undefined : partyOf(caller.role as RequestActor);
    const unread = party ? await this.thread.unreadCounts(views.map((v) => v.id), caller.id, party) : new Map<string, number>();
    return views.map((view) => {
      const actor = actorOf(view, caller);
      return toRequestResponse(view, { allowedTransitions: actor ? allowedTransitions(view.status, actor) : [], ttlMs: this.ttlMs, unreadMessages: unread.get(view.id) ?? 0, history });
    });
  }
}

/** The open request's id is `openRequestId`: `requestId` in a problem is always the id of the HTTP request. */
function duplicateOpen(openRequestId?: string, status?: string): DomainError {
  return conflict('REQUEST.DUPLICATE_OPEN', `You already have ${status ? `a ${status}` : 'an open'} request to this mentor; a new one is possible once it is closed.`, {
    ...(openRequestId ? { openRequestId } : {}),
  });
}
