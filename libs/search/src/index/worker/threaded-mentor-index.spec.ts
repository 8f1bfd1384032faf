import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { MentorDocument } from '../../types.js';
import { describeMentorIndexContract } from '../mentor-index.contract.js';
import { CRASH_QUERY } from '../../testing/crash-query.js';
import { indexWorkerAvailable, ThreadedMentorIndex } from './threaded-mentor-index.js';

// The thread runs the compiled worker (Jest compiles only this process's modules); the suite's
// global set-up builds dist/ from the current sources before any test runs.
const WORKER = new URL('../../../../../dist/libs/search/src/index/worker/mentor-index.worker.js', import.meta.url);
/** The same worker, plus a search that ends the thread as a crash would (tests of the restart path). */
const CRASHING_WORKER = new URL('../../../../../dist/libs/search/src/testing/crashing-index.worker.js', import.meta.url);
const built = indexWorkerAvailable(WORKER) && indexWorkerAvailable(CRASHING_WORKER);
const crash = (index: ThreadedMentorIndex): Promise<void> => index.search({ query: CRASH_QUERY }).then(() => undefined, () => undefined);
if (!built) console.log(`Skipping the threaded MentorIndex tests: ${WORKER.pathname} is missing (run \`npx nest build\`).`);

describeMentorIndexContract(
  'in-process on its own thread',
  async () => {
    const index = new ThreadedMentorIndex({}, WORKER);
    await index.init();
    return index;
  },
  built,
);

const doc = (id: string, skills: string[]): MentorDocument => ({
  id, name: id, expertise: skills.join(', '), bio: '', skills, languages: ['en'], acceptingRequests: true, atCapacity: false, ratingAverage: 0, ratingCount: 0, createdAt: new Date('2026-01-01T00:00:00Z'),
});

(built ? describe : describe.skip)('ThreadedMentorIndex', () => {
  beforeAll(() => Logger.overrideLogger(['fatal']));
  let index: ThreadedMentorIndex;
  afterEach(() => index.close());

  it('answers calls in the order they were made', async () => {
    index = new ThreadedMentorIndex({}, WORKER);
    await index.init();
    const upsert = index.upsert([doc('a', ['python']), doc('b', ['go'])]);
    const remove = index.remove('b');
    const found = index.search({ query: 'python go' });
    await Promise.all([upsert, remove]);
    expect((await found).items.map((i) => i.id)).toEqual(['a']);
    expect(await index.count()).toBe(1);
    expect(await index.fingerprints()).toEqual(new Map([['a', expect.any(String)]]));
  });

  it('rebuilds the cursor error on this side, so callers can tell it from a failure', async () => {
    index = new ThreadedMentorIndex({}, WORKER);
    await expect(index.search({ query: 'python', cursor: 'not-a-cursor' })).rejects.toMatchObject({ name: 'InvalidSearchCursorError' });
  });

  it('restarts a thread that died, fails what was pending, and says the index must be rebuilt', async () => {
    index = new ThreadedMentorIndex({}, CRASHING_WORKER);
    await index.upsert([doc('a', ['python'])]);
    const reset = new Promise<void>((resolve) => index.onReset(resolve));
    const crashed = crash(index);
    const pending = index.count();
    await expect(pending).rejects.toThrow(/thread exited/);
    await crashed;
    expect(await index.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/restarting/) });
    await expect(index.search({ query: 'python' })).rejects.toThrow(/restarting/);
    await reset;
    expect(await index.health()).toMatchObject({ ok: true, documents: 0 });
    await index.upsert([doc('a', ['python'])]);
    expect((await index.search({ query: 'python' })).items.map((i) => i.id)).toEqual(['a']);
  });

  it('answers the calls already made before it ends the thread on close', async () => {
    // terminate() in the middle of a native HNSW search could abort the process: close lets them finish.
    index = new ThreadedMentorIndex({}, WORKER);
    await index.upsert([doc('a', ['python'])]);
    const searches = Array.from({ length: 20 }, () => index.search({ query: 'python' }));
    await index.close();
    for (const search of searches) expect((await search).items.map((i) => i.id)).toEqual(['a']);
    await expect(index.search({ query: 'python' })).rejects.toThrow(/closed/);
  });

  it('closes at once while a dead thread waits for its restart', async () => {
    index = new ThreadedMentorIndex({}, CRASHING_WORKER);
    await index.count();
    await crash(index);
    await index.close();
    await expect(index.count()).rejects.toThrow(/closed/);
  });

  it('loads a snapshot into a fresh thread: calls before it are answered by the old one, calls after see the snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threaded-index-'));
    try {
      index = new ThreadedMentorIndex({ snapshotPath: join(dir, 'index.snapshot') }, WORKER);
      await index.upsert([doc('a', ['python']), doc('b', ['go'])]);
      expect(await index.saveSnapshot('w-7')).toBe(true);
      const before = index.search({ query: 'python' });
      const change = index.upsert(doc('c', ['python']));
      const loaded = index.loadSnapshot();
      const after = index.search({ query: 'python' });
      expect((await before).items.map((i) => i.id)).toEqual(['a']);
      await change;
      expect(await loaded).toBe('w-7');
      // The snapshot's contents: the write made on the old thread before the load is not in it.
      expect((await after).items.map((i) => i.id)).toEqual(['a']);
      expect(await index.count()).toBe(2);
      const without = new ThreadedMentorIndex({}, WORKER);
      expect(await without.loadSnapshot()).toBeNull();
      await without.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses calls once closed', async () => {
    index = new ThreadedMentorIndex({}, WORKER);
    await index.count();
    await index.close();
    await expect(index.count()).rejects.toThrow(/closed/);
  });
});
