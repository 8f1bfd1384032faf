import { assertJsonShape, findUnstorableText } from './input-rules.js';

describe('input rules', () => {
  it('finds NUL characters and unpaired surrogates in values and keys, anywhere', () => {
    expect(findUnstorableText({ a: 'ok', b: ['fine', '😀 paired'] })).toBeUndefined();
    expect(findUnstorableText({ name: 'a\u0000b' })).toBe('name');
    expect(findUnstorableText({ email: 'a\uD800b' })).toBe('email');
    expect(findUnstorableText({ tags: ['x', 'y\uDC00'] })).toBe('tags.1');
    expect(findUnstorableText({ 'k\u0000': 1 })).toBe('(key)');
    expect(findUnstorableText('\uD83D')).toBe('');
  });

  it('refuses deep nesting without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => assertJsonShape(deep)).toThrow(expect.objectContaining({ status: 400, code: 'BODY_TOO_DEEP' }));
    expect(() => assertJsonShape({ a: { b: [1, 2, { c: 'd' }] } })).not.toThrow();
  });

  it('refuses a huge number of keys', () => {
    const many = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1]));
    expect(() => assertJsonShape(many)).toThrow(expect.objectContaining({ status: 400, code: 'BODY_TOO_COMPLEX' }));
  });
});
