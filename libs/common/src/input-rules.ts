import { DomainError } from './domain-error.js';

/**
 * Rules every request input obeys before any DTO transformation runs, so that the cost of a
 * hostile body is bounded by its size and not by what class-transformer or class-validator would
 * make of it. Each rule covers a whole class of bad input, on every route.
 */
export interface JsonShapeLimits {
  /** Deepest nesting of objects and arrays (the top-level value is depth 1). */
  maxDepth: number;
  /** Object members plus array elements in the whole document. */
  maxNodes: number;
}

export const JSON_SHAPE_LIMITS: JsonShapeLimits = { maxDepth: 8, maxNodes: 500 };

/** Throws a 400 problem when a parsed JSON value is nested deeper or holds more values than the limits allow. Iterative: a deep value cannot overflow the stack. */
export function assertJsonShape(value: unknown, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): void {
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limits.maxDepth) {
      throw new DomainError(400, 'BODY_TOO_DEEP', `The body nests objects or arrays deeper than ${limits.maxDepth} levels.`);
    }
    const children = Array.isArray(current) ? current : Object.values(current);
    nodes += children.length;
    if (nodes > limits.maxNodes) {
      throw new DomainError(400, 'BODY_TOO_COMPLEX', `The body holds more than ${limits.maxNodes} values.`);
    }
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

/** A string PostgreSQL can store and every validator can read: no NUL character, no unpaired UTF-16 surrogate. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (s: string): boolean => !UNSTORABLE.test(s);

/**
 * The dotted path of the first string (value or key) in `value` that is not storable text, or
 * undefined when all are. The top-level value itself is reported as `''`.
 */
export function findUnstorableText(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return path || '(key)';
      stack.push([child, childPath]);
    }
  }
  return undefined;
}
