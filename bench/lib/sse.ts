/** A minimal Server-Sent Events client over node:http (one socket per stream, bearer header). */
import http from 'node:http';

export interface SseEvent {
  id?: string;
  event: string;
  data: string;
  /** Date.now() when the event's last line arrived. */
  receivedAt: number;
}

export interface SseStream {
  status: number;
  close(): void;
  closed: boolean;
}

export function openStream(url: string, token: string, onEvent: (e: SseEvent) => void, timeoutMs = 15_000): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: false });
    const req = http.get(url, { agent, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
      clearTimeout(timer);
      const stream: SseStream = {
        status: res.statusCode ?? 0,
        closed: false,
        close: () => {
          stream.closed = true;
          req.destroy();
          agent.destroy();
        },
      };
      if (res.statusCode !== 200) {
        res.resume();
        stream.close();
        return resolve(stream);
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: 'message', data: '', receivedAt: Date.now() };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') data.push(value);
          }
          if (data.length === 0 && event.id === undefined) continue;
          event.data = data.join('\n');
          onEvent(event);
        }
      });
      res.on('close', () => (stream.closed = true));
      resolve(stream);
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer from ${url} in ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Opens streams `batch` at a time; each resolves once its `ready` event (or first event) arrived. */
export async function openMany(
  targets: { url: string; token: string }[],
  onEvent: (index: number, e: SseEvent) => void,
  batch = 100,
): Promise<SseStream[]> {
  const streams: SseStream[] = [];
  for (let i = 0; i < targets.length; i += batch) {
    const part = targets.slice(i, i + batch);
    const opened = await Promise.all(
      part.map(
        (t, j) =>
          new Promise<SseStream>((resolve, reject) => {
            let ready = false;
            let stream: SseStream | undefined;
            const timer = setTimeout(() => reject(new Error(`stream ${i + j} sent no ready event in 15 s`)), 15_000);
            openStream(t.url, t.token, (e) => {
              if (!ready) {
                ready = true;
                clearTimeout(timer);
                if (stream) resolve(stream);
              }
              if (e.event !== 'ready') onEvent(i + j, e);
            }).then((s) => {
              stream = s;
              if (s.status !== 200) {
                clearTimeout(timer);
                reject(Object.assign(new Error(`stream answered ${s.status}`), { status: s.status }));
              } else if (ready) resolve(s);
            }, reject);
          }),
      ),
    );
    streams.push(...opened);
  }
  return streams;
}
