import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { EventBus } from '../event-bus.js';
import { waitFor } from './redis-process.js';

export interface EventBusHarness {
  /** A started bus (module init done). */
  create(): Promise<EventBus>;
  close(bus: EventBus): Promise<void>;
  /** Whether two instances (two replicas) see each other's messages. */
  sharedBetweenInstances: boolean;
}

/** Collects what a handler receives; `waitFor(n)` bounds the wait. */
export function collector<T = unknown>(): { messages: T[]; handler: (m: T) => void; waitFor(n: number, ms?: number): Promise<T[]> } {
  const messages: T[] = [];
  return {
    messages,
    handler: (m: T) => {
      messages.push(m);
    },
    async waitFor(n: number, ms = 3000) {
      await waitFor(() => messages.length >= n, ms, `${n} messages (got ${messages.length})`);
      return messages;
    },
  };
}

const channel = (): string => `test:${randomUUID()}`;

/** The behaviour every EventBus adapter must have. */
export function runEventBusContract(name: string, harness: EventBusHarness): void {
  describe(`EventBus contract: ${name}`, () => {
    const open: EventBus[] = [];
    let bus: EventBus;
    const create = async (): Promise<EventBus> => {
      const b = await harness.create();
      open.push(b);
      return b;
    };

    beforeEach(async () => {
      bus = await create();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((b) => harness.close(b)));
    });

    it('is healthy and delivers a published message to a subscriber', async () => {
      expect(bus.health().status).toBe('up');
      expect(bus.isHealthy()).toBe(true);
      const ch = channel();
      const got = collector();
      await bus.subscribe(ch, got.handler);
      await expect(bus.publish(ch, { hello: 'world' })).resolves.toBe(true);
      expect(await got.waitFor(1)).toEqual([{ hello: 'world' }]);
    });

    it('passes the channel to the handler', async () => {
      const ch = channel();
      const seen: string[] = [];
      await bus.subscribe(ch, (_m, c) => {
        seen.push(c);
      });
      await bus.publish(ch, { n: 1 });
      await waitFor(() => seen.length === 1, 3000, 'delivery');
      expect(seen).toEqual([ch]);
    });

    it('preserves publish order per channel', async () => {
      const ch = channel();
      const got = collector<{ i: number }>();
      await bus.subscribe(ch, got.handler);
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => bus.publish(ch, { i })));
      expect(results.every(Boolean)).toBe(true);
      const messages = await got.waitFor(200);
      expect(messages.map((m) => m.i)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    });

    it('stops delivery after unsubscribe, and unsubscribe is idempotent', async () => {
      const ch = channel();
      const gone = collector();
      const stays = collector();
      const unsubscribe = await bus.subscribe(ch, gone.handler);
      await bus.subscribe(ch, stays.handler);
      await bus.publish(ch, { n: 1 });
      await gone.waitFor(1);
      unsubscribe();
      unsubscribe();
      await bus.publish(ch, { n: 2 });
      await bus.publish(ch, { n: 3 });
      await stays.waitFor(3);
      expect(gone.messages).toEqual([{ n: 1 }]);
    });

    it('stops the channel when its last handler leaves, and can subscribe again', async () => {
      const ch = channel();
      const first = collector();
      (await bus.subscribe(ch, first.handler))();
      await bus.publish(ch, { n: 1 });
      const second = collector();
      await bus.subscribe(ch, second.handler);
      await bus.publish(ch, { n: 2 });
      expect(await second.waitFor(1)).toEqual([{ n: 2 }]);
      expect(first.messages).toEqual([]);
    });

    it('delivers to several subscribers, and only on their channel', async () => {
      const ch = channel();
      const other = channel();
      const a = collector();
      const b = collector();
      const c = collector();
      await Promise.all([bus.subscribe(ch, a.handler), bus.subscribe(ch, b.handler), bus.subscribe(other, c.handler)]);
      await bus.publish(ch, { to: 'ch' });
      await bus.publish(other, { to: 'other' });
      expect(await a.waitFor(1)).toEqual([{ to: 'ch' }]);
      expect(await b.waitFor(1)).toEqual([{ to: 'ch' }]);
      expect(await c.waitFor(1)).toEqual([{ to: 'other' }]);
    });

    it('round-trips messages through JSON, in-process included', async () => {
      const ch = channel();
      const got = collector();
      await bus.subscribe(ch, got.handler);
      const at = new Date('2024-05-06T07:08:09.010Z');
      await bus.publish(ch, { at, nested: { list: [1, 'два', null], flag: true }, skipped: undefined, emoji: '🎓' });
      expect(await got.waitFor(1)).toEqual([{ at: '2024-05-06T07:08:09.010Z', nested: { list: [1, 'два', null], flag: true }, emoji: '🎓' }]);
    });

    it('accepts a publish to a channel nobody listens to', async () => {
      await expect(bus.publish(channel(), { lonely: true })).resolves.toBe(true);
      expect(bus.stats().published).toBe(1);
    });

    it('reports an unserialisable message as a failed publish instead of throwing', async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      await expect(bus.publish(channel(), cyclic)).resolves.toBe(false);
      expect(bus.stats().publishFailed).toBe(1);
    });

    it('isolates a failing handler from the others', async () => {
      const ch = channel();
      const got = collector();
      await bus.subscribe(ch, () => {
        throw new Error('sync boom');
      });
      await bus.subscribe(ch, async () => {
        throw new Error('async boom');
      });
      await bus.subscribe(ch, got.handler);
      await bus.publish(ch, { n: 1 });
      await bus.publish(ch, { n: 2 });
      expect(await got.waitFor(2)).toEqual([{ n: 1 }, { n: 2 }]);
      await waitFor(() => bus.stats().handlerErrors === 4, 3000, 'handler errors counted');
    });

    it(
      harness.sharedBetweenInstances
        ? 'fans out between two instances (two replicas) in both directions'
        : 'keeps two instances apart (single-process transport)',
      async () => {
        const other = await create();
        const ch = channel();
        const onBus = collector();
        const onOther = collector();
        await bus.subscribe(ch, onBus.handler);
        await other.subscribe(ch, onOther.handler);
        await bus.publish(ch, { from: 'bus' });
        await other.publish(ch, { from: 'other' });
        if (harness.sharedBetweenInstances) {
          expect(await onBus.waitFor(2)).toEqual([{ from: 'bus' }, { from: 'other' }]);
          expect(await onOther.waitFor(2)).toEqual([{ from: 'bus' }, { from: 'other' }]);
        } else {
          expect(await onBus.waitFor(1)).toEqual([{ from: 'bus' }]);
          expect(await onOther.waitFor(1)).toEqual([{ from: 'other' }]);
          await new Promise((r) => setTimeout(r, 50));
          expect(onBus.messages).toHaveLength(1);
          expect(onOther.messages).toHaveLength(1);
        }
      },
    );
  });
}
