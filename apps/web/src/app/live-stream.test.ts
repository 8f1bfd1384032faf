import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EventSourceLike, LiveStream, type StreamState } from './live-stream';

/** A browser EventSource as LiveStream sees it: listeners, a readyState, close(). */
class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data = '{}', lastEventId = ''): void {
    if (type === 'ready') this.readyState = 1;
    for (const listener of this.listeners.get(type) ?? []) listener({ data, lastEventId } as MessageEvent<string>);
  }
}

describe('LiveStream (the notification stream hook: reconnection and state)', () => {
  let sources: FakeSource[];
  let cookies: number;
  let cookieOk: boolean;
  let states: StreamState[];
  let received: unknown[];
  let readies: number;

  const stream = (): LiveStream =>
    new LiveStream({
      issueCookie: async () => (cookies++, cookieOk),
      connect: (url) => (sources.push(new FakeSource(url)), sources[sources.length - 1]),
      onNotification: (n) => received.push(n),
      onReady: () => readies++,
      onState: (s) => states.push(s),
      retryMs: 1000,
    });
  const last = (): FakeSource => sources[sources.length - 1];

  beforeEach(() => {
    vi.useFakeTimers();
    sources = [];
    cookies = 0;
    cookieOk = true;
    states = [];
    received = [];
    readies = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('gets the stream cookie, opens the stream, and is live from `ready`; each notification is passed on', async () => {
    const live = stream();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(cookies).toBe(1);
    expect(last().url).toBe('/api/notifications/stream');
    last().emit('ready', '{"lastEventId":"41"}', '41');
    expect(live.state).toBe('live');
    expect(readies).toBe(1);
    last().emit('message', '{"type":"request.created","eventId":"42"}', '42');
    expect(received).toEqual([{ type: 'request.created', eventId: '42' }]);
  });

  it('leaves a dropped connection to the browser, which reconnects by itself (no new cookie, no new EventSource)', async () => {
    const live = stream();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().emit('ready');
    last().readyState = 0; // CONNECTING: the browser retries with Last-Event-ID
    last().emit('error');
    expect(live.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sources).toHaveLength(1);
    expect(cookies).toBe(1);
    last().emit('ready');
    expect(live.state).toBe('live');
    expect(readies).toBe(2); // the queries refresh once more after the gap
  });

  it('when the browser gives up (the cookie was refused), gets a new cookie and resumes from the last event seen', async () => {
    const live = stream();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().emit('ready', '{}', '41');
    last().emit('message', '{}', '57');
    last().readyState = 2; // CLOSED
    last().emit('error');
    expect(live.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(sources).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(cookies).toBe(2);
    expect(last().url).toBe('/api/notifications/stream?lastEventId=57');
    expect(sources[0].closed).toBe(true);
  });

  it('on `reauthenticate` starts over at once with a new cookie', async () => {
    stream().start();
    await vi.advanceTimersByTimeAsync(0);
    last().emit('ready', '{}', '7');
    last().emit('reauthenticate', '{"reason":"credential-expired"}');
    await vi.advanceTimersByTimeAsync(0);
    expect(cookies).toBe(2);
    expect(sources).toHaveLength(2);
    expect(last().url).toBe('/api/notifications/stream?lastEventId=7');
  });

  it('retries a failed cookie call with a doubling delay, back to the first delay once live', async () => {
    cookieOk = false;
    const live = stream();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(cookies).toBe(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(cookies).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(cookies).toBe(3);
    expect(sources).toHaveLength(0);
    cookieOk = true;
    await vi.advanceTimersByTimeAsync(4000);
    expect(sources).toHaveLength(1);
    last().emit('ready');
    last().readyState = 2;
    last().emit('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sources).toHaveLength(2);
    expect(live.state).toBe('reconnecting');
  });

  it('stop() closes the stream and cancels any retry', async () => {
    cookieOk = false;
    const live = stream();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    live.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cookies).toBe(1);
    expect(live.state).toBe('stopped');
    expect(states.at(-1)).toBe('stopped');
  });
});
