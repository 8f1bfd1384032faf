import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMentors } from '../testing/synthetic-mentors.js';
import type { SearchParams } from '../types.js';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking.js';
import { MentorEncoder } from './encoder.js';
import { InProcessMentorIndex } from './in-process-mentor-index.js';
import { describeMentorIndexContract } from './mentor-index.contract.js';

const encoder = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);

describeMentorIndexContract('in-process', async () => {
  const index = new InProcessMentorIndex(encoder);
  await index.init();
  return index;
});

// Same contract with the ANN path forced (exact scans disabled), so graph search + filters are covered too.
describeMentorIndexContract('in-process, ANN only', async () => new InProcessMentorIndex(encoder, { exactScanLimit: 0 }));

describe('InProcessMentorIndex snapshot', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mentor-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const docs = [...generateMentors(3000, { seed: 11 })];
  const probes: SearchParams[] = [{ query: 'python django' }, { query: 'хочу разобраться в ML на питоне', acceptingOnly: true }, { query: 'react', language: 'ru' }, {}, { skills: ['python'] }, { query: 'go', limit: 50 }];
  const answers = async (index: InProcessMentorIndex): Promise<unknown[]> => {
    const out: unknown[] = [];
    for (const p of probes) {
      const first = await index.search(p);
      out.push(first, first.nextCursor ? await index.search({ ...p, cursor: first.nextCursor }) : null);
    }
    return out;
  };

  it('restores the same answers, slots and all, and takes changes after the load', async () => {
    const path = join(dir, 'index.snapshot');
    const original = new InProcessMentorIndex(encoder, { snapshotPath: path, exactScanLimit: 0 });
    await original.upsert(docs);
    await original.remove(docs.slice(0, 50).map((d) => d.id));
    expect(await original.saveSnapshot('w-42')).toBe(true);
    // A second save replaces the first and leaves no graph file of it behind.
    expect(await original.saveSnapshot('w-43')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.usearch'))).toHaveLength(1);

    const restored = new InProcessMentorIndex(encoder, { snapshotPath: path, exactScanLimit: 0 });
    expect(await restored.loadSnapshot()).toBe('w-43');
    expect(await restored.count()).toBe(docs.length - 50);
    expect(await restored.fingerprints()).toEqual(await original.fingerprints());
    expect(await answers(restored)).toEqual(await answers(original));

    const changed = { ...docs[100]!, skills: ['quokkaology'], expertise: 'quokkaology' };
    for (const index of [original, restored]) await index.upsert([changed, ...docs.slice(0, 10)]);
    expect((await restored.search({ query: 'quokkaology' })).items.map((h) => h.id)).toContain(changed.id);
    expect(await answers(restored)).toEqual(await answers(original));
  });

  it('starts empty without a snapshot, or from one written with another schema', async () => {
    const path = join(dir, 'index.snapshot');
    expect(await new InProcessMentorIndex(encoder, { snapshotPath: path }).loadSnapshot()).toBeNull();
    const other = new MentorEncoder(new BuiltinEmbedder(), { ...DEFAULT_RANKING, k1: 0.9 });
    const written = new InProcessMentorIndex(other, { snapshotPath: path });
    await written.upsert(docs.slice(0, 10));
    await written.saveSnapshot('w-1');
    const index = new InProcessMentorIndex(encoder, { snapshotPath: path });
    expect(await index.loadSnapshot()).toBeNull();
    expect(await index.count()).toBe(0);
    writeFileSync(path, 'not a snapshot');
    expect(await index.loadSnapshot()).toBeNull();
    expect(await new InProcessMentorIndex(encoder).saveSnapshot('w')).toBe(false);
  });
});
