import { badRequest } from './domain-error.js';

/**
 * The one codec of list cursors: base64url JSON of a fixed set of fields, each of a known kind.
 * Decoding checks the shape and that every value is in the range PostgreSQL accepts, so a crafted
 * cursor is a 400 `INVALID_CURSOR`, never a database error.
 */
export type CursorFieldKind = 'timestamp' | 'uuid' | 'seq' | 'number' | 'count' | 'token';
export type CursorShape = Record<string, CursorFieldKind>;
export type CursorValue<S extends CursorShape> = { [K in keyof S]: S[K] extends 'number' | 'count' ? number : string };

export interface CursorCodec<S extends CursorShape> {
  encode(value: CursorValue<S>): string;
  /** `undefined` for no cursor; a 400 problem for anything this API did not issue. */
  decode(cursor: string | undefined): CursorValue<S> | undefined;
}

/** Cursors are short; anything longer was not issued here. */
export const MAX_CURSOR_LENGTH = 512;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As `Date.prototype.toISOString` writes it, years 1970..9999. */
const ISO_TIMESTAMP = /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** A bigint (PostgreSQL int8) sequence number, 0..10^18-1. */
const SEQ = /^(0|[1-9]\d{0,17})$/;
/** Scores, search browse keys (up to 3e14) and other numbers in cursors stay inside exact double precision. */
const MAX_CURSOR_NUMBER = 1e15;
/** An opaque short key: a query fingerprint, an index document id. */
const TOKEN = /^[A-Za-z0-9._:-]{1,64}$/;

const VALID: Record<CursorFieldKind, (v: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && ISO_TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  seq: (v) => typeof v === 'string' && SEQ.test(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_CURSOR_NUMBER,
  count: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
  token: (v) => typeof v === 'string' && TOKEN.test(v),
};

function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const invalidCursor = () => badRequest('INVALID_CURSOR', 'The cursor is not one this API issued.');

export function cursorCodec<const S extends CursorShape>(shape: S): CursorCodec<S> {
  const keys = Object.keys(shape);
  return {
    encode: (value) => encodeCursor(value),
    decode(cursor) {
      if (cursor === undefined) return undefined;
      if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
      let value: unknown;
      try {
        value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalidCursor();
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidCursor();
      const fields = value as Record<string, unknown>;
      if (Object.keys(fields).length !== keys.length || !keys.every((k) => Object.hasOwn(fields, k) && VALID[shape[k]!](fields[k]))) throw invalidCursor();
      return Object.fromEntries(keys.map((k) => [k, fields[k]])) as CursorValue<S>;
    },
  };
}
