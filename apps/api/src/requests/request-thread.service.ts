import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { conflict, cursorCodec, type PageQueryDto } from '@app/common';
import { Transactions } from '../database/transactions.js';
import { Notifier } from '../notifications/notifier.js';
import { type PostMessageDto, type RequestMessageDto, type RequestMessagePageDto, toRequestMessageResponse } from './dto/request.dto.js';
import { OPEN_STATUSES } from './mentorship-request.entity.js';
import { actorOf, partyOf, requestNotFound } from './request-access.js';
import { RequestMessagesRepository } from './request-messages.repository.js';
import { RequestsRepository } from './requests.repository.js';

const PREVIEW = 200;

/** Thread pages go by the message's sequence number. */
const seqCursor = cursorCodec({ seq: 'seq' });

/**
 * The conversation of a request: its two parties write while it is open; after it closes the
 * thread is read-only, for them and for admins. Reading a page moves the reader's read position.
 */
@Injectable()
export class RequestThreadService {
  constructor(
    private readonly transactions: Transactions,
    private readonly requests: RequestsRepository,
    private readonly thread: RequestMessagesRepository,
    private readonly notifier: Notifier,
  ) {}

  async list(caller: Principal, requestId: string, query: PageQueryDto): Promise<RequestMessagePageDto> {
    const request = await this.requests.findById(requestId);
    const actor = request && actorOf(request, caller);
    if (!request || !actor) throw requestNotFound();
    const after = seqCursor.decode(query.cursor)?.seq;
    const [rows, total] = await Promise.all([this.thread.page(requestId, query.limit + 1, after), this.thread.count(requestId)]);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const party = partyOf(actor);
    if (party && last) await this.thread.markRead(requestId, party, last.seq);
    return { items: items.map(toRequestMessageResponse), nextCursor: rows.length > query.limit && last ? seqCursor.encode({ seq: last.seq }) : null, total };
  }

  /** A message from one party to the other, stored in the thread and sent as a notification. */
  async post(caller: Principal, requestId: string, dto: PostMessageDto): Promise<RequestMessageDto> {
    const seen = await this.requests.findById(requestId);
    const actor = seen && actorOf(seen, caller);
    if (!seen || !actor) throw requestNotFound();
    const party = partyOf(actor);
    if (!party) throw conflict('REQUEST.THREAD_READ_ONLY', 'Admins read the thread; only its student and mentor write in it.');
    return this.transactions.run(async (manager) => {
      // Locked so that a message cannot slip in after a concurrent close.
      const current = await this.requests.lockById(manager, requestId);
      if (!current) throw requestNotFound();
      if (!OPEN_STATUSES.includes(current.status)) {
        throw conflict('REQUEST.THREAD_CLOSED', `The request is ${current.status}: its thread is read-only.`, { requestStatus: current.status });
      }
      const message = await this.thread.insert(manager, { requestId, authorId: caller.id, authorRole: party, body: dto.body, fromStatus: null, toStatus: null, reason: null });
      const view = (await this.requests.findView(requestId, manager))!;
      const recipientId = party === 'student' ? view.mentorId : view.studentId;
      const fromName = party === 'student' ? view.student.name : view.mentor.name;
      await this.notifier.notify(manager, {
        recipientId,
        type: 'request.message',
        data: { requestId, messageId: message.id, from: party, fromName, studentId: view.studentId, mentorId: view.mentorId, body: dto.body.slice(0, PREVIEW) },
      });
      return toRequestMessageResponse(message);
    });
  }
}
