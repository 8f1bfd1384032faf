import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@app/auth';
import { conflict, decodeKeysetCursor, DomainError, keysetPage, notFound } from '@app/common';
import { MentorsService } from '../mentors/mentors.service.js';
import type { NotificationType } from '../notifications/notification.entity.js';
import { Notifier, type NotifyInput } from '../notifications/notifier.js';
import { StudentsService } from '../students/students.service.js';
import { type CreateRequestDto, type ListRequestsQueryDto, type RequestDto, type RequestPageDto, toRequestResponse, type UpdateRequestDto } from './dto/request.dto.js';
import { type MentorshipRequestEntity, OPEN_STATUSES } from './mentorship-request.entity.js';
import { allowedTransitions, checkTransition, type RequestActor } from './request-lifecycle.js';
import { type RequestListFilter, RequestsRepository, type RequestView } from './requests.repository.js';

/** Pending requests a student may have at once. */
export const MAX_PENDING_PER_STUDENT = 5;
const MESSAGE_PREVIEW = 200;

const requestNotFound = () => notFound('REQUEST.NOT_FOUND', 'No request with this id is visible to you.');

/** The caller's part in a request, or undefined when they may not see it. */
function actorOf(request: Pick<MentorshipRequestEntity, 'studentId' | 'mentorId'>, caller: Principal): RequestActor | undefined {
  if (caller.role === 'admin') return 'admin';
  if (caller.role === 'student' && caller.id === request.studentId) return 'student';
  if (caller.role === 'mentor' && caller.id === request.mentorId) return 'mentor';
  return undefined;
}

function present(view: RequestView, caller: Principal): RequestDto {
  const actor = actorOf(view, caller);
  return toRequestResponse(view, actor ? allowedTransitions(view.status, actor) : []);
}

function notificationData(view: RequestView, actor: RequestActor): Record<string, unknown> {
  return {
    requestId: view.id,
    status: view.status,
    studentId: view.studentId,
    studentName: view.student.name,
    mentorId: view.mentorId,
    mentorName: view.mentor.name,
    by: actor,
    ...(view.status === 'pending' ? { message: view.message.slice(0, MESSAGE_PREVIEW) } : { note: view.note }),
  };
}

/**
 * Mentorship requests. Every rule is checked inside the transaction that changes the state,
 * under locks that make the checked counts stable: a per-student lock for creation (pending
 * limit, one open request per pair), the mentor row for every transition (capacity,
 * active_mentees). Lock order is always student → mentor → request → notification recipient.
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsRepository,
    private readonly mentors: MentorsService,
    private readonly students: StudentsService,
    private readonly notifier: Notifier,
  ) {}

  async create(caller: Principal, dto: CreateRequestDto): Promise<RequestDto> {
    const view = await this.dataSource.transaction(async (manager) => {
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
      const created = (await this.requests.findView(id, manager))!;
      await this.notifier.notify(manager, { recipientId: mentor.id, type: 'request.created', data: notificationData(created, 'student') });
      return created;
    });
    return present(view, caller);
  }

  async get(caller: Principal, id: string): Promise<RequestDto> {
    const view = await this.requests.findView(id);
    if (!view || !actorOf(view, caller)) throw requestNotFound();
    return present(view, caller);
  }

  /** Moves a request along the lifecycle; see request-lifecycle.ts for who may do what. */
  async transition(caller: Principal, id: string, dto: UpdateRequestDto): Promise<RequestDto> {
    const seen = await this.requests.findById(id);
    const actor = seen && actorOf(seen, caller);
    if (!seen || !actor) throw requestNotFound();
    const view = await this.dataSource.transaction(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, seen.mentorId);
      const current = await this.requests.lockById(manager, id);
      if (!current) throw requestNotFound();
      const check = checkTransition(current.status, dto.status, actor);
      if (!check.ok) {
        const extra = { from: current.status, to: dto.status, allowed: check.allowed };
        if (check.reason === 'not-yours') throw new DomainError(403, 'REQUEST.TRANSITION_NOT_YOURS', check.detail, extra);
        throw conflict('REQUEST.INVALID_TRANSITION', check.detail, extra);
      }
      const wasAccepted = current.status === 'accepted';
      if (dto.status === 'accepted') {
        const active = await this.requests.countAcceptedOfMentor(manager, mentor.id);
        if (active >= mentor.capacity) {
          throw conflict('MENTOR.AT_CAPACITY', `The mentor already has ${active} active mentees, their capacity. Complete or cancel one, or raise the capacity.`, { capacity: mentor.capacity, activeMentees: active });
        }
      }
      await this.requests.setStatus(manager, id, {
        status: dto.status,
        note: dto.note,
        responded: current.status === 'pending' && (dto.status === 'accepted' || dto.status === 'rejected'),
        closed: dto.status !== 'accepted',
      });
      if (wasAccepted || dto.status === 'accepted') {
        // Recounted under the mentor lock, so the counter also heals any drift.
        await this.mentors.setCounters(manager, mentor.id, { activeMentees: await this.requests.countAcceptedOfMentor(manager, mentor.id) });
      }
      const changed = (await this.requests.findView(id, manager))!;
      const type = `request.${dto.status}` as NotificationType;
      const data = notificationData(changed, actor);
      const recipients = actor === 'student' ? [changed.mentorId] : actor === 'mentor' ? [changed.studentId] : [changed.studentId, changed.mentorId];
      await this.notifier.notifyAll(manager, recipients.map((recipientId): NotifyInput => ({ recipientId, type, data })));
      return changed;
    });
    return present(view, caller);
  }

  /**
   * Cancels every open request of a suspended account inside the caller's transaction, telling
   * the other party. Mentors are locked before requests, in id order, as every transition does.
   */
  async closeOpenOf(manager: EntityManager, accountId: string, note: string): Promise<number> {
    const open = await this.requests.openOf(manager, accountId);
    const mentorIds = [...new Set(open.map((r) => r.mentorId))].sort();
    for (const mentorId of mentorIds) await this.mentors.lockForUpdate(manager, mentorId);
    const notices: NotifyInput[] = [];
    for (const { id } of open) {
      const current = await this.requests.lockById(manager, id);
      if (!current || !(OPEN_STATUSES as readonly string[]).includes(current.status)) continue;
      await this.requests.setStatus(manager, id, { status: 'cancelled', note, responded: false, closed: true });
      const view = (await this.requests.findView(id, manager))!;
      const other = view.studentId === accountId ? view.mentorId : view.studentId;
      notices.push({ recipientId: other, type: 'request.cancelled', data: notificationData(view, 'admin') });
    }
    for (const mentorId of mentorIds) {
      await this.mentors.setCounters(manager, mentorId, { activeMentees: await this.requests.countAcceptedOfMentor(manager, mentorId) });
    }
    if (notices.length) await this.notifier.notifyAll(manager, notices);
    return notices.length;
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

  /** Every request, filtered (admins: the moderation list). */
  listAll(caller: Principal, filter: RequestListFilter, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    return this.page(caller, filter, query);
  }

  private async page(caller: Principal, filter: RequestListFilter, query: ListRequestsQueryDto): Promise<RequestPageDto> {
    const after = decodeKeysetCursor(query.cursor);
    const [rows, total] = await Promise.all([this.requests.page(filter, query.limit + 1, after), this.requests.count(filter)]);
    return keysetPage(rows, query.limit, (r) => ({ at: r.createdAt.toISOString(), id: r.id }), (r) => present(r, caller), total) as RequestPageDto;
  }
}

function duplicateOpen(openRequestId?: string, status?: string): DomainError {
  return conflict('REQUEST.DUPLICATE_OPEN', `You already have ${status ? `a ${status}` : 'an open'} request to this mentor; a new one is possible once it is closed.`, {
    ...(openRequestId ? { openRequestId } : {}),
  });
}
