import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { BuiltinEmbedder } from './embedder/builtin-embedder.js';
import { MentorEncoder } from './index/encoder.js';
import { InProcessMentorIndex } from './index/in-process-mentor-index.js';
import { DEFAULT_RANKING } from './ranking/ranking-options.js';
import type { MentorDocument } from './types.js';
import { Test } from '@nestjs/testing';
import { Embedder } from './embedder/embedder.js';
import { CORPUS } from './index/mentor-index.contract.js';
import { MentorIndex } from './index/mentor-index.js';
import { SearchModule } from './search.module.js';
import { SearchService, UPSERTS_IN_FLIGHT } from './search.service.js';
import { generateMentors } from './testing/synthetic-mentors.js';

describe('SearchModule + SearchService', () => {
  beforeAll(() => Logger.overrideLogger(['error']));

  it('wires the in-process index and built-in embedder by default, and reconciles', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SearchModule.forRoot({})] }).compile();
    await moduleRef.init();
    const service = moduleRef.get(SearchService);
    expect(moduleRef.get(MentorIndex).backend).toBe('in-process');
    expect(moduleRef.get(Embedder).id).toMatch(/^builtin/);

    await service.onProfileChanged(CORPUS[0]!);
    await service.onProfileChanged({ ...CORPUS[1]!, id: 'gone' });
    const first = await service.reconcile(CORPUS);
    expect(first).toMatchObject({ indexed: CORPUS.length - 1, removed: 1, unchanged: 1 });
    const again = await service.reconcile((async function* () { yield* CORPUS; })());
    expect(again).toMatchObject({ indexed: 0, removed: 0, unchanged: CORPUS.length });
    expect((await service.search({ query: 'python' })).items.length).toBeGreaterThan(0);
    expect(await service.health()).toMatchObject({ ok: true, documents: CORPUS.length });
    await moduleRef.close();
  });

  it('reconciles with several upsert batches in flight, in order, and fails as a whole when one batch fails', async () => {
    const encoder = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);
    const index = new InProcessMentorIndex(encoder);
    const service = new SearchService(index, encoder);
    let inFlight = 0;
    let most = 0;
    const batches: string[][] = [];
    const upsert = index.upsert.bind(index);
    jest.spyOn(index, 'upsert').mockImplementation(async (docs) => {
      const list = docs as MentorDocument[];
      batches.push(list.map((d) => d.id));
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return upsert(list);
    });
    const docs = [...generateMentors(10 * (UPSERTS_IN_FLIGHT + 3), { seed: 3 })];
    expect(await service.reconcile(docs, { batchSize: 10 })).toMatchObject({ indexed: docs.length });
    expect(most).toBe(UPSERTS_IN_FLIGHT);
    expect(batches.flat()).toEqual(docs.map((d) => d.id));

    // The first batch fails while the source is still being read: the reconcile fails (not the process).
    jest.spyOn(index, 'upsert').mockImplementationOnce(() => Promise.reject(new Error('index thread exited')));
    const slowly = async function* (): AsyncGenerator<MentorDocument> {
      for (const d of generateMentors(30, { seed: 4 })) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield d;
      }
    };
    await expect(service.reconcile(slowly(), { batchSize: 10 })).rejects.toThrow(/thread exited/);
  });

  it('rejects the ollama embedder without a URL', () => {
    const mod = SearchModule.forRoot({ embedder: 'ollama' });
    const provider = mod.providers!.find((p) => typeof p === 'object' && 'provide' in p && p.provide === Embedder) as { useFactory: (o: unknown) => unknown };
    expect(() => provider.useFactory({ embedder: 'ollama' })).toThrow(/ollamaUrl/);
  });

  it('generates deterministic synthetic mentors', () => {
    const a = [...generateMentors(5, { seed: 7 })];
    expect([...generateMentors(5, { seed: 7 })]).toEqual(a);
    expect(new Set(a.map((m) => m.id)).size).toBe(5);
  });
});
