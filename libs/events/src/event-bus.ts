import type { Observable } from 'rxjs';

/** Called with the decoded JSON message and the channel it arrived on. May be async. */
export type EventHandler<T = unknown> = (message: T, channel: string) => void | Promise<void>;

/** Stops one subscription. Idempotent; never throws. */
export type Unsubscribe = () => void;

export type ConnectionState = 'up' | 'down';

export interface EventBusHealth {
  status: ConnectionState;
  /** `redis` or `in-process`. */
  backend: 'redis' | 'in-process';
  /** Why it is down (last transport error), or the redacted URL when up. */
  detail?: string;
}

/** Counters for metrics (monotonic since start-up). */
export interface EventBusStats {
  published: number;
  publishFailed: number;
  delivered: number;
  handlerErrors: number;
}

/**
 * The event bus port (and its Nest injection token): fire-and-forget fan-out of JSON messages
 * between replicas. It is NOT durable: PostgreSQL is the source of truth, and a message published
 * while the transport is down is simply lost. Features that need every message (notifications)
 * store it first, publish after commit, and replay from the database when `onReconnect` fires.
 *
 * Semantics shared by every adapter (see event-bus.contract.ts):
 * - messages are JSON round-tripped (a `Date` arrives as an ISO string), even in-process;
 * - delivery is asynchronous and in publish order per channel;
 * - a handler that throws or rejects is logged and does not affect other handlers;
 * - `publish` never throws: it resolves `false` (and counts a failure) when the message could not
 *   be handed to the transport, so an HTTP request never fails because Redis is down.
 */
export abstract class EventBus {
  /**
   * Publishes `message` (JSON-serialised) on `channel`. Resolves `true` once the transport
   * accepted it, `false` if it could not (transport down, timeout, unserialisable message).
   * Never rejects. `true` does not mean anyone received it.
   */
  abstract publish(channel: string, message: object): Promise<boolean>;

  /**
   * Calls `handler` for every message published on `channel` from now on, until the returned
   * function is called. Resolves once the subscription is active on the transport, so a caller
   * can subscribe first and then read what it missed from the database without a gap. If the
   * transport is down it still resolves (within a bounded time): the subscription is kept locally,
   * established when the connection returns, and `onReconnect` fires then.
   * Several handlers on one channel share one transport subscription.
   */
  abstract subscribe<T = unknown>(channel: string, handler: EventHandler<T>): Promise<Unsubscribe>;

  /** Readiness: `up` when messages can be published and received. Cheap and synchronous. */
  abstract health(): EventBusHealth;

  /** Current connection state, replayed to new subscribers, distinct values only. */
  abstract readonly state$: Observable<ConnectionState>;

  /**
   * Registers `listener` to run each time the transport comes back after an outage, once every
   * local subscription is active again. Messages published while it was down were lost, so this
   * is where a feature re-syncs its live clients from the database. Returns a function removing
   * the listener. In-process adapters never fire it.
   */
  abstract onReconnect(listener: () => void | Promise<void>): Unsubscribe;

  abstract stats(): EventBusStats;

  isHealthy(): boolean {
    return this.health().status === 'up';
  }
}
