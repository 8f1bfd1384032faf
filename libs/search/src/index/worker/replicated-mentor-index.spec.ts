import { readdirSync, readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import type { MentorDocument, SearchPage, SearchParams } from '../../types.js';
import { describeMentorIndexContract } from '../mentor-index.contract.js';
import { ReplicatedMentorIndex } from './replicated-mentor-index.js';
import { indexWorkerAvailable, ThreadedMentorIndex } from './threaded-mentor-index.js';

// Like threaded-mentor-index.spec.ts: the threads run the compiled worker, built by the suite's global set-up.
const WORKER = new URL('../../../../../dist/libs/search/src/index/worker/mentor-index.worker.js', import.meta.url);
const built = indexWorkerAvailable(WORKER);
if (!built) console.log(`Skipping the replicated MentorIndex tests: ${WORKER.pathname} is missing (run \`npx nest build\`).`);

const threads = (n: number, nice?: number): ThreadedMentorIndex[] => Array.from({ length: n }, () => new ThreadedMentorIndex({ indexThreadNice: nice }, WORKER));

describeMentorIndexContract(
  'in-process on two threads, a copy each',
  async () => {
    const index = new ReplicatedMentorIndex(threads(2));
    await index.init();
    return index;
  },
  built,
);

const doc = (id: string, skills: string[]): MentorDocument => ({
  id, name: id, expertise: skills.join(', '), bio: '', skills, languages: ['en'], acceptingRequests: true, atCapacity: false, ratingAverage: 0, ratingCount: 0, createdAt: new Date('2026-01-01T00:00:00Z'),
});

/** The nice value in a /proc/.../stat file (field 19; fields are counted after "(comm)", which may hold spaces). */
const niceIn = (statFile: string): number => {
  const stat = readFileSync(statFile, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

/** Nice values of this process's threads with this name (Linux /proc; the name is the Worker's `name`). */
function niceOfThreads(name: string): number[] {
  const out: number[] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      if (readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim() === name) out.push(niceIn(`/proc/self/task/${tid}/stat`));
    } catch {
      // the thread ended while we read
    }
  }
  return out;
}

(built ? describe : describe.skip)('ReplicatedMentorIndex', () => {
  beforeAll(() => Logger.overrideLogger(['fatal']));
  let copies: ThreadedMentorIndex[];
  let index: ReplicatedMentorIndex;
  beforeEach(async () => {
    copies = threads(2);
    index = new ReplicatedMentorIndex(copies);
    await index.init();
  });
  afterEach(() => index.close());

  it('spreads searches over the copies, and every copy sees a write posted before the search', async () => {
    const searched = copies.map((c) => jest.spyOn(c, 'search'));
    const upsert = index.upsert([doc('a', ['python']), doc('b', ['go'])]);
    const remove = index.remove('b');
    // Not awaited: a search posted after the writes, to either copy, runs after them there.
    const found = Array.from({ length: 8 }, () => index.search({ query: 'python go' }));
    await Promise.all([upsert, remove]);
    for (const page of await Promise.all(found)) expect(page.items.map((i) => i.id)).toEqual(['a']);
    for (const spy of searched) expect(spy.mock.calls.length).toBeGreaterThan(0);
    for (const copy of copies) expect(await copy.count()).toBe(1);
  });

  it('keeps answering from the live copy while a dead one restarts, then empties all for the rebuild', async () => {
    await index.upsert([doc('a', ['python']), doc('b', ['go'])]);
    const resets = jest.fn();
    index.onReset(resets);
    const reset = new Promise<void>((resolve) => index.onReset(resolve));
    await copies[1]!.crashForTest();
    expect(copies[1]!.available).toBe(false);
    for (let i = 0; i < 4; i++) expect((await index.search({ query: 'python' })).items.map((h) => h.id)).toEqual(['a']);
    expect(await index.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/thread 2 of 2: .*restarting/) });
    await expect(index.upsert(doc('c', ['rust']))).rejects.toThrow(/restarting/);

    await reset;
    expect(resets).toHaveBeenCalledTimes(1);
    // The survivor was emptied too: a rebuild by fingerprints refills both alike.
    expect(await index.fingerprints()).toEqual(new Map());
    for (const copy of copies) expect(await copy.count()).toBe(0);
    await index.upsert([doc('a', ['python']), doc('c', ['rust'])]);
    for (const copy of copies) expect((await copy.search({ query: 'rust' })).items.map((h) => h.id)).toEqual(['c']);
    expect(await index.health()).toMatchObject({ ok: true, documents: 2 });
  });

  it('embeds a profile once: the other copy stores the first copy\'s encoding, with the same results', async () => {
    const embedded = copies.map((c) => jest.spyOn(c, 'upsertAndEncode'));
    const stored = copies.map((c) => jest.spyOn(c, 'upsertEncoded'));
    await index.upsert([doc('a', ['python', 'django']), doc('b', ['go']), doc('c', ['python'])]);
    expect(embedded.map((s) => s.mock.calls.length)).toEqual([1, 0]);
    expect(stored.map((s) => s.mock.calls.length)).toEqual([0, 1]);
    const [first, second] = await Promise.all(copies.map((c) => c.search({ query: 'python django' })));
    expect(second).toEqual(first);
    expect(await copies[1]!.fingerprints()).toEqual(await copies[0]!.fingerprints());
  });

  it('keeps answering from the other copy while the embedding copy restarts, then refills both alike', async () => {
    await index.upsert([doc('a', ['python']), doc('b', ['go'])]);
    const reset = new Promise<void>((resolve) => index.onReset(resolve));
    await copies[0]!.crashForTest();
    expect((await index.search({ query: 'python' })).items.map((h) => h.id)).toEqual(['a']);
    await expect(index.upsert(doc('c', ['rust']))).rejects.toThrow(/restarting/);
    // The other copy did not get the failed write.
    expect((await copies[1]!.search({ query: 'rust' })).items).toEqual([]);
    await reset;
    await index.upsert([doc('a', ['python']), doc('c', ['rust'])]);
    for (const copy of copies) expect((await copy.search({ query: 'rust python' })).items.map((h) => h.id).sort()).toEqual(['a', 'c']);
  });

  it('is closed as a whole', async () => {
    await index.close();
    await expect(index.search({ query: 'python' })).rejects.toThrow(/closed/);
    for (const copy of copies) expect(copy.available).toBe(false);
  });
});

/** A copy that answers searches only when told to, counting what it holds (dispatch logic without threads). */
class HeldCopy {
  available = true;
  readonly held: { resolve: (page: SearchPage) => void; params: SearchParams }[] = [];
  onReset(): void {}
  search(params: SearchParams): Promise<SearchPage> {
    return new Promise((resolve) => this.held.push({ resolve, params }));
  }
  answer(n = this.held.length): void {
    for (const { resolve } of this.held.splice(0, n)) resolve({ items: [], nextCursor: null, total: 0 });
  }
}

describe('ReplicatedMentorIndex dispatch', () => {
  it('keeps searches in one queue and gives each copy at most two at a time, in arrival order', async () => {
    const [a, b] = [new HeldCopy(), new HeldCopy()];
    const index = new ReplicatedMentorIndex([a, b] as unknown as ThreadedMentorIndex[]);
    const answered: number[] = [];
    const searches = Array.from({ length: 10 }, (_, i) => index.search({ query: `q${i}` }).then(() => answered.push(i)));
    expect([a.held.length, b.held.length]).toEqual([2, 2]);
    // A stalled copy (slow search, GC pause) holds back its two; the others go to the copy that answers.
    for (let round = 0; round < 3; round++) {
      b.answer();
      await new Promise((resolve) => setImmediate(resolve));
      expect([a.held.length, b.held.length]).toEqual([2, 2]);
    }
    expect(b.held.map((h) => h.params.query)).toEqual(['q8', 'q9']);
    b.answer();
    a.answer();
    await Promise.all(searches);
    expect(answered).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 0, 2]);
  });

  it('fails searches as the first copy does when no copy can answer', async () => {
    const [a, b] = [new HeldCopy(), new HeldCopy()];
    a.available = b.available = false;
    a.search = () => Promise.reject(new Error('the mentor index was closed'));
    const index = new ReplicatedMentorIndex([a, b] as unknown as ThreadedMentorIndex[]);
    await expect(index.search({ query: 'python' })).rejects.toThrow(/closed/);
  });
});

(built && process.platform === 'linux' ? describe : describe.skip)('index thread priority', () => {
  beforeAll(() => Logger.overrideLogger(['fatal']));

  it('runs the index threads the configured nice steps below the process, so HTTP gets the CPU first', async () => {
    const base = niceIn('/proc/self/stat');
    const index = new ReplicatedMentorIndex(threads(2, 7));
    try {
      await index.init();
      expect(niceOfThreads('mentor-index')).toEqual([Math.min(19, base + 7), Math.min(19, base + 7)]);
    } finally {
      await index.close();
    }
    const same = new ThreadedMentorIndex({ indexThreadNice: 0 }, WORKER);
    try {
      await same.init();
      expect(niceOfThreads('mentor-index')).toEqual([base]);
    } finally {
      await same.close();
    }
  });
});
