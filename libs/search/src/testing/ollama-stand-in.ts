import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv } from 'ajv';

/**
 * Ollama 0.12's `POST /api/embed` request as its API documentation (docs/api.md) describes it: `model`,
 * `input` (a string or a list of strings), optional `truncate`, `options`, `keep_alive` and `dimensions`.
 * Unknown fields are errors here (Ollama ignores them: a typo would pass unnoticed).
 */
export const OLLAMA_EMBED_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['model', 'input'],
  properties: {
    model: { type: 'string', minLength: 1 },
    input: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
    truncate: { type: 'boolean' },
    options: { type: 'object' },
    keep_alive: { anyOf: [{ type: 'string', pattern: '^(-1|\\d+(\\.\\d+)?(ms|s|m|h)?)$' }, { type: 'number' }] },
    dimensions: { type: 'integer', minimum: 1 },
  },
} as const;

/**
 * A recording stand-in for Ollama's embedding endpoint: deterministic vectors of the model's native
 * dimension (truncated to `dimensions` when asked), every request validated against the documented
 * schema (`problems`), and an outage switch (`down`: every request answers 500).
 */
export class OllamaStandIn {
  readonly requests: Record<string, unknown>[] = [];
  readonly problems: string[] = [];
  down = false;
  url = '';
  private server?: Server;
  private readonly validate = new Ajv({ allErrors: true }).compile(OLLAMA_EMBED_REQUEST_SCHEMA);

  constructor(private readonly nativeDimension: number) {}

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      this.requests.push(body);
      if (req.method !== 'POST' || req.url !== '/api/embed') this.problems.push(`${req.method} ${req.url}: not /api/embed`);
      if (!this.validate(body)) this.problems.push(`${JSON.stringify(body).slice(0, 200)}: ${JSON.stringify(this.validate.errors)}`);
      if (this.down) {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"model runner has unexpectedly stopped"}');
        return;
      }
      const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      const size = typeof body.dimensions === 'number' ? Math.min(body.dimensions, this.nativeDimension) : this.nativeDimension;
      const embeddings = inputs.map((text) => vectorOf(text, size));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ model: body.model, embeddings }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Every text the stand-in was asked to embed. */
  inputs(): string[] {
    return this.requests.flatMap((r) => (Array.isArray(r.input) ? (r.input as string[]) : [String(r.input)]));
  }
}

/** A deterministic vector: character trigram hashes folded into `size` buckets. */
function vectorOf(text: string, size: number): number[] {
  const v = new Array<number>(size).fill(0);
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = 0;
    for (const ch of text.slice(i, i + 3)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    v[h % size]! += 1;
  }
  v[0]! += 0.001;
  return v;
}
