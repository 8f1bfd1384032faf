import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { AccessRevocations, type Principal } from '@app/auth';
import { AppConfig } from '@app/config';
import { Metrics } from '../metrics/metrics.service.js';
import { EventBus, notificationChannel, type Unsubscribe } from '@app/events';
import { TokensService } from '../auth/tokens.service.js';
import { toNotificationResponse } from './dto/notification.dto.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { STREAM_COOKIE_IDLE_SECONDS } from './stream-cookie.js';
import { StreamTicketsRepository } from './stream-tickets.repository.js';

/** Rows read per replay query. */
const REPLAY_BATCH = 100;
/** EventSource reconnect delay we ask for, and a shorter one when this replica shuts down. */
const RETRY_MS = 2000;
const RETRY_ON_SHUTDOWN_MS = 500;

interface LiveStream {
  readonly accountId: string;
  readonly res: ServerResponse;
  /** Event id of the last notification written (or the starting point). */
  lastSeq: bigint;
  /** `lastSeq` is known: wake-ups may read from the database. */
  started: boolean;
  draining: boolean;
  /** Woken while draining: read again when done. */
  again: boolean;
  /** The last replay failed (database hiccup): the next heartbeat retries. */
  stale: boolean;
  closed: boolean;
  off?: Unsubscribe;
  /** The session of the credential that opened the stream: the stream ends when it is revoked. */
  readonly sessionId?: string;
  /** Ends the stream when its credential expires. */
  expiry?: NodeJS.Timeout;
  /** Hash of the stream cookie that opened it: renewed while the stream is open. */
  credential?: string;
}

/** Why a stream is ended before the client leaves: the client should reconnect with a fresh credential (or not at all). */
type EndReason = 'credential-expired' | 'session-revoked' | 'account-suspended' | 'too-many-streams';

export interface StreamStats {
  open: number;
  /** Notifications written to streams since start-up. */
  delivered: number;
}

/** `id`-tagged SSE frame of one notification (the default `message` event). */
function frame(n: NotificationEntity): string {
  return `id: ${n.seq}\ndata: ${JSON.stringify(toNotificationResponse(n))}\n\n`;
}

/** Writes `chunk`; when the socket buffer is full, waits until it drains or the client goes. */
function write(res: ServerResponse, chunk: string): Promise<void> {
  if (res.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

const isSeq = (value: unknown): value is string => typeof value === 'string' && /^\d{1,18}$/.test(value);

/**
 * The live notification streams open on this replica.
 *
 * PostgreSQL is the source of truth and the event bus is only a doorbell: a message for an
 * account wakes its streams, and each stream then reads "everything after the last event id I
 * wrote" from the database, in `seq` order. So live delivery, Last-Event-ID replay and the
 * catch-up after a Redis outage (`onReconnect`) are one code path, messages arriving out of
 * order from two replicas cannot reorder or skip events, and duplicates are impossible.
 * While the bus is down, heartbeats also poll the database, so clients keep getting
 * notifications (at heartbeat pace) during an outage.
 */
@Injectable()
export class NotificationStreams implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationStreams');
  private readonly byAccount = new Map<string, Set<LiveStream>>();
  private heartbeat: NodeJS.Timeout | undefined;
  private offReconnect: Unsubscribe | undefined;
  private closing = false;
  private delivered = 0;
  /** Replays in flight: shutdown waits for them before the database pool closes. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly bus: EventBus,
    private readonly notifications: NotificationsRepository,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly tokens: TokensService,
    private readonly tickets: StreamTicketsRepository,
    @Optional() private readonly revocations?: AccessRevocations,
  ) {}

  /** A revocation check is running (at most one at a time). */
  private checkingSessions = false;

  onModuleInit(): void {
    this.metrics.countOpenStreamsWith(() => this.stats().open);
    this.offReconnect = this.bus.onReconnect(() => this.wakeAll());
    this.heartbeat = setInterval(() => this.beat(), this.config.SSE_HEARTBEAT_SECONDS * 1000);
    this.heartbeat.unref();
  }

  /** True once the application is shutting down: new streams are refused. */
  get isClosing(): boolean {
    return this.closing;
  }

  stats(): StreamStats {
    let open = 0;
    for (const set of this.byAccount.values()) open += set.size;
    return { open, delivered: this.delivered };
  }

  /**
   * Serves `account`'s stream on `res` (a hijacked reply) until the client leaves or the
   * application shuts down. With `lastEventId` it first replays what came after it; without, it
   * starts after the account's newest notification. The first frame is a `ready` event whose id
   * is that starting point, so a client that reconnects before any notification still resumes
   * from the right place.
   */
  async open(account: Principal, res: ServerResponse, headers: Record<string, string>, lastEventId?: string, credential?: string): Promise<void> {
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.socket?.setNoDelay(true);
    res.socket?.setKeepAlive(true);
    const stream: LiveStream = { accountId: account.id, res, lastSeq: 0n, started: false, draining: false, again: false, stale: false, closed: false, sessionId: account.sessionId, credential };
    this.add(stream);
    res.on('close', () => this.close(stream));
    if (account.expiresAt !== undefined) {
      stream.expiry = setTimeout(() => this.end(stream, 'credential-expired'), Math.max(0, account.expiresAt * 1000 - Date.now()));
      stream.expiry.unref();
    }
    res.write(`retry: ${RETRY_MS}\n\n`);
    try {
      // Subscribe first, then read the starting point: nothing published in between is missed.
      const off = await this.bus.subscribe<{ eventId?: unknown }>(notificationChannel(account.id), (event) => this.wake(stream, event?.eventId));
      if (stream.closed) return off();
      stream.off = off;
      // An id beyond the account's newest (another environment, a reset database) would block
      // every future event until the sequence caught up: start from the newest instead.
      const newest = (await this.notifications.lastSeq(account.id)) ?? '0';
      const start = lastEventId !== undefined && BigInt(lastEventId) < BigInt(newest) ? lastEventId : newest;
      stream.lastSeq = BigInt(start);
      stream.started = true;
      await write(res, `event: ready\nid: ${start}\ndata: ${JSON.stringify({ lastEventId: start })}\n\n`);
      this.wake(stream);
    } catch (err) {
      this.logger.warn(`could not open a notification stream: ${err instanceof Error ? err.message : String(err)}`);
      this.close(stream);
    }
  }

  /** Wakes the streams of one account on this replica (a notification for it was committed). */
  wakeAccount(accountId: string, eventId?: string): void {
    for (const stream of this.byAccount.get(accountId) ?? []) this.wake(stream, eventId);
  }

  /** After a bus outage: every stream re-reads what it may have missed. */
  wakeAll(): void {
    for (const set of this.byAccount.values()) for (const stream of set) this.wake(stream);
  }

  /** Ends every stream so that clients reconnect to another replica (EventSource does so itself). */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.heartbeat);
    this.offReconnect?.();
    for (const set of [...this.byAccount.values()]) {
      for (const stream of [...set]) {
        if (!stream.res.writableEnded) stream.res.write(`retry: ${RETRY_ON_SHUTDOWN_MS}\n\n`);
        this.close(stream);
      }
    }
    await Promise.allSettled([...this.inFlight]);
  }

  private wake(stream: LiveStream, eventId?: unknown): void {
    if (stream.closed || !stream.started) return;
    if (stream.draining) {
      stream.again = true;
      return;
    }
    // The doorbell for something already written (e.g. our own publish coming back from Redis).
    if (isSeq(eventId) && BigInt(eventId) <= stream.lastSeq) return;
    stream.draining = true;
    const drained = this.drain(stream);
    this.inFlight.add(drained);
    void drained.finally(() => this.inFlight.delete(drained));
  }

  private async drain(stream: LiveStream): Promise<void> {
    try {
      do {
        stream.again = false;
        let batch: NotificationEntity[];
        do {
          batch = await this.notifications.listAfter(stream.accountId, stream.lastSeq.toString(), REPLAY_BATCH);
          for (const n of batch) {
            if (stream.closed) return;
            await write(stream.res, frame(n));
            stream.lastSeq = BigInt(n.seq);
            this.delivered++;
            this.metrics.notificationsDelivered.inc();
          }
        } while (batch.length === REPLAY_BATCH && !stream.closed);
      } while (stream.again && !stream.closed);
      stream.stale = false;
    } catch (err) {
      stream.stale = true;
      this.logger.warn(`could not read notifications for a stream (retried at the next heartbeat): ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      stream.draining = false;
    }
  }

  /**
   * Ends a stream with an event telling the client why (`reauthenticate`): after an expiry or a
   * revocation, reconnecting needs a fresh credential; the oldest of too many streams just goes.
   */
  private end(stream: LiveStream, reason: EndReason): void {
    if (stream.closed) return;
    if (!stream.res.writableEnded) stream.res.write(`event: reauthenticate\ndata: ${JSON.stringify({ reason })}\n\n`);
    this.close(stream);
  }

  /** Ends the streams whose session was revoked (sign-out, stolen refresh token) on any replica. */
  private async endRevokedSessions(): Promise<void> {
    const sessions = new Set<string>();
    for (const set of this.byAccount.values()) for (const stream of set) if (stream.sessionId) sessions.add(stream.sessionId);
    if (sessions.size === 0 || this.checkingSessions) return;
    this.checkingSessions = true;
    try {
      const revoked = await this.tokens.revokedSessions([...sessions]);
      for (const set of [...this.byAccount.values()]) for (const stream of [...set]) if (stream.sessionId && revoked.has(stream.sessionId)) this.end(stream, 'session-revoked');
    } catch (err) {
      this.logger.warn(`could not check stream sessions (retried at the next heartbeat): ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.checkingSessions = false;
    }
  }

  /**
   * Comment frames keep proxies from closing idle streams; during a bus outage, also poll. The
   * streams of an account suspended since they opened end here (within one heartbeat). The
   * stream cookies of open streams are renewed, so a browser that loses its connection can come
   * back with the same cookie (one UPDATE per heartbeat for all of them).
   */
  private beat(): void {
    void this.endRevokedSessions();
    const poll = !this.bus.isHealthy();
    const credentials = new Set<string>();
    for (const set of [...this.byAccount.values()]) {
      for (const stream of [...set]) {
        if (stream.closed) continue;
        if (this.revocations?.isRevoked(stream.accountId)) {
          this.end(stream, 'account-suspended');
          continue;
        }
        if (stream.credential) credentials.add(stream.credential);
        if (!stream.res.writableNeedDrain) stream.res.write(': heartbeat\n\n');
        if (poll || stream.stale) this.wake(stream);
      }
    }
    if (credentials.size > 0) {
      this.tickets.extend([...credentials], STREAM_COOKIE_IDLE_SECONDS).catch((err: unknown) => {
        this.logger.warn(`could not renew stream cookies (retried at the next heartbeat): ${err instanceof Error ? err.message : String(err)}`);
      });
    }
  }

  private add(stream: LiveStream): void {
    const set = this.byAccount.get(stream.accountId) ?? new Set<LiveStream>();
    set.add(stream);
    this.byAccount.set(stream.accountId, set);
    // At most SSE_MAX_STREAMS_PER_ACCOUNT per account on this replica: the oldest go first.
    for (const oldest of set) {
      if (set.size <= this.config.SSE_MAX_STREAMS_PER_ACCOUNT) break;
      this.end(oldest, 'too-many-streams');
    }
  }

  private close(stream: LiveStream): void {
    if (stream.closed) return;
    stream.closed = true;
    clearTimeout(stream.expiry);
    stream.off?.();
    const set = this.byAccount.get(stream.accountId);
    set?.delete(stream);
    if (set?.size === 0) this.byAccount.delete(stream.accountId);
    if (!stream.res.writableEnded) stream.res.end();
  }
}
