import { Logger } from '@nestjs/common';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { InvalidSearchCursorError } from '../ranking/paging.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import { referenceRanking } from '../testing/ranking-reference.js';
import type { MentorDocument, SearchHit, SearchParams } from '../types.js';
import { MentorEncoder } from './encoder.js';
import type { MentorIndex } from './mentor-index.js';

/** Shared behaviour every MentorIndex adapter must have. `create` returns a fresh, initialised, empty index. */
export function describeMentorIndexContract(name: string, create: () => Promise<MentorIndex>, enabled = true): void {
  const d = enabled ? describe : describe.skip;
  d(`MentorIndex contract: ${name}`, () => {
    let index: MentorIndex;
    beforeAll(() => Logger.overrideLogger(['error']));
    beforeEach(async () => {
      index = await create();
    });
    afterEach(async () => {
      await index.clear();
      await index.close();
    });

    const all = async (params: SearchParams): Promise<string[]> => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await index.search({ ...params, cursor });
        ids.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        expect(++pages).toBeLessThan(200);
      } while (cursor);
      return ids;
    };

    it('answers an empty index with an empty page', async () => {
      for (const query of [undefined, 'python']) {
        expect(await index.search({ query })).toEqual({ items: [], nextCursor: null, total: 0 });
      }
    });

    it('ranks by relevance and explains matches', async () => {
      await index.upsert(CORPUS);
      const page = await index.search({ query: 'python django' });
      expect(page.items[0]!.id).toBe('py-django');
      expect(page.items[0]!.matched).toEqual(expect.arrayContaining(['python', 'django']));
      for (const item of page.items) expect(Number.isFinite(item.score)).toBe(true);
    });

    it('understands aliases, transliteration and typos', async () => {
      await index.upsert(CORPUS);
      expect((await index.search({ query: 'хочу ML на питоне' })).items[0]!.id).toBe('py-ml');
      expect((await index.search({ query: 'k8s' })).items[0]!.id).toBe('devops');
      expect((await index.search({ query: 'pyhton' })).items.map((i) => i.id)).toContain('py-django');
      const js = (await index.search({ query: 'js' })).items.map((i) => i.id);
      expect(js[0]).toBe('frontend');
      expect(js).not.toContain('java');
    });

    it('understands what students mean: slang, goals, other scripts, concepts without shared words', async () => {
      await index.upsert(CONCEPT_CORPUS);
      const first = async (query: string): Promise<SearchHit> => (await index.search({ query, limit: 5 })).items[0]!;
      // React's broader concept is frontend: the React mentor answers "фронтендер" though no word is shared.
      expect(await first('фронтендер')).toMatchObject({ id: 'react-dev', matched: expect.arrayContaining(['Фронтенд-разработка']) });
      expect((await first('мобилки под айфон')).id).toBe('ios-dev');
      expect((await first('mashinnoe obuchenie')).id).toBe('dl');
      expect((await first('прод падает по ночам')).id).toBe('sre');
      // A sure concept read stands for its words: "нейросети" is not "networking".
      expect(await first('нейросети')).toMatchObject({ id: 'dl', matched: ['deep learning'] });
      expect(await first('pyton')).toMatchObject({ id: 'py-web', matched: expect.arrayContaining(['Python']) });
    });

    it('answers a query nobody can answer with no mentors and suggestions', async () => {
      await index.upsert(CONCEPT_CORPUS);
      for (const query of ['asdfghjk', 'rust', '1С программист', 'rust developer']) {
        const page = await index.search({ query, limit: 5 });
        expect(page).toMatchObject({ items: [], nextCursor: null, total: 0 });
      }
      // Suggestions: concepts next to the asked one that some mentor has, labelled in the query's script.
      expect((await index.search({ query: 'rust' })).suggestions).toEqual({ didYouMean: null, concepts: expect.arrayContaining([{ id: 'cpp', label: 'C++' }]) });
      expect((await index.search({ query: 'asdfghjk' })).suggestions).toBeUndefined();
      // A filter nobody passes with the anchor: empty too.
      expect((await index.search({ query: 'swift', language: 'ru' })).items).toEqual([]);
    });

    it('reports the same total for every limit', async () => {
      await index.upsert([...CORPUS, ...CONCEPT_CORPUS]);
      for (const query of ['python', 'хочу в ML', 'frontend react', 'devops']) {
        const totals = await Promise.all([1, 5, 20, 100].map(async (limit) => (await index.search({ query, limit })).total));
        expect(new Set(totals).size).toBe(1);
        const page = await index.search({ query, limit: 100 });
        if (!page.totalIsEstimate) expect(page.items.length).toBe(page.total);
      }
    });

    it('filters by skills (all of them), language and availability before paging', async () => {
      await index.upsert(CORPUS);
      const both = await all({ skills: ['Python', 'django'], limit: 1 });
      expect(both).toEqual(['py-django', 'py-busy']);
      const ru = await all({ language: 'RU', limit: 2 });
      expect(new Set(ru)).toEqual(new Set(CORPUS.filter((m) => m.languages.includes('ru')).map((m) => m.id)));
      const open = await all({ query: 'python', acceptingOnly: true, limit: 1 });
      expect(open).not.toContain('py-busy');
      expect(open.length).toBeGreaterThan(0);
      expect((await index.search({ query: 'python', skills: ['js'] })).total).toBe(0);
    });

    it('sinks mentors at capacity or not accepting', async () => {
      await index.upsert(CORPUS);
      const ids = await all({ query: 'python' });
      expect(ids[ids.length - 1]).toBe('py-busy');
      const browse = await all({});
      expect(browse[browse.length - 1]).toBe('py-busy');
    });

    it('browses by Bayesian rating, then newest, when there is no usable query', async () => {
      await index.upsert(CORPUS);
      for (const query of [undefined, '', '   ', 'the and of и в', '😀🚀', '!!!']) {
        const page = await index.search({ query, limit: 3 });
        expect(page.items.map((i) => i.id)).toEqual(['py-ml', 'frontend', 'devops']);
        expect(page.total).toBe(CORPUS.length);
      }
    });

    it('pages without duplicates or gaps', async () => {
      const many = Array.from({ length: 47 }, (_, i) => mentor(`m${String(i).padStart(2, '0')}`, {
        skills: i % 2 ? ['python'] : ['python', 'sql'], ratingCount: i % 5, ratingAverage: 3 + (i % 3), createdAt: new Date(Date.UTC(2024, 0, 1 + (i % 4))),
      }));
      await index.upsert(many);
      for (const params of [{ query: 'python sql' }, {}, { skills: ['python'] }]) {
        const paged = await all({ ...params, limit: 6 });
        const once = (await index.search({ ...params, limit: 100 })).items.map((i) => i.id);
        expect(paged).toEqual(once);
        expect(new Set(paged).size).toBe(paged.length);
        expect(paged.length).toBe((await index.search({ ...params, limit: 1 })).total);
      }
    });

    it('reflects document updates and removals', async () => {
      await index.upsert(CORPUS);
      expect((await index.search({ query: 'haskell' })).total).toBe(0);
      await index.upsert({ ...CORPUS[2]!, skills: ['haskell'], bio: 'Functional programming in Haskell' });
      expect((await index.search({ query: 'haskell' })).items[0]!.id).toBe(CORPUS[2]!.id);
      await index.remove(CORPUS[2]!.id);
      expect((await index.search({ query: 'haskell' })).total).toBe(0);
      expect(await index.count()).toBe(CORPUS.length - 1);
      expect((await index.fingerprints()).has(CORPUS[2]!.id)).toBe(false);
    });

    // Ranking parity: every backend orders the same candidates by the one shared ranking (term capping,
    // feedback, passages, rating, availability), so on a corpus small enough that every profile is a
    // candidate, each answers exactly the brute-force reference (`create` uses the default encoder).
    it.each(PARITY_QUERIES)('ranks like the shared ranking: %s', async (_name, params, accept) => {
      await index.upsert(PARITY_CORPUS);
      const expected = await referenceRanking(PARITY_ENCODER, PARITY_CORPUS, params.query!, accept);
      const page = await index.search({ ...params, limit: 20 });
      expect(page.items.map((i) => i.id)).toEqual(expected.slice(0, 20).map((e) => e.id));
      // Scores agree to 1e-3: the in-process index keeps vectors as float16, the reference and Qdrant as float32.
      page.items.forEach((item, i) => expect(item.score).toBeCloseTo(expected[i]!.score, 3));
      expect(page.total).toBe(expected.length);
    });

    it('handles hostile and extreme input without throwing', async () => {
      await index.upsert([...CORPUS, mentor('weird', { name: '', bio: '', expertise: '', skills: [], languages: [] })]);
      const inputs = [
        "'; DROP TABLE mentors; --", '<script>alert(1)</script>', '{"$ne": null}', '\u0000\u0001', 'a'.repeat(50_000),
        'python '.repeat(5000), '${process.exit()}', '../../etc/passwd', 'ℕ𝕆ℝ𝕄𝔸𝕃𝕀𝕊𝔼 ПИТОН Ёлка',
      ];
      for (const query of inputs) {
        const page = await index.search({ query, skills: [query], language: query });
        expect(page.items).toEqual([]);
        const unfiltered = await index.search({ query, limit: 5 });
        for (const item of unfiltered.items) expect(Number.isFinite(item.score)).toBe(true);
      }
      await expect(index.search({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidSearchCursorError);
      const first = await index.search({ query: 'python', limit: 1 });
      await expect(index.search({ query: 'java', cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidSearchCursorError);
    });
  });
}

export function mentor(id: string, over: Partial<MentorDocument> = {}): MentorDocument {
  return {
    id, name: `Mentor ${id}`, expertise: 'Software engineer', bio: 'I like helping people.', skills: [], languages: ['en'],
    acceptingRequests: true, atCapacity: false, ratingAverage: 0, ratingCount: 0, createdAt: new Date('2024-01-01T00:00:00Z'), ...over,
  };
}

/** Profiles whose words rarely match how students ask: the concepts graph has to bridge the gap. */
export const CONCEPT_CORPUS: MentorDocument[] = [
  mentor('react-dev', { expertise: 'Web developer', skills: ['React', 'TypeScript'], bio: 'Component libraries and state management.' }),
  mentor('ios-dev', { expertise: 'Mobile engineer', skills: ['Swift', 'SwiftUI'], bio: 'Apps for iPhone and iPad.' }),
  mentor('dl', { expertise: 'Deep learning researcher', skills: ['PyTorch', 'deep learning'], bio: 'Training models on GPUs.' }),
  mentor('networks', { expertise: 'Network engineer', skills: ['networking', 'Cisco'], bio: 'Routing, switching and VPNs.' }),
  mentor('sre', { expertise: 'Site reliability engineer', skills: ['SRE', 'Prometheus'], bio: 'On-call, incidents and postmortems.' }),
  mentor('cpp', { expertise: 'Systems programmer', skills: ['C++', 'STL'], bio: 'Low-latency services.' }),
  mentor('py-web', { expertise: 'Backend developer', skills: ['Python', 'Django'], bio: 'Web services in Python.' }),
];

export const CORPUS: MentorDocument[] = [
  mentor('py-django', { expertise: 'Python backend developer', skills: ['python', 'django', 'postgresql'], bio: 'Django REST APIs and databases.', languages: ['ru', 'en'], ratingAverage: 4, ratingCount: 2, createdAt: new Date('2024-03-01T00:00:00Z') }),
  mentor('py-ml', { expertise: 'Machine learning engineer', skills: ['python', 'machine learning', 'pandas'], bio: 'Учу ML на питоне.', languages: ['ru'], ratingAverage: 4.9, ratingCount: 40 }),
  mentor('frontend', { expertise: 'Frontend developer', skills: ['javascript', 'react', 'typescript'], bio: 'Modern JavaScript and React.', ratingAverage: 4.8, ratingCount: 30 }),
  mentor('java', { expertise: 'Java developer', skills: ['java', 'spring'], bio: 'Enterprise Java and Spring Boot.', languages: ['ru'], ratingAverage: 4.5, ratingCount: 3 }),
  mentor('devops', { expertise: 'DevOps engineer', skills: ['kubernetes', 'docker', 'terraform'], bio: 'Clusters and CI/CD pipelines.', ratingAverage: 4.7, ratingCount: 25 }),
  mentor('py-busy', { expertise: 'Python and Django mentor', skills: ['python', 'django'], bio: 'Python all day.', atCapacity: true, ratingAverage: 5, ratingCount: 100 }),
];

const PARITY_ENCODER = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);

/** A profile of 14 paragraphs that all mention python: scored by its 10 best passages (passageTopK), not all 14. */
const LONG_BIO = Array.from({ length: 14 }, (_, i) =>
  i % 3 === 0 ? `Paper ${i}: scalable python services and django internals in production.` : `Paper ${i}: python scripts for gardening, cooking and travel across the mountains.`,
).join('\n');

export const PARITY_CORPUS: MentorDocument[] = [
  ...CORPUS,
  mentor('long-python', { expertise: 'Researcher', skills: ['python'], bio: LONG_BIO, ratingAverage: 4.2, ratingCount: 6 }),
  mentor('data-eng', { expertise: 'Data engineer', skills: ['python', 'sql', 'airflow'], bio: 'Pipelines, warehouses and PostgreSQL tuning.\nBatch and streaming.', ratingAverage: 4.6, ratingCount: 12 }),
  mentor('backend-go', { expertise: 'Backend developer', skills: ['go', 'postgresql', 'kubernetes'], bio: 'Go services behind REST APIs, databases and queues.', ratingAverage: 4.1, ratingCount: 4, acceptingRequests: false }),
  mentor('career', { expertise: 'Engineering manager', skills: ['career', 'interviews'], bio: 'System design interview prep and career growth for backend developers.', ratingAverage: 4.9, ratingCount: 15 }),
];

const PARITY_QUERIES: [string, SearchParams, ((d: MentorDocument) => boolean) | undefined][] = [
  ['two skills', { query: 'python django' }, undefined],
  ['transliterated Russian', { query: 'хочу ML на питоне' }, undefined],
  ['a long profile by its best passages', { query: 'scalable python django services' }, undefined],
  ['a verbose query (feedback)', { query: 'I am looking for a mentor to help with python backend development, django rest apis and postgresql databases' }, undefined],
  ['filtered to available mentors', { query: 'backend databases', acceptingOnly: true }, (d) => d.acceptingRequests && !d.atCapacity],
];
