import { cursorCodec } from './cursor.js';
import { keysetCursor } from './pagination.js';

const raw = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '3f0e2a8e-8d7b-4a51-9e0e-0a1b2c3d4e5f';

describe('cursor codec', () => {
  it('round-trips what it issued', () => {
    const c = { at: '2026-01-01T00:00:00.000Z', id: ID };
    expect(keysetCursor.decode(keysetCursor.encode(c))).toEqual(c);
    const scored = cursorCodec({ score: 'number', at: 'timestamp', id: 'uuid' });
    expect(scored.decode(scored.encode({ score: 4.25, ...c }))).toEqual({ score: 4.25, ...c });
    const seq = cursorCodec({ seq: 'seq' });
    expect(seq.decode(seq.encode({ seq: '123' }))).toEqual({ seq: '123' });
    const search = cursorCodec({ f: 'token', k: 'number', i: 'token', n: 'count' });
    const place = { f: '1k2z', k: 300_000_001_234_567, i: ID, n: 40 };
    expect(search.decode(search.encode(place))).toEqual(place);
    expect(keysetCursor.decode(undefined)).toBeUndefined();
  });

  it.each([
    ['garbage', 'garbage!'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['an array', raw([1])],
    ['null', raw(null)],
    ['wrong types', raw({ at: 'x', id: 'y' })],
    ['a year PostgreSQL refuses', raw({ at: '0000-01-01T00:00:00.000Z', id: ID })],
    ['a year past 9999', raw({ at: '+010000-01-01T00:00:00.000Z', id: ID })],
    ['the epoch as a number string', raw({ at: '0', id: '00000000-0000-0000-0000-000000000000' })],
    ['an impossible date', raw({ at: '2026-02-31T00:00:00.000Z', id: ID })],
    ['a date without time', raw({ at: '2026-01-01', id: ID })],
    ['an extra field', raw({ at: '2026-01-01T00:00:00.000Z', id: ID, x: 1 })],
    ['a missing field', raw({ at: '2026-01-01T00:00:00.000Z' })],
    ['an inherited field', raw({ at: '2026-01-01T00:00:00.000Z', __proto__: { id: ID } })],
    ['an over-long cursor', 'a'.repeat(600)],
  ])('refuses %s with a 400 INVALID_CURSOR', (_name, bad) => {
    expect(() => keysetCursor.decode(bad)).toThrow(expect.objectContaining({ status: 400, code: 'INVALID_CURSOR' }));
  });

  it.each([
    ['a sequence past int8', { seq: '99999999999999999999' }],
    ['a negative sequence', { seq: '-1' }],
    ['a numeric sequence', { seq: 5 }],
  ])('refuses %s', (_name, value) => {
    expect(() => cursorCodec({ seq: 'seq' }).decode(raw(value))).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });

  it.each([Infinity, 1e300, '1'])('refuses the score %s', (score) => {
    const bad = Buffer.from(`{"score":${typeof score === 'string' ? '"1"' : score === Infinity ? '1e999' : score},"at":"2026-01-01T00:00:00.000Z","id":"${ID}"}`).toString('base64url');
    expect(() => cursorCodec({ score: 'number', at: 'timestamp', id: 'uuid' }).decode(bad)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });

  it.each([
    ['a fractional count', { t: 'a', n: 1.5 }],
    ['a negative count', { t: 'a', n: -1 }],
    ['an empty token', { t: '', n: 1 }],
    ['a token with a space', { t: 'a b', n: 1 }],
    ['an over-long token', { t: 'a'.repeat(65), n: 1 }],
  ])('refuses %s', (_name, value) => {
    expect(() => cursorCodec({ t: 'token', n: 'count' }).decode(raw(value))).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});
