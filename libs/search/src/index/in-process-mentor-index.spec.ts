import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMentors } from '../testing/synthetic-mentors.js';
import type { SearchParams } from '../types.js';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import { MentorEncoder } from './encoder.js';
import { InProcessMentorIndex } from './in-process-mentor-index.js';
import { describeMentorIndexContract, mentor } from './mentor-index.contract.js';
import { writeSections } from './snapshot-file.js';

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

  it('keeps every stored part of a profile through a save and a load: lists, words, numbers, free slots', async () => {
    const path = join(dir, 'index.snapshot');
    const original = new InProcessMentorIndex(encoder, { snapshotPath: path });
    const made = [
      mentor('one', { skills: ['TypeScript', 'Node.js'], languages: ['RU', 'en'], expertise: 'Backend', bio: 'Я пишу сервисы на NestJS.\nLong second paragraph about kafka streams.', ratingAverage: 4.5, ratingCount: 7 }),
      mentor('two', { skills: ['Go'], languages: ['en'], acceptingRequests: false, bio: 'Distributed systems' }),
      mentor('three', { skills: ['Python', 'ML'], languages: ['ru'], atCapacity: true }),
    ];
    await original.upsert(made);
    await original.remove('two');
    await original.saveSnapshot('w');
    const restored = new InProcessMentorIndex(encoder, { snapshotPath: path });
    expect(await restored.loadSnapshot()).toBe('w');
    for (const p of [{ query: 'nestjs kafka' }, { query: 'сервисы typescript' }, { skills: ['node.js'] }, { language: 'ru' }, { acceptingOnly: true }, {}]) {
      expect(await restored.search(p)).toEqual(await original.search(p));
    }
    expect((await restored.search({ query: 'typescript kafka' })).items[0]).toMatchObject({ id: 'one', matched: expect.arrayContaining(['TypeScript', 'Apache Kafka']) });
    // The freed slot is reused after the load, and the profile is found like any other.
    await restored.upsert(mentor('four', { skills: ['Rust'] }));
    expect((await restored.search({ query: 'rust' })).items.map((h) => h.id)).toEqual(['four']);
    expect([...(await restored.fingerprints()).keys()].sort()).toEqual(['four', 'one', 'three']);
  });

  it('does not use a snapshot of an older format (the index starts empty and is rebuilt)', async () => {
    const path = join(dir, 'index.snapshot');
    await writeSections(path, { version: 1, schema: encoder.schema, watermark: 'old', slots: 0, spaces: [] }, [new Uint8Array(8)]);
    const index = new InProcessMentorIndex(encoder, { snapshotPath: path });
    expect(await index.loadSnapshot()).toBeNull();
    expect(await index.count()).toBe(0);
  });
});
