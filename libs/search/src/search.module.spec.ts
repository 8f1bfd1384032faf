import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Embedder } from './embedder/embedder.js';
import { CORPUS } from './index/mentor-index.contract.js';
import { MentorIndex } from './index/mentor-index.js';
import { SearchModule } from './search.module.js';
import { SearchService } from './search.service.js';
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

  it('rejects the ollama embedder without a URL', () => {
    const mod = SearchModule.forRoot({ embedder: 'ollama' });
    const provider = mod.providers!.find((p) => typeof p === 'object' && 'provide' in p && p.provide === Embedder) as { useFactory: () => unknown };
    expect(() => provider.useFactory()).toThrow(/ollamaUrl/);
  });

  it('generates deterministic synthetic mentors', () => {
    const a = [...generateMentors(5, { seed: 7 })];
    expect([...generateMentors(5, { seed: 7 })]).toEqual(a);
    expect(new Set(a.map((m) => m.id)).size).toBe(5);
  });
});
