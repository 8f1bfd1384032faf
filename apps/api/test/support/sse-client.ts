/** A minimal Server-Sent Events client over fetch, for tests: full control of headers and closing. */
export interface SseEvent {
  /** `message` unless the server named the event. */
  event: string;
  id?: string;
  data: string;
}

export class SseClient {
  readonly events: SseEvent[] = [];
  /** Comment lines received (heartbeats). */
  comments = 0;
  /** Resolves when the server ends the stream (or it breaks). */
  readonly ended: Promise<void>;
  private readonly waiters = new Set<() => void>();
  private endedFlag = false;

  private constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly body: ReadableStream<Uint8Array>,
    private readonly abort: AbortController,
  ) {
    this.ended = this.pump();
  }

  /** Opens the stream; rejects with the status and body when the answer is not a 200 event stream. */
  static async connect(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    if (res.status !== 200 || !res.body) {
      const text = await res.text().catch(() => '');
      throw Object.assign(new Error(`SSE ${url} answered ${res.status}: ${text}`), { status: res.status, body: text });
    }
    return new SseClient(res.status, res.headers, res.body, abort);
  }

  /** Notification events (the default `message` type), their data parsed. */
  messages<T = Record<string, unknown>>(): (T & { _id: string })[] {
    return this.events.filter((e) => e.event === 'message').map((e) => ({ ...(JSON.parse(e.data) as T), _id: e.id ?? '' }));
  }

  /** Waits until `check` holds (checked on every event), failing after `timeoutMs`. */
  async until(check: (client: SseClient) => boolean, timeoutMs = 5000, what = 'SSE condition'): Promise<void> {
    if (check(this)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(test);
        reject(new Error(`timed out after ${timeoutMs}ms waiting for ${what}; got ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      const test = (): void => {
        if (check(this)) {
          clearTimeout(timer);
          this.waiters.delete(test);
          resolve();
        }
      };
      this.waiters.add(test);
    });
  }

  waitForMessages(count: number, timeoutMs = 5000): Promise<void> {
    return this.until((c) => c.messages().length >= count, timeoutMs, `${count} message(s)`);
  }

  get isEnded(): boolean {
    return this.endedFlag;
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(): Promise<void> {
    const reader = this.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let current: Partial<SseEvent> & { data?: string } = {};
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let newline: number;
        while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            if (current.data !== undefined) this.events.push({ event: current.event ?? 'message', id: current.id, data: current.data });
            current = {};
            this.notify();
            continue;
          }
          if (line.startsWith(':')) {
            this.comments++;
            this.notify();
            continue;
          }
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') current.data = current.data === undefined ? value : `${current.data}\n${value}`;
          else if (field === 'event') current.event = value;
          else if (field === 'id') current.id = value;
        }
      }
    } catch {
      // aborted by close() or the connection broke
    } finally {
      this.endedFlag = true;
      this.notify();
    }
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
