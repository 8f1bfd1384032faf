import { browseKeyset, encodeCursor, InvalidSearchCursorError, normalizeSearch } from './paging.js';

const raw = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('search cursors (the shared codec)', () => {
  const fingerprint = normalizeSearch({ query: 'python', skills: ['django'] }).fingerprint;

  it('round-trips a score or a browse key, the last id and the count served', () => {
    const cursor = encodeCursor(fingerprint, { id: '3f0e2a8e-8d7b-4a51-9e0e-0a1b2c3d4e5f', score: 0.734512 }, 40);
    expect(normalizeSearch({ query: 'python', skills: ['django'], cursor }).after).toEqual({ key: 0.734512, id: '3f0e2a8e-8d7b-4a51-9e0e-0a1b2c3d4e5f', served: 40 });
    // Browse keys reach 3e14 (availability, rating, creation second).
    const browse = browseKeyset({ language: 'ru' });
    const next = browse.cursorAfter({ key: 281_251_700_000_000, id: 'py-ml' }, 20);
    expect(browseKeyset({ language: 'ru', cursor: next }).after).toEqual({ key: 281_251_700_000_000, id: 'py-ml' });
  });

  it('still reads a cursor written before the codec moved (same fields, same bytes)', () => {
    const before = raw({ v: 1, f: fingerprint, k: 1.25, i: 'java', n: 20 });
    expect(normalizeSearch({ query: 'python', skills: ['django'], cursor: before }).after).toEqual({ key: 1.25, id: 'java', served: 20 });
    expect(encodeCursor(fingerprint, { id: 'java', score: 1.25 }, 20)).toBe(before);
  });

  it.each([
    ['another search', () => encodeCursor(normalizeSearch({ query: 'java' }).fingerprint, { id: 'a', score: 1 }, 20)],
    ['garbage', () => 'not-a-cursor!'],
    ['another version', () => raw({ v: 2, f: fingerprint, k: 1, i: 'a', n: 1 })],
    ['a fractional count', () => raw({ v: 1, f: fingerprint, k: 1, i: 'a', n: 1.5 })],
    ['an infinite score', () => Buffer.from(`{"v":1,"f":"${fingerprint}","k":1e999,"i":"a","n":1}`).toString('base64url')],
    ['an extra field', () => raw({ v: 1, f: fingerprint, k: 1, i: 'a', n: 1, x: 0 })],
    ['an id with a space', () => raw({ v: 1, f: fingerprint, k: 1, i: 'a b', n: 1 })],
  ])('refuses %s with InvalidSearchCursorError', (_name, cursor) => {
    expect(() => normalizeSearch({ query: 'python', skills: ['django'], cursor: cursor() })).toThrow(InvalidSearchCursorError);
  });
});
