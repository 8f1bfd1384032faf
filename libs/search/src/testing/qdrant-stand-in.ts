import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small in-memory Qdrant for tests where no server can run: it answers the REST calls the Qdrant
 * adapter makes (collections, aliases, payload indexes, points, count, scroll, retrieve, query and
 * query batch with prefetch, RRF fusion, dense and sparse nearest, order_by) with brute-force results,
 * records every request (checked against the pinned client's request types by checkQdrantRequests),
 * and can be told to fail (an HTTP status, or no answer at all). It checks shapes, not Qdrant's
 * behaviour: the contract suite against a real Qdrant runs where QDRANT_URL is set.
 */

export const STAND_IN_VERSION = '1.15.4';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The OpenAPI route, e.g. "PUT /collections/{collection_name}". */
  route: string;
  body: unknown;
}

type Json = Record<string, unknown>;
interface Point {
  id: string | number;
  vector: Record<string, number[] | { indices: number[]; values: number[] }>;
  payload: Json;
}
interface Collection {
  vectors: Record<string, { size: number }>;
  points: Map<string, Point>;
}
interface Scored {
  point: Point;
  score: number;
}

/** A planned failure: answer `status` (or hang until the client gives up) for requests matching `route`. */
export interface Failure {
  route?: RegExp;
  status: number | 'hang';
  times?: number;
}

export class QdrantStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly collections = new Map<string, Collection>();
  readonly aliases = new Map<string, string>();
  private readonly failures: Failure[] = [];
  /** Requests of a route held until `count` of them arrived (to make replicas race). */
  private barrier?: { route: RegExp; count: number; waiting: (() => void)[] };
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // Longer than any pause between a client's requests: a connection closed under a reused keep-alive
    // socket resets a POST the client cannot retry.
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  fail(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Holds requests of `route` until `count` arrived, then answers them all. */
  holdUntil(route: RegExp, count: number): void {
    this.barrier = { route, count, waiting: [] };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Json) : undefined;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routeOf(req.method ?? 'GET', path);
    this.requests.push({ method: req.method ?? 'GET', path, route, body });
    const failure = this.failures.find((f) => (!f.route || f.route.test(route)) && (f.times ?? 1) > 0);
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.status === 'hang') return; // never answered: the client's timeout fires
      return send(res, failure.status, { status: { error: `planned failure ${failure.status}` }, time: 0 });
    }
    const barrier = this.barrier;
    if (barrier && barrier.route.test(route)) {
      await new Promise<void>((resolve) => {
        barrier.waiting.push(resolve);
        if (barrier.waiting.length >= barrier.count) barrier.waiting.forEach((r) => r());
      });
    }
    // The root answers its version without the result envelope.
    if (route === 'GET /') return send(res, 200, { title: 'qdrant stand-in', version: STAND_IN_VERSION });
    try {
      const [status, result] = this.answer(req.method ?? 'GET', path, body ?? {});
      send(res, status, status < 300 ? { result, status: 'ok', time: 0 } : { status: { error: result }, time: 0 });
    } catch (error) {
      send(res, 400, { status: { error: (error as Error).message }, time: 0 });
    }
  }

  private answer(method: string, path: string, body: Json): [number, unknown] {
    const parts = path.split('/').filter(Boolean);
    if (method === 'GET' && path === '/collections') return [200, { collections: [...this.collections.keys()].map((name) => ({ name })) }];
    if (method === 'GET' && path === '/aliases') return [200, { aliases: [...this.aliases].map(([alias_name, collection_name]) => ({ alias_name, collection_name })) }];
    if (method === 'POST' && path === '/collections/aliases') return this.changeAliases(body);
    const name = parts[1]!;
    const rest = parts.slice(2).join('/');
    if (method === 'GET' && rest === 'exists') return [200, { exists: this.collections.has(name) || this.aliases.has(name) }];
    if (method === 'PUT' && rest === '') {
      if (this.collections.has(name)) return [409, `Wrong input: Collection \`${name}\` already exists!`];
      const vectors = (body.vectors ?? {}) as Record<string, { size: number }>;
      this.collections.set(name, { vectors, points: new Map() });
      return [200, true];
    }
    if (method === 'DELETE' && rest === '') {
      const existed = this.collections.delete(name);
      for (const [alias, target] of this.aliases) if (target === name) this.aliases.delete(alias);
      return [200, existed];
    }
    const c = this.collections.get(this.aliases.get(name) ?? name);
    if (!c) return [404, `Not found: Collection \`${name}\` doesn't exist!`];
    if (method === 'GET' && rest === '') return [200, { status: 'green', optimizer_status: 'ok', points_count: c.points.size, segments_count: 1, config: {}, payload_schema: {} }];
    if (method === 'PUT' && rest === 'index') return [200, { operation_id: 0, status: 'completed' }];
    if (method === 'PUT' && rest === 'points') {
      for (const p of body.points as Point[]) {
        for (const [space, v] of Object.entries(p.vector)) {
          const size = c.vectors[space]?.size;
          if (Array.isArray(v) && v.length !== size) return [400, `Wrong input: Vector dimension error: expected dim: ${size}, got ${v.length}`];
        }
        c.points.set(String(p.id), { id: p.id, vector: p.vector, payload: p.payload ?? {} });
      }
      return [200, { operation_id: 0, status: 'completed' }];
    }
    if (method === 'POST' && rest === 'points/delete') {
      const ids = body.points as (string | number)[] | undefined;
      if (ids) for (const id of ids) c.points.delete(String(id));
      else for (const p of [...c.points.values()]) if (matches(p, body.filter as Json | undefined)) c.points.delete(String(p.id));
      return [200, { operation_id: 0, status: 'completed' }];
    }
    if (method === 'POST' && rest === 'points/count') return [200, { count: [...c.points.values()].filter((p) => matches(p, body.filter as Json)).length }];
    if (method === 'POST' && rest === 'points/scroll') {
      const all = [...c.points.values()].filter((p) => matches(p, body.filter as Json)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      const from = body.offset === undefined || body.offset === null ? 0 : all.findIndex((p) => String(p.id) === String(body.offset));
      const limit = Number(body.limit ?? 10);
      const page = all.slice(Math.max(0, from), Math.max(0, from) + limit);
      const next = all[Math.max(0, from) + limit];
      return [200, { points: page.map((p) => shape({ point: p, score: 0 }, body)), next_page_offset: next ? next.id : null }];
    }
    if (method === 'POST' && rest === 'points') {
      const ids = new Set((body.ids as (string | number)[]).map(String));
      return [200, [...c.points.values()].filter((p) => ids.has(String(p.id))).map((p) => shape({ point: p, score: 0 }, body))];
    }
    if (method === 'POST' && rest === 'points/query') return [200, { points: this.query(c, body) }];
    if (method === 'POST' && rest === 'points/query/batch') return [200, (body.searches as Json[]).map((s) => ({ points: this.query(c, s) }))];
    return [404, `no route ${method} ${path}`];
  }

  private changeAliases(body: Json): [number, unknown] {
    for (const action of body.actions as Json[]) {
      const create = action.create_alias as { collection_name: string; alias_name: string } | undefined;
      const remove = action.delete_alias as { alias_name: string } | undefined;
      if (remove) this.aliases.delete(remove.alias_name);
      if (create) {
        if (!this.collections.has(create.collection_name)) return [404, `Not found: Collection \`${create.collection_name}\` doesn't exist!`];
        if (this.collections.has(create.alias_name)) return [409, `Wrong input: Collection \`${create.alias_name}\` already exists!`];
        this.aliases.set(create.alias_name, create.collection_name);
      }
    }
    return [200, true];
  }

  private query(c: Collection, q: Json): Json[] {
    return this.scored(c, q)
      .slice(Number(q.offset ?? 0), Number(q.offset ?? 0) + Number(q.limit ?? 10))
      .map((s) => shape(s, q));
  }

  /** Brute force: the (prefetched) candidates under the filter, scored by the query, best first. */
  private scored(c: Collection, q: Json): Scored[] {
    const prefetches = q.prefetch ? (Array.isArray(q.prefetch) ? q.prefetch : [q.prefetch]) as Json[] : [];
    const lists = prefetches.map((p) => this.scored(c, p).slice(0, Number(p.limit ?? 10)));
    const pool = prefetches.length ? [...new Map(lists.flat().map((s) => [String(s.point.id), s.point])).values()] : [...c.points.values()];
    const candidates = pool.filter((p) => matches(p, q.filter as Json | undefined));
    const query = q.query as Json | number[] | undefined;
    let out: Scored[];
    if (query && !Array.isArray(query) && 'fusion' in query) {
      const rrf = new Map<string, number>();
      for (const list of lists) list.forEach((s, rank) => rrf.set(String(s.point.id), (rrf.get(String(s.point.id)) ?? 0) + 1 / (rank + 2)));
      out = candidates.map((point) => ({ point, score: rrf.get(String(point.id)) ?? 0 }));
    } else if (query && !Array.isArray(query) && 'order_by' in query) {
      const o = query.order_by as { key: string; direction?: string; start_from?: number };
      const desc = o.direction === 'desc';
      out = candidates
        .filter((p) => o.start_from === undefined || (desc ? Number(p.payload[o.key]) <= o.start_from : Number(p.payload[o.key]) >= o.start_from))
        .map((point) => ({ point, score: 0 }))
        .sort((a, b) => (desc ? -1 : 1) * (Number(a.point.payload[o.key]) - Number(b.point.payload[o.key])));
      return out;
    } else if (query) {
      const using = String(q.using ?? '');
      const vector = Array.isArray(query) ? query : 'nearest' in query ? (query.nearest as number[] | Json) : query;
      out = [];
      for (const point of candidates) {
        const stored = point.vector[using];
        if (!stored) continue;
        const score = Array.isArray(vector) ? dense(stored as number[], vector) : sparse(stored as { indices: number[]; values: number[] }, vector as { indices: number[]; values: number[] });
        if (score === null) continue;
        out.push({ point, score });
      }
    } else out = candidates.map((point) => ({ point, score: 0 }));
    if (typeof q.score_threshold === 'number') out = out.filter((s) => s.score >= (q.score_threshold as number));
    return out.sort((a, b) => b.score - a.score || (String(a.point.id) < String(b.point.id) ? -1 : 1));
  }
}

/** The OpenAPI route of a request path (collection names replaced by the parameter). */
function routeOf(method: string, path: string): string {
  if (path === '/collections/aliases' || path === '/aliases' || path === '/collections' || path === '/') return `${method} ${path}`;
  return `${method} ${path.replace(/^\/collections\/[^/]+/, '/collections/{collection_name}')}`;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function matches(p: Point, filter: Json | undefined): boolean {
  const must = (filter?.must ?? []) as Json[];
  return must.every((cond) => {
    if ('has_id' in cond) return (cond.has_id as (string | number)[]).map(String).includes(String(p.id));
    const value = p.payload[String(cond.key)];
    const want = (cond.match as { value: unknown }).value;
    return Array.isArray(value) ? valueSet(p, String(cond.key), value).has(want) : value === want;
  });
}

/** A payload array as a set, kept per point (a point is replaced, never changed, on upsert). */
const valueSets = new WeakMap<Point, Map<string, Set<unknown>>>();
function valueSet(p: Point, key: string, value: unknown[]): Set<unknown> {
  let byKey = valueSets.get(p);
  if (!byKey) valueSets.set(p, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set(value)));
  return set;
}

function dense(stored: number[], q: number[]): number {
  let s = 0;
  for (let i = 0; i < Math.min(stored.length, q.length); i++) s += Math.fround(stored[i]!) * Math.fround(q[i]!);
  return Math.fround(s);
}

/** Stored sparse vectors as maps, built once per vector. */
const sparseMaps = new WeakMap<object, Map<number, number>>();

/** Dot product over shared indices; null when none is shared (a sparse search skips the point). */
function sparse(stored: { indices: number[]; values: number[] }, q: { indices: number[]; values: number[] }): number | null {
  let byIndex = sparseMaps.get(stored);
  if (!byIndex) sparseMaps.set(stored, (byIndex = new Map(stored.indices.map((t, i) => [t, stored.values[i]!]))));
  let s = 0;
  let shared = false;
  q.indices.forEach((t, i) => {
    const v = byIndex!.get(t);
    if (v !== undefined) {
      shared = true;
      s += Math.fround(v) * q.values[i]!;
    }
  });
  return shared ? s : null;
}

/** A point as Qdrant answers it: payload and vectors as asked; sparse values as float32. */
function shape(s: Scored, q: Json): Json {
  const wp = q.with_payload;
  const payload = wp === true ? s.point.payload : Array.isArray(wp) ? Object.fromEntries((wp as string[]).filter((k) => k in s.point.payload).map((k) => [k, s.point.payload[k]])) : undefined;
  const wv = q.with_vector;
  const names = wv === true ? Object.keys(s.point.vector) : Array.isArray(wv) ? (wv as string[]) : [];
  const vector = names.length ? Object.fromEntries(names.filter((n) => s.point.vector[n]).map((n) => [n, float32(s.point.vector[n]!)])) : undefined;
  return { id: s.point.id, version: 0, score: s.score, ...(payload ? { payload } : {}), ...(vector ? { vector } : {}) };
}

function float32(v: number[] | { indices: number[]; values: number[] }): unknown {
  return Array.isArray(v) ? v.map(Math.fround) : { indices: v.indices, values: v.values.map(Math.fround) };
}
