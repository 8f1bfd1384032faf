import { normalizeTags } from './tags.js';
import { decodeKeysetCursor, encodeCursor } from './pagination.js';

describe('normalizeTags', () => {
  it('trims, lower-cases, folds spaces and de-duplicates in order', () => {
    expect(normalizeTags([' TypeScript ', 'typescript', 'Machine   Learning', '', 'Go'])).toEqual(['typescript', 'machine learning', 'go']);
  });
});

describe('keyset cursors', () => {
  it('round-trips', () => {
    const c = { at: '2026-01-01T00:00:00.000Z', id: '3f0e2a8e-8d7b-4a51-9e0e-0a1b2c3d4e5f' };
    expect(decodeKeysetCursor(encodeCursor(c))).toEqual(c);
  });
  it.each(['garbage', encodeCursor({ at: 'x', id: 'y' }), encodeCursor([1])])('refuses %s with a 400', (bad) => {
    expect(() => decodeKeysetCursor(bad)).toThrow(expect.objectContaining({ status: 400, code: 'INVALID_CURSOR' }));
  });
});
