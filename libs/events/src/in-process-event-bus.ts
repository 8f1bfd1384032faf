import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { BehaviorSubject, type Observable } from 'rxjs';
import { EventBus, type ConnectionState, type EventBusHealth, type EventBusStats, type EventHandler, type Unsubscribe } from './event-bus.js';
import { HandlerRegistry, serialise } from './handler-registry.js';

/**
 * The embedded default when REDIS_URL is unset: delivers within this process only, so it suits a
 * single replica. Same semantics as the Redis adapter: JSON round trip, asynchronous in-order
 * delivery (one microtask per message, FIFO), handlers resolved at delivery time.
 */
@Injectable()
export class InProcessEventBus extends EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private readonly registry = new HandlerRegistry(this.logger);
  private readonly state = new BehaviorSubject<ConnectionState>('up');
  readonly state$: Observable<ConnectionState> = this.state.asObservable();
  private closed = false;

  onModuleInit(): void {
    this.logger.log('event bus: in-process');
  }

  async publish(channel: string, message: object): Promise<boolean> {
    const raw = serialise(message);
    if (raw instanceof Error || this.closed) {
      this.registry.counters.publishFailed++;
      this.logger.warn(`event bus: could not publish on ${channel}: ${raw instanceof Error ? raw.message : 'closed'}`);
      return false;
    }
    this.registry.counters.published++;
    queueMicrotask(() => this.registry.dispatch(channel, raw));
    return true;
  }

  async subscribe<T = unknown>(channel: string, handler: EventHandler<T>): Promise<Unsubscribe> {
    const h = handler as EventHandler;
    this.registry.add(channel, h);
    return () => {
      this.registry.remove(channel, h);
    };
  }

  health(): EventBusHealth {
    return this.closed ? { status: 'down', backend: 'in-process', detail: 'closed' } : { status: 'up', backend: 'in-process' };
  }

  onReconnect(listener: () => void | Promise<void>): Unsubscribe {
    return this.registry.onReconnect(listener);
  }

  stats(): EventBusStats {
    return { ...this.registry.counters };
  }

  onApplicationShutdown(): void {
    this.closed = true;
    this.registry.clear();
    this.state.next('down');
    this.state.complete();
  }
}
