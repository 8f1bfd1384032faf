import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('shares one computation between concurrent callers and keeps it for the TTL', async () => {
    let clock = 0;
    let calls = 0;
    const cache = new TtlCache<number>(1000, 10, () => clock);
    const compute = async () => ++calls;
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual([1, 1]);
    clock = 999;
    expect(await cache.get('a', compute)).toBe(1);
    clock = 1001;
    expect(await cache.get('a', compute)).toBe(2);
    expect(await cache.get('b', compute)).toBe(3);
  });

  it('does not keep failures, and a TTL of 0 always computes', async () => {
    const cache = new TtlCache<number>(1000);
    await expect(cache.get('a', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('a', async () => 7)).toBe(7);
    let calls = 0;
    const off = new TtlCache<number>(0);
    await off.get('a', async () => ++calls);
    await off.get('a', async () => ++calls);
    expect(calls).toBe(2);
  });

  it('holds at most maxKeys entries', async () => {
    let calls = 0;
    const cache = new TtlCache<number>(1000, 2);
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => ++calls);
    expect(await cache.get('c', async () => ++calls)).toBe(3);
    expect(await cache.get('a', async () => ++calls)).toBe(4);
  });
});
