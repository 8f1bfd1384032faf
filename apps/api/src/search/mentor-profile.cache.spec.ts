import { jest } from '@jest/globals';
import type { AppConfig } from '@app/config';
import type { MentorEntity } from '../mentors/mentor.entity.js';
import { MentorProfileCache } from './mentor-profile.cache.js';

const row = (id: string, name = id): MentorEntity => ({ id, name }) as MentorEntity;
const config = (size: number) => ({ MENTOR_CACHE_SIZE: size, MENTOR_CACHE_TTL_MS: 60_000 }) as AppConfig;

describe('MentorProfileCache', () => {
  it('reads only the rows it does not hold', async () => {
    const cache = new MentorProfileCache(config(10));
    const load = jest.fn(async (ids: string[]) => ids.filter((id) => id !== 'gone').map((id) => row(id)));
    expect((await cache.getMany(['a', 'b', 'gone'], load)).map((m) => m.id)).toEqual(['a', 'b']);
    expect((await cache.getMany(['b', 'c', 'a'], load)).map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
    expect(load.mock.calls).toEqual([[['a', 'b', 'gone']], [['c']]]);
  });

  it('reads an invalidated row again', async () => {
    const cache = new MentorProfileCache(config(10));
    let name = 'old';
    const load = async (ids: string[]) => ids.map((id) => row(id, name));
    await cache.getMany(['a'], load);
    name = 'new';
    expect((await cache.getMany(['a'], load))[0]!.name).toBe('old');
    cache.invalidate(['a']);
    expect((await cache.getMany(['a'], load))[0]!.name).toBe('new');
  });

  it('does not keep a row read while a change was being invalidated (it may predate the change)', async () => {
    const cache = new MentorProfileCache(config(10));
    let release!: () => void;
    const slow = (ids: string[]) => new Promise<MentorEntity[]>((resolve) => (release = () => resolve(ids.map((id) => row(id, 'before')))));
    const reading = cache.getMany(['a'], slow);
    cache.invalidate(['a']);
    release();
    expect((await reading)[0]!.name).toBe('before');
    expect((await cache.getMany(['a'], async (ids) => ids.map((id) => row(id, 'after'))))[0]!.name).toBe('after');
  });

  it('keeps at most MENTOR_CACHE_SIZE rows, and nothing with 0', async () => {
    const small = new MentorProfileCache(config(2));
    const load = jest.fn(async (ids: string[]) => ids.map((id) => row(id)));
    await small.getMany(['a', 'b', 'c'], load);
    await small.getMany(['a', 'b', 'c'], load);
    expect(load).toHaveBeenLastCalledWith(['a']);
    const off = new MentorProfileCache(config(0));
    const again = jest.fn(async (ids: string[]) => ids.map((id) => row(id)));
    await off.getMany(['a'], again);
    await off.getMany(['a'], again);
    expect(again).toHaveBeenCalledTimes(2);
  });
});
