/** What LiveStream needs of a browser EventSource (a fake in the unit tests). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveStreamOptions {
  /** Sets the stream cookie (POST /api/notifications/stream-cookie); false when that failed. */
  issueCookie: () => Promise<boolean>;
  /** Opens the stream: `new EventSource(url, { withCredentials: true })` in the browser. */
  connect: (url: string) => EventSourceLike;
  onNotification: (notification: unknown) => void;
  /** The stream (re)started: whatever happened meanwhile is in the server state now. */
  onReady: () => void;
  onState?: (state: StreamState) => void;
  /** First delay before a new cookie and connection; doubles up to 30 s, reset once live. */
  retryMs?: number;
}

const CLOSED = 2;
const MAX_RETRY_MS = 30_000;
export const STREAM_URL = '/api/notifications/stream';

/**
 * The live notification stream. The stream cookie lets the browser's EventSource reconnect by
 * itself (with Last-Event-ID) after a dropped connection or an API restart; this only steps in when
 * the browser has given up (the cookie was refused, e.g. expired) or the API asks to
 * `reauthenticate`: then it gets a new cookie and opens a new EventSource from the last event seen.
 */
export class LiveStream {
  private source?: EventSourceLike;
  private timer?: ReturnType<typeof setTimeout>;
  private lastEventId = '';
  private delay: number;
  private stopped = false;
  state: StreamState = 'connecting';

  constructor(private readonly options: LiveStreamOptions) {
    this.delay = options.retryMs ?? 1000;
  }

  start(): void {
    void this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
    this.setState('stopped');
  }

  private async open(): Promise<void> {
    const issued = await this.options.issueCookie().catch(() => false);
    if (this.stopped) return;
    if (!issued) return this.retryLater();
    const url = this.lastEventId ? `${STREAM_URL}?lastEventId=${encodeURIComponent(this.lastEventId)}` : STREAM_URL;
    const source = this.options.connect(url);
    this.source = source;
    source.addEventListener('ready', (event) => {
      this.lastEventId = event.lastEventId || this.lastEventId;
      this.delay = this.options.retryMs ?? 1000;
      this.setState('live');
      this.options.onReady();
    });
    source.addEventListener('message', (event) => {
      this.lastEventId = event.lastEventId || this.lastEventId;
      this.options.onNotification(JSON.parse(event.data));
    });
    source.addEventListener('reauthenticate', () => this.retryLater(0));
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      // CONNECTING: the browser is reconnecting by itself. CLOSED: it gave up, so we start over.
      if (source.readyState === CLOSED) this.retryLater();
      else this.setState('reconnecting');
    });
  }

  private retryLater(delay = this.delay): void {
    this.source?.close();
    this.source = undefined;
    if (this.stopped) return;
    this.setState('reconnecting');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.open(), delay);
    this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
  }

  private setState(state: StreamState): void {
    if (this.state === state) return;
    this.state = state;
    this.options.onState?.(state);
  }
}
