import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BehaviorSubject, distinctUntilChanged, type Observable } from 'rxjs';
import { EventBus, type ConnectionState, type EventBusHealth, type EventBusStats, type EventHandler, type Unsubscribe } from './event-bus.js';
import { HandlerRegistry, errorText, serialise } from './handler-registry.js';
import { createRedisClient, redactRedisUrl, withTimeout, type RedisConnectionOptions } from './redis-client.js';

export interface RedisEventBusOptions extends RedisConnectionOptions {
  url: string;
  /**
   * Connection used for PUBLISH (and shared with other users such as the throttler storage via
   * REDIS_CLIENT). Created from `url` when omitted. Either way the bus connects and closes it.
   */
  publisher?: Redis;
  /** How long `subscribe` waits for the server's confirmation before resolving anyway (ms). Default 2000. */
  subscribeTimeoutMs?: number;
  /** PING interval that detects half-open connections and forces a reconnect (ms, 0 = off). Default 10000. */
  heartbeatIntervalMs?: number;
  /** How long module init waits for the first connection before starting degraded (ms). Default 5000. */
  startupTimeoutMs?: number;
}

const RESUBSCRIBE_CHUNK = 1000;

/**
 * Redis pub/sub adapter. Two connections: `publisher` for PUBLISH (fail-fast, no offline queue)
 * and a dedicated `subscriber` (a connection in subscribe mode can run nothing else).
 *
 * Re-subscription: ioredis can re-subscribe by itself (`autoResubscribe`, done in its ready
 * handler), but it emits `ready` before the SUBSCRIBE is confirmed and only knows channels the
 * server had confirmed. This bus therefore keeps `autoResubscribe` off and, on every `ready`,
 * subscribes to all channels of its own registry (including ones added during the outage),
 * awaits the confirmation, then reports `up` and fires `onReconnect`. Listeners that replay from
 * the database at that point cannot miss a message published afterwards.
 */
export class RedisEventBus extends EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private readonly registry = new HandlerRegistry(this.logger);
  private readonly pending = new Map<string, Promise<void>>();
  private readonly state = new BehaviorSubject<ConnectionState>('down');
  readonly state$: Observable<ConnectionState> = this.state.pipe(distinctUntilChanged());
  readonly publisher: Redis;
  readonly subscriber: Redis;
  private readonly redactedUrl: string;
  private publisherReady = false;
  private subscriberReady = false;
  private subscriberEpoch = 0;
  private everUp = false;
  private closing = false;
  private lastError: string | undefined;
  private publishFailureLogged = false;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: RedisEventBusOptions) {
    super();
    this.redactedUrl = redactRedisUrl(options.url);
    this.publisher = options.publisher ?? createRedisClient(options.url, 'publisher', options);
    this.subscriber = createRedisClient(options.url, 'subscriber', options);
    this.wire();
  }

  async onModuleInit(): Promise<void> {
    this.logger.log(`event bus: redis ${this.redactedUrl}`);
    const timeout = this.options.startupTimeoutMs ?? 5000;
    const results = await Promise.allSettled(
      [this.publisher, this.subscriber]
        .filter((client) => client.status === 'wait')
        .map((client) => withTimeout(client.connect(), timeout, 'redis connect')),
    );
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) {
      this.logger.error(
        `event bus: redis ${this.redactedUrl} unreachable at start-up (${errorText(failure.reason)}); ` +
          'running degraded and reconnecting in the background',
      );
    }
    const interval = this.options.heartbeatIntervalMs ?? 10_000;
    if (interval > 0) {
      this.heartbeat = setInterval(() => this.beat(), interval);
      this.heartbeat.unref();
    }
  }

  async publish(channel: string, message: object): Promise<boolean> {
    const raw = serialise(message);
    if (raw instanceof Error || this.closing) {
      this.registry.counters.publishFailed++;
      this.logger.warn(`event bus: could not publish on ${channel}: ${raw instanceof Error ? raw.message : 'closing'}`);
      return false;
    }
    try {
      await this.publisher.publish(channel, raw);
      this.registry.counters.published++;
      return true;
    } catch (err) {
      this.registry.counters.publishFailed++;
      this.lastError = errorText(err);
      // One warning per outage; the rest at debug level so an outage does not flood the log.
      const log = this.publishFailureLogged ? 'debug' : 'warn';
      this.publishFailureLogged = true;
      this.logger[log](`event bus: publish on ${channel} failed (${this.lastError}); the message is dropped`);
      return false;
    }
  }

  async subscribe<T = unknown>(channel: string, handler: EventHandler<T>): Promise<Unsubscribe> {
    const h = handler as EventHandler;
    const first = this.registry.add(channel, h);
    let done = false;
    const unsubscribe = (): void => {
      if (done) return;
      done = true;
      if (this.registry.remove(channel, h) && !this.closing && this.subscriber.status === 'ready') {
        this.subscriber.unsubscribe(channel).catch((err: unknown) => this.noteError('unsubscribe', err));
      }
    };
    await (first ? this.activate(channel) : this.pending.get(channel));
    return unsubscribe;
  }

  health(): EventBusHealth {
    if (this.state.value === 'up') return { status: 'up', backend: 'redis', detail: this.redactedUrl };
    const why = this.closing ? 'closed' : (this.lastError ?? `publisher ${this.publisher.status}, subscriber ${this.subscriber.status}`);
    return { status: 'down', backend: 'redis', detail: why };
  }

  onReconnect(listener: () => void | Promise<void>): Unsubscribe {
    return this.registry.onReconnect(listener);
  }

  stats(): EventBusStats {
    return { ...this.registry.counters };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.heartbeat);
    this.registry.clear();
    await Promise.all([this.subscriber, this.publisher].map((client) => close(client)));
    this.refresh();
    this.state.complete();
  }

  private wire(): void {
    this.publisher.on('ready', () => {
      this.publisherReady = true;
      this.refresh();
    });
    this.publisher.on('close', () => {
      this.publisherReady = false;
      this.refresh();
    });
    this.publisher.on('error', (err: unknown) => this.noteError('publisher', err));
    this.subscriber.on('ready', () => void this.resubscribeAll());
    this.subscriber.on('close', () => {
      this.subscriberEpoch++;
      this.subscriberReady = false;
      this.refresh();
    });
    this.subscriber.on('error', (err: unknown) => this.noteError('subscriber', err));
    this.subscriber.on('message', (channel: string, raw: string) => this.registry.dispatch(channel, raw));
  }

  /** First handler on a channel: SUBSCRIBE now if connected, else at the next `ready`. */
  private activate(channel: string): Promise<void> {
    if (this.subscriber.status !== 'ready') return Promise.resolve();
    const timeout = this.options.subscribeTimeoutMs ?? 2000;
    const done: Promise<void> = withTimeout(this.subscriber.subscribe(channel), timeout, `subscribe ${channel}`)
      .then(
        () => undefined,
        (err: unknown) => this.noteError('subscribe', err),
      )
      .finally(() => {
        if (this.pending.get(channel) === done) this.pending.delete(channel);
      });
    this.pending.set(channel, done);
    return done;
  }

  private async resubscribeAll(): Promise<void> {
    const epoch = ++this.subscriberEpoch;
    const channels = this.registry.channelNames();
    try {
      for (let i = 0; i < channels.length; i += RESUBSCRIBE_CHUNK) {
        await this.subscriber.subscribe(...channels.slice(i, i + RESUBSCRIBE_CHUNK));
      }
    } catch (err) {
      this.noteError('resubscribe', err);
      // A timeout on a connection that still looks open: drop it and let the retry strategy work.
      if (epoch === this.subscriberEpoch && this.subscriber.status === 'ready') this.subscriber.disconnect(true);
      return;
    }
    if (epoch !== this.subscriberEpoch || this.closing) return;
    this.subscriberReady = true;
    this.refresh();
  }

  private refresh(): void {
    const next: ConnectionState = this.publisherReady && this.subscriberReady && !this.closing ? 'up' : 'down';
    if (next === this.state.value) return;
    this.state.next(next);
    if (next === 'down') {
      if (!this.closing) this.logger.warn(`event bus: redis connection lost (${this.lastError ?? 'closed'}); reconnecting`);
      return;
    }
    const resync = this.everUp || this.registry.size > 0;
    this.logger.log(this.everUp ? 'event bus: redis connection restored' : `event bus: connected to redis ${this.redactedUrl}`);
    this.everUp = true;
    this.lastError = undefined;
    this.publishFailureLogged = false;
    if (resync) this.registry.fireReconnect();
  }

  private noteError(source: string, err: unknown): void {
    const text = errorText(err);
    // ioredis emits an error on every failed reconnect attempt: log each distinct one once.
    if (text !== this.lastError && !this.closing) this.logger.warn(`event bus: redis ${source}: ${text}`);
    this.lastError = text;
  }

  private beat(): void {
    for (const client of [this.publisher, this.subscriber]) {
      if (client.status !== 'ready') continue;
      withTimeout(client.ping(), this.options.commandTimeoutMs ?? 2000, 'heartbeat ping').catch((err: unknown) => {
        this.noteError('heartbeat', err);
        // A frozen server would not answer a FIN either: ioredis's disconnect() ends the socket and waits
        // its disconnectTimeout (2 s) before destroying it, adding a listener per unanswered beat. Drop the
        // socket now; its 'close' starts the usual reconnect.
        if (client.status === 'ready' && !this.closing) client.stream.destroy();
      });
    }
  }
}

/** QUIT when connected (waits for the socket to end), otherwise stop reconnecting at once. */
async function close(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
  try {
    await withTimeout(client.quit(), 1000, 'redis quit');
    await withTimeout(ended, 1000, 'redis connection end');
  } catch {
    client.disconnect();
  }
}
