import type { Logger } from '@nestjs/common';
import type { EventBusStats, EventHandler } from './event-bus.js';

/**
 * Local bookkeeping shared by both adapters: which handlers listen on which channel, dispatch of
 * a raw JSON payload to them with error isolation, reconnect listeners and counters.
 */
export class HandlerRegistry {
  private readonly channels = new Map<string, Set<EventHandler>>();
  private readonly reconnectListeners = new Set<() => void | Promise<void>>();
  readonly counters: EventBusStats = { published: 0, publishFailed: 0, delivered: 0, handlerErrors: 0 };

  constructor(private readonly logger: Logger) {}

  /** Adds a handler; returns true when it is the first one on the channel. */
  add(channel: string, handler: EventHandler): boolean {
    let handlers = this.channels.get(channel);
    const first = handlers === undefined;
    if (!handlers) {
      handlers = new Set();
      this.channels.set(channel, handlers);
    }
    handlers.add(handler);
    return first;
  }

  /** Removes a handler; returns true when the channel has no handler left. */
  remove(channel: string, handler: EventHandler): boolean {
    const handlers = this.channels.get(channel);
    if (!handlers || !handlers.delete(handler)) return false;
    if (handlers.size > 0) return false;
    this.channels.delete(channel);
    return true;
  }

  has(channel: string): boolean {
    return this.channels.has(channel);
  }

  channelNames(): string[] {
    return [...this.channels.keys()];
  }

  get size(): number {
    return this.channels.size;
  }

  /** Decodes `raw` once and calls every handler currently on `channel`. */
  dispatch(channel: string, raw: string): void {
    const handlers = this.channels.get(channel);
    if (!handlers || handlers.size === 0) return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch (err) {
      this.logger.warn(`event bus: dropped a message that is not JSON on ${channel}: ${errorText(err)}`);
      return;
    }
    for (const handler of [...handlers]) {
      this.counters.delivered++;
      try {
        const result = handler(message, channel);
        if (result instanceof Promise) result.catch((err: unknown) => this.handlerFailed(channel, err));
      } catch (err) {
        this.handlerFailed(channel, err);
      }
    }
  }

  onReconnect(listener: () => void | Promise<void>): () => void {
    this.reconnectListeners.add(listener);
    return () => {
      this.reconnectListeners.delete(listener);
    };
  }

  fireReconnect(): void {
    for (const listener of [...this.reconnectListeners]) {
      try {
        const result = listener();
        if (result instanceof Promise) result.catch((err: unknown) => this.listenerFailed(err));
      } catch (err) {
        this.listenerFailed(err);
      }
    }
  }

  clear(): void {
    this.channels.clear();
    this.reconnectListeners.clear();
  }

  private handlerFailed(channel: string, err: unknown): void {
    this.counters.handlerErrors++;
    this.logger.error(`event bus: a handler on ${channel} failed: ${errorText(err)}`);
  }

  private listenerFailed(err: unknown): void {
    this.logger.error(`event bus: a reconnect listener failed: ${errorText(err)}`);
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** JSON.stringify that reports failure (cycles, BigInt) instead of throwing. */
export function serialise(message: object): string | Error {
  try {
    const raw = JSON.stringify(message);
    return typeof raw === 'string' ? raw : new Error('message does not serialise to JSON');
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
