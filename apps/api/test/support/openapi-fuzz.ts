import fc from 'fast-check';

/**
 * fast-check arbitraries for requests to every operation of an OpenAPI 3 document: values that
 * follow the schemas (so that requests reach the handlers) mixed with hostile ones (NUL, unpaired
 * surrogates, nulls, wrong types, deep nesting, huge key counts, over-long ids and strings,
 * crafted cursors).
 */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  /** The 200 answer is an endless event stream. */
  streams: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, { content?: Record<string, unknown> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
      streams: Object.values(op.responses ?? {}).some((r) => r.content && 'text/event-stream' in r.content),
    })),
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Percent-encodes a value; an unpaired surrogate becomes the bytes UTF-8 forbids for it (ED A0 80). */
const encodeQueryValue = (value: string): string => value.split(LONE_SURROGATE).map(encodeURIComponent).join('%ED%A0%80');

const crafted = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Strings that broke or could break storage, parsing or validation. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\uD800', 'a\uDBFFb', '\uDC00x', 'x\uD83D'),
  fc.string({ minLength: 1, maxLength: 3 }).map((s) => s.repeat(3000)),
  fc.constantFrom('', ' ', "' OR '1'='1", '../../etc/passwd', '%00', '${jndi:x}', '<script>', '0', '-1', '1e309', 'NaN', 'null', 'true', '[]', '{}'),
  fc.constantFrom(
    crafted({ at: '0', id: '00000000-0000-0000-0000-000000000000' }),
    crafted({ at: '275760-09-13T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' }),
    crafted({ seq: '99999999999999999999' }),
    crafted({ score: 1e308, at: '2026-01-01T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' }),
    crafted({ v: 1, q: 'x', last: { id: 'x', score: 'NaN' } }),
  ),
);

function deep(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** Values of the wrong kind, or of a cost the server must refuse cheaply. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constant(null),
  fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant({}), fc.constant([])),
  fc.constantFrom(2 ** 53, -(2 ** 31) - 1, 1e308, -0),
  fc.integer({ min: 9, max: 3000 }).map((d) => deep(d, 'x')),
  fc.integer({ min: 100, max: 3000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
  fc.integer({ min: 31, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => `t${i}`)),
);

export class SchemaArbitraries {
  constructor(
    private readonly doc: OpenApiDocument,
    /** Ids that exist (accounts, requests, notifications): path and body ids are mostly drawn from them. */
    private readonly ids: string[],
  ) {}

  private resolve(schema: Schema): Schema {
    let s = schema;
    while (s.$ref) s = this.doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
    if (s.allOf?.length === 1) return this.resolve(s.allOf[0]!);
    return s;
  }

  private id(): fc.Arbitrary<string> {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...this.ids) }, { weight: 1, arbitrary: fc.uuid() });
  }

  /** A value that follows the schema. */
  valid(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    if (s.enum) return fc.constantFrom(...s.enum);
    switch (s.type ?? 'object') {
      case 'string': {
        if (s.format === 'uuid' || /id$/i.test(s.pattern ?? '')) return this.id();
        if (s.format === 'email') return fc.emailAddress();
        if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
        if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
        return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60) });
      }
      case 'integer':
      case 'number':
        return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(this.valid(s.items ?? {}, depth + 1), { maxLength: Math.min(s.maxItems ?? 5, 5) });
      case 'object':
      default: {
        if (!s.properties || depth > 3) return fc.constant({});
        const required = new Set(s.required ?? []);
        const model = Object.fromEntries(Object.entries(s.properties).map(([k, p]) => [k, this.field(k, p, depth + 1)]));
        return fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
      }
    }
  }

  /** A property: mostly valid, sometimes hostile. Fields named like ids get real ids. */
  private field(name: string, schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const valid = /Id$/.test(name) ? this.id() : this.valid(schema, depth);
    return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
  }

  /** A body: one that follows the schema (with hostile fields), an unknown key added, or a hostile value instead of the whole body. */
  body(schema: Schema): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 6, arbitrary: this.valid(schema) },
      { weight: 1, arbitrary: fc.tuple(this.valid(schema), fc.string({ minLength: 1, maxLength: 12 }), hostileValue).map(([b, k, v]) => (b && typeof b === 'object' ? { ...b, [k]: v } : b)) },
      { weight: 2, arbitrary: hostileValue },
    );
  }

  /** A path segment: a real id, a random UUID, or something hostile (over-long, encoded NUL, not an id). */
  pathSegment(): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 6, arbitrary: this.id() },
      { weight: 1, arbitrary: fc.constantFrom('a'.repeat(101), '0'.repeat(36), 'x', '%00', '%ED%A0%80', '..', '%2F', '1%27%20OR%20%271%27%3D%271') },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
    );
  }

  /** A query value as sent on the wire. */
  queryValue(schema: Schema | undefined): fc.Arbitrary<string> {
    const s = this.resolve(schema ?? {});
    const asText = (v: unknown): string => (Array.isArray(v) ? v.join(',') : typeof v === 'object' ? JSON.stringify(v) : String(v));
    return fc.oneof(
      { weight: 4, arbitrary: this.valid(s).map(asText) },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom('', '-1', '1.5', '1e400', 'true', 'a,b,,c', '%ED%A0%80') },
    );
  }

  request(op: Operation, auth: fc.Arbitrary<string | undefined>): fc.Arbitrary<FuzzRequest> {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const headerParams = op.parameters.filter((p) => p.in === 'header');
    return fc.record({
      path: fc.tuple(...pathParams.map(() => this.pathSegment())),
      query: fc.tuple(...queryParams.map((p) => fc.option(this.queryValue(p.schema), { nil: undefined }))),
      headers: fc.tuple(...headerParams.map(() => fc.option(fc.oneof(fc.constantFrom('1', '99999999999999999999', '-1'), fc.string({ maxLength: 30 })), { nil: undefined }))),
      body: op.body ? this.body(op.body) : fc.constant(undefined),
      auth,
    }).map(({ path, query, headers, body, auth: token }) => {
      let url = op.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, path[i]!)));
      const search = queryParams
        .map((p, i) => (query[i] === undefined ? undefined : `${p.name}=${/%[0-9A-F]{2}/.test(query[i]!) ? query[i] : encodeQueryValue(query[i]!)}`))
        .filter((q) => q !== undefined);
      const requestHeaders: Record<string, string> = {};
      headerParams.forEach((p, i) => {
        const value = headers[i];
        // Header values must be Latin-1 without control characters to be sent at all.
        if (value !== undefined && /^[\x20-\x7e]*$/.test(value)) requestHeaders[p.name.toLowerCase()] = value;
      });
      if (token) requestHeaders.authorization = token;
      const request: FuzzRequest = { method: op.method, url: search.length ? `${url}?${search.join('&')}` : url, headers: requestHeaders };
      if (op.body) {
        requestHeaders['content-type'] = 'application/json';
        request.payload = body === undefined ? '' : JSON.stringify(body);
      }
      return request;
    });
  }
}
