import type { OpenAPIObject } from '@nestjs/swagger';
import { MAX_CURSOR_LENGTH } from '@app/common';

/**
 * States in the OpenAPI document the limits the server enforces, where the DTO decorators do not
 * say them, by one set of rules over every schema:
 *
 * - every path parameter is an id: a UUID of 36 characters (the uuid pipe refuses anything else);
 * - a string or array in an answer has the limit of the input field of the same name (a mentor's
 *   `bio` is at most 4000 characters because sign-up and PATCH refuse more);
 * - ids (`id`, `…Id`) are UUIDs, timestamps (`…At`) date-times, cursors at most MAX_CURSOR_LENGTH;
 * - page `items` hold at most the largest `limit` (100);
 * - the few remaining names have their limit in NAMED_LIMITS.
 *
 * Run on the generated document before it is served or written (buildOpenApiDocument).
 */
type Schema = Record<string, unknown> & { type?: string; format?: string; maxLength?: number; maxItems?: number; enum?: unknown[]; const?: unknown; items?: Schema; properties?: Record<string, Schema>; $ref?: string; allOf?: Schema[] };

const UUID: Schema = { format: 'uuid', minLength: 36, maxLength: 36 };
const DATE_TIME: Schema = { format: 'date-time', maxLength: 30 };
const PAGE_MAX_ITEMS = 100;

/** Strings and arrays whose limit no input field of the same name states. */
const NAMED_LIMITS: Record<string, Schema> = {
  accessToken: { maxLength: 2048 },
  refreshToken: { maxLength: 200 },
  csrfToken: { maxLength: 64 },
  ticket: { maxLength: 128 },
  eventId: { maxLength: 18, pattern: '^\\d{1,18}$' },
  lastEventId: { maxLength: 18 },
  'Last-Event-ID': { maxLength: 18, pattern: '^\\d{1,18}$' },
  type: { maxLength: 200 },
  title: { maxLength: 100 },
  detail: { maxLength: 1000 },
  code: { maxLength: 100 },
  requestId: { maxLength: 128 },
  role: { maxLength: 16 },
  date: { maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  from: { maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  to: { maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  skill: { maxLength: 40 },
  skills: { maxLength: 30 * 41 },
  language: { maxLength: 3 },
  timezone: { maxLength: 64 },
  studentName: { maxLength: 100 },
  mentorName: { maxLength: 100 },
  field: { maxLength: 200 },
  message: { maxLength: 2000 },
  matched: { maxItems: 60, items: { type: 'string', maxLength: 100 } },
  requestsPerDay: { maxItems: 366 },
  topMentorsByDemand: { maxItems: 10 },
  topMentorsByRating: { maxItems: 10 },
  allowedTransitions: { maxItems: 6 },
  errors: { maxItems: 20 },
  status: { maxItems: 6 },
  // A request's history: its creation and at most three moves (e.g. accepted, then completed).
  history: { maxItems: 10 },
  aliases: { maxItems: 100, items: { type: 'string', maxLength: 40 } },
  unmetDemand: { maxItems: 30 },
  points: { maxItems: 366 },
};

const hasStringLimit = (s: Schema): boolean => s.maxLength !== undefined || s.enum !== undefined || s.const !== undefined;

function limitFor(name: string, schema: Schema, inputs: Map<string, Schema>): Schema | undefined {
  if (schema.type === 'string' && !hasStringLimit(schema)) {
    if (schema.format === 'uuid' || name === 'id' || /Id$/.test(name)) return UUID;
    if (schema.format === 'date-time' || /At$/.test(name)) return DATE_TIME;
    if (name === 'nextCursor' || name === 'cursor') return { maxLength: MAX_CURSOR_LENGTH };
    if (schema.format === 'email') return { maxLength: 254 };
    const input = inputs.get(name);
    if (input?.maxLength !== undefined) return { maxLength: input.maxLength };
    if (NAMED_LIMITS[name]?.maxLength !== undefined) return { maxLength: NAMED_LIMITS[name].maxLength, ...(NAMED_LIMITS[name].pattern ? { pattern: NAMED_LIMITS[name].pattern } : {}) };
  }
  if (schema.type === 'array' && schema.maxItems === undefined) {
    if (name === 'items') return { maxItems: PAGE_MAX_ITEMS };
    const input = inputs.get(name);
    const ofObjects = schema.items?.$ref !== undefined;
    // An input list of strings says nothing about an answer's list of objects of the same name.
    if (input?.maxItems !== undefined && !ofObjects) return { maxItems: input.maxItems, ...(input.items ? { items: { ...schema.items, ...input.items } } : {}) };
    const named = NAMED_LIMITS[name];
    if (named?.maxItems !== undefined) return { maxItems: named.maxItems, ...(named.items && !ofObjects ? { items: { ...schema.items, ...named.items } } : {}) };
    if (ofObjects && name === 'skills') return { maxItems: 30 };
  }
  return undefined;
}

function apply(name: string, schema: Schema | undefined, inputs: Map<string, Schema>): void {
  if (!schema || schema.$ref) return;
  const limit = limitFor(name, schema, inputs);
  if (limit) Object.assign(schema, limit);
  if (schema.type === 'array' && schema.items && schema.items.type === 'string' && !hasStringLimit(schema.items)) {
    const item = inputs.get(name)?.items ?? NAMED_LIMITS[name]?.items ?? (/Ids$/.test(name) ? UUID : { maxLength: NAMED_LIMITS[name.replace(/s$/, '')]?.maxLength ?? 100 });
    Object.assign(schema.items, item);
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) apply(key, property, inputs);
  for (const part of schema.allOf ?? []) apply(name, part, inputs);
}

export function stateLimits(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  // The input fields: properties of request bodies, with the limits their validators state.
  const requestBodies = new Set<string>();
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path as Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>)) {
      const ref = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      if (ref) requestBodies.add(ref.replace('#/components/schemas/', ''));
    }
  }
  const inputs = new Map<string, Schema>();
  for (const name of requestBodies) {
    for (const [key, property] of Object.entries(schemas[name]?.properties ?? {})) {
      if (property.maxLength !== undefined || property.maxItems !== undefined) inputs.set(key, property);
    }
  }
  for (const [name, schema] of Object.entries(schemas)) if (name !== 'ProblemDto' || schema.properties) apply(name, schema, inputs);
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path as Record<string, { parameters?: { name: string; in: string; schema?: Schema }[] }>)) {
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.in === 'path') parameter.schema = { type: 'string', ...UUID };
        else apply(parameter.name, parameter.schema, inputs);
      }
    }
  }
  return document;
}
