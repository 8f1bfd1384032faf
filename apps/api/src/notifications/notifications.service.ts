import { Inject, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '@app/config';
import { RATE_LIMIT_STORAGE } from '../http/rate-limit.js';
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '@app/auth';
import { cursorCodec, DomainError, notFound } from '@app/common';
import type { EntityManager } from 'typeorm';
import { type ListNotificationsQueryDto, type NotificationDto, type NotificationPageDto, type ReadAllDto, type StreamTicketDto, toNotificationResponse } from './dto/notification.dto.js';
import { NotificationsRepository } from './notifications.repository.js';
import { STREAM_COOKIE_IDLE_SECONDS, STREAM_COOKIE_MAX_AGE_SECONDS } from './stream-cookie.js';
import { StreamTicketsRepository } from './stream-tickets.repository.js';
import { TokensService } from '../auth/tokens.service.js';

/** Lifetime of a stream ticket: long enough to open an EventSource, short enough not to matter if leaked. */
export const TICKET_TTL_SECONDS = 60;
const PURGE_EVERY_MS = 5 * 60_000;


const hash = (ticket: string): string => createHash('sha256').update(ticket).digest('hex');

/** Inbox pages: before this notification sequence number. */
const seqCursor = cursorCodec({ seq: 'seq' });

/** The inbox and the stream tickets of the signed-in account. */
@Injectable()
export class NotificationsService {
  private lastPurge = 0;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly tickets: StreamTicketsRepository,
    private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORAGE) private readonly limits: ThrottlerStorage,
    private readonly tokens: TokensService,
  ) {}

  async inbox(account: Principal, query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const before = seqCursor.decode(query.cursor)?.seq;
    const unread = query.unread === true;
    const [rows, total, unreadCount] = await Promise.all([
      this.notifications.page(account.id, unread, query.limit + 1, before),
      this.notifications.count(account.id, unread),
      unread ? undefined : this.notifications.count(account.id, true),
    ]);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return { items: items.map(toNotificationResponse), nextCursor: rows.length > query.limit && last ? seqCursor.encode({ seq: String(last.seq) }) : null, total, unread: unreadCount ?? total };
  }

  /** Marks every notification of the account read. */
  async markAllRead(account: Principal): Promise<ReadAllDto> {
    return { marked: await this.notifications.markAllRead(account.id), unread: 0 };
  }

  /** Account deletion, inside its transaction: the account's notifications and tickets go. */
  forget(manager: EntityManager, accountId: string): Promise<void> {
    return this.notifications.forget(manager, accountId);
  }

  /** Another account's notification is a 404, like one that does not exist. */
  async markRead(account: Principal, id: string): Promise<NotificationDto> {
    const n = await this.notifications.markRead(account.id, id);
    if (!n) throw notFound('NOTIFICATION.NOT_FOUND', 'No notification of yours has this id.');
    return toNotificationResponse(n);
  }

  async issueTicket(account: Principal): Promise<StreamTicketDto> {
    const limit = this.config.STREAM_TICKETS_PER_MINUTE;
    const hit = await this.limits.increment(`tickets:${account.id}`, 60_000, limit, 0, 'tickets');
    if (hit.isBlocked) throw new DomainError(429, 'RATE_LIMITED', `At most ${limit} stream tickets a minute; try again in ${Math.max(1, hit.timeToBlockExpire)} s.`);
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = await this.tickets.insert(hash(ticket), account, TICKET_TTL_SECONDS);
    if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = Date.now();
      await this.tickets.deleteExpired();
    }
    return { ticket, expiresIn: TICKET_TTL_SECONDS, expiresAt };
  }

  /** A stream cookie value for the account (only its hash is stored). */
  async issueStreamCookie(account: Principal): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    // Bound to the session that asked for it (sign-out ends its streams), not to the access token's expiry.
    await this.tickets.insert(hash(token), { id: account.id, role: account.role, sessionId: account.sessionId }, STREAM_COOKIE_IDLE_SECONDS, true);
    return token;
  }

  /** The holder of a valid stream cookie and the hash its streams renew; null if unknown or expired. */
  async redeemStreamCookie(token: string): Promise<{ account: Principal; credential: string } | null> {
    const credential = hash(token);
    const account = await this.tickets.holderOf(credential, STREAM_COOKIE_MAX_AGE_SECONDS);
    // Signed out (or the session's refresh token was stolen and revoked): the cookie is dead too.
    if (!account || (account.sessionId && (await this.tokens.revokedSessions([account.sessionId])).size > 0)) return null;
    return { account, credential };
  }

  /** The holder of a valid ticket, which is spent by this call; null if unknown, used or expired. */
  redeemTicket(ticket: string): Promise<Principal | null> {
    return this.tickets.redeem(hash(ticket));
  }
}
