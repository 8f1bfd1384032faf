import autocannon from 'autocannon';

export interface LoadResult {
  /** 2xx responses per second (errors and non-2xx answers do not count). */
  reqPerSec: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  durationS: number;
}

export interface LoadOptions {
  url: string;
  connections?: number;
  durationS?: number;
  /** Stop after this many requests (bounds every loop in count as well as time). */
  amount?: number;
  method?: 'GET' | 'POST' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
  pipelining?: number;
  timeoutS?: number;
}

/** autocannon, programmatically; resolves with throughput of successful answers and latency percentiles (ms). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 32,
    // autocannon refuses an explicit undefined duration: give one or the other.
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 6 }),
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    requests: options.requests,
    pipelining: options.pipelining ?? 1,
    timeout: options.timeoutS ?? 10,
  } as autocannon.Options);
  const ok = result['2xx'];
  const durationS = result.duration;
  return {
    reqPerSec: ok / durationS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    durationS,
  };
}

export function describeLoad(r: LoadResult): string {
  return `${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.durationS.toFixed(1)} s)`;
}

/**
 * Warms both sides up for 2 s, then `runs` pairs of app and reference loads, alternating so that
 * machine-wide noise hits both alike; each pair gives one ratio.
 */
export async function alternateLoads(
  ctx: { runs: number; durationS: number; log(message: string): void },
  app: (durationS: number) => Promise<LoadResult>,
  reference: (durationS: number) => Promise<LoadResult>,
): Promise<{ app: number[]; reference: number[]; p99: number[] }> {
  await app(2);
  await reference(2);
  const out = { app: [] as number[], reference: [] as number[], p99: [] as number[] };
  for (let i = 0; i < ctx.runs; i++) {
    const x = await app(ctx.durationS);
    const y = await reference(ctx.durationS);
    ctx.log(`run ${i + 1}: app ${describeLoad(x)} | reference ${describeLoad(y)}`);
    out.app.push(x.reqPerSec);
    out.reference.push(y.reqPerSec);
    out.p99.push(x.p99);
  }
  return out;
}
