import { Logger } from '@nestjs/common';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { compareRanked, encodeDocumentText, encodeQueryText, matchedTerms } from '../ranking/ranking.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import { analyze } from '../text/analyzer.js';
import { generateMentors } from '../testing/synthetic-mentors.js';
import type { MentorDocument, SearchParams } from '../types.js';
import { MentorEncoder } from './encoder.js';
import { InProcessMentorIndex } from './in-process-mentor-index.js';
import { LexicalAccumulator } from './lexical-accumulator.js';
import { Postings } from './postings.js';
import { mentor } from './mentor-index.contract.js';

const encoder = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);
beforeAll(() => Logger.overrideLogger(['error']));

async function pages(index: InProcessMentorIndex, params: SearchParams): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await index.search({ ...params, cursor });
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** The browse order as specified: filter, then (browseKey desc, id asc) over every document. */
function referenceBrowse(docs: Map<string, MentorDocument>, params: SearchParams): string[] {
  const langs = params.language ? params.language.toLowerCase() : null;
  return [...docs.values()]
    .map((d) => ({ d, p: encodeDocumentText(d, DEFAULT_RANKING).payload }))
    .filter(({ d, p }) => (!params.acceptingOnly || p.available) && (!langs || p.languages.includes(langs)) && (params.skills ?? []).every((s) => d.skills.includes(s)))
    .map(({ p }) => ({ id: p.id, score: p.browseKey }))
    .sort(compareRanked)
    .map((e) => e.id);
}

describe('InProcessMentorIndex internals', () => {
  it('browses in exactly the reference order, with filters and paging, across incremental and bulk changes', async () => {
    const index = new InProcessMentorIndex(encoder);
    const docs = new Map([...generateMentors(600, { seed: 7 })].map((d) => [d.id, d]));
    await index.upsert([...docs.values()]);
    const check = async (): Promise<void> => {
      for (const params of [{}, { acceptingOnly: true }, { language: 'ru' }, { skills: ['python'] }, { skills: ['python', 'sql'], acceptingOnly: true }]) {
        const expected = referenceBrowse(docs, params);
        expect(await pages(index, { ...params, limit: 37 })).toEqual(expected);
        expect((await index.search(params)).total).toBe(expected.length);
      }
    };
    await check();
    // Small changes patch the maintained order in place...
    const changed = [...docs.values()].slice(0, 10).map((d, i) => ({ ...d, ratingAverage: 5, ratingCount: 10 + i, atCapacity: i % 2 === 0 }));
    for (const d of changed) docs.set(d.id, d);
    await index.upsert(changed);
    const gone = [...docs.keys()].slice(20, 25);
    for (const id of gone) docs.delete(id);
    await index.remove(gone);
    await check();
    // ...large ones re-sort lazily.
    const many = [...generateMentors(200, { seed: 8 })];
    for (const d of many) docs.set(d.id, d);
    await index.upsert(many);
    await check();
  });

  it('applies pseudo-relevance feedback to verbose queries deterministically', async () => {
    const build = async (): Promise<InProcessMentorIndex> => {
      const index = new InProcessMentorIndex(encoder);
      await index.upsert([...generateMentors(400, { seed: 3 })]);
      return index;
    };
    const [a, b] = [await build(), await build()];
    const verbose = 'I want a senior backend mentor for python django postgresql kafka microservices system design and interview preparation';
    const first = await a.search({ query: verbose, limit: 50 });
    expect(first.items.length).toBeGreaterThan(0);
    expect(await a.search({ query: verbose, limit: 50 })).toEqual(first);
    expect(await b.search({ query: verbose, limit: 50 })).toEqual(first);
    // Paging through the expanded ranking is still gap- and duplicate-free.
    const paged = await pages(a, { query: verbose, limit: 7 });
    expect(paged.slice(0, 50)).toEqual(first.items.map((i) => i.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('scores a profile as the sum of its passages; one-paragraph profiles keep plain BM25 weights', () => {
    const o = DEFAULT_RANKING;
    // One passage: the plain BM25 saturation over the whole (weighted) profile length.
    const single = encodeDocumentText(mentor('a', { name: '', expertise: '', bio: 'graph graph networks' }), o);
    const bm25 = (f: number, len: number): number => (f * (o.k1 + 1)) / (f + o.k1 * (1 - o.b + (o.b * len) / o.avgDocLength));
    // Words graph (2), network (1) and bigrams "graph graph", "graph network" (1 each); the length counts words only.
    expect([...single.sparse.values].sort()).toEqual([bm25(1, 3), bm25(2, 3), bm25(1, 3), bm25(1, 3)].sort());
    const noBigrams = encodeDocumentText(mentor('a', { name: '', expertise: '', bio: 'graph graph networks' }), { ...o, bigramWeight: 0 });
    expect([...noBigrams.sparse.values].sort()).toEqual([bm25(1, 3), bm25(2, 3)].sort());
    const paper = 'Graph neural networks learn molecular properties from atoms and bonds with message passing layers over chemistry datasets.';
    const one = encodeDocumentText(mentor('one', { bio: paper }), o);
    const three = encodeDocumentText(mentor('three', { bio: [paper, paper, paper].join('\n') }), o);
    const weight = (e: typeof one, term: number): number => e.sparse.values[e.sparse.indices.indexOf(term)] ?? 0;
    const graph = one.sparse.indices[0]!;
    expect(weight(three, graph)).toBeGreaterThan(2 * weight(one, graph));
    // Short lines (a list) merge into one passage instead of each saturating on its own.
    // (Without bigrams: those never span two lines.)
    const words = { ...o, bigramWeight: 0 };
    const list = encodeDocumentText(mentor('list', { name: 'X', bio: ['python', 'python', 'python'].join('\n') }), words);
    const flat = encodeDocumentText(mentor('flat', { name: 'X', bio: 'python python python' }), words);
    expect(list.sparse).toEqual(flat.sparse);
  });

  it('scores a profile with more than passageTopK passages by its best passages only', async () => {
    const o = { ...DEFAULT_RANKING, passageTopK: 2, semanticWeight: 0, feedbackDocs: 0 };
    const index = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), o));
    const on = 'Graph neural networks learn molecular properties from atoms and bonds with message passing layers over chemistry datasets.';
    const off = 'Compilers translate source programs into machine code through parsing, type checking, optimisation passes and register allocation graph.';
    // Paragraphs of 20+ tokens, so each is a passage of its own.
    const bio = (...ps: string[]): string => ps.map((p) => `${p} ${p}`).join('\n');
    const two = mentor('two', { name: '', expertise: '', bio: bio(on, on) });
    const many = mentor('many', { name: '', expertise: '', bio: bio(on, on, off, off, off, off) });
    expect(encodeDocumentText(two, o).passages).toBeUndefined();
    expect(encodeDocumentText(many, o).passages).toHaveLength(6);
    await index.upsert([two, many, mentor('other', { name: '', expertise: '', bio: 'Distributed databases and consensus.' })]);
    // The four weak "graph" matches of `many` do not add up: both score their two best passages.
    const hits = (await index.search({ query: 'graph neural networks', limit: 10 })).items;
    expect(hits.map((h) => h.id).sort()).toEqual(['many', 'two']);
    expect(hits[0]!.score).toBeCloseTo(hits[1]!.score, 5);
    const all = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), { ...o, passageTopK: 0 }));
    await all.upsert([two, many]);
    expect((await all.search({ query: 'graph neural networks', limit: 10 })).items[0]!.id).toBe('many');
  });

  it('indexes adjacent-term pairs, so a phrase ranks above the same words apart', async () => {
    const o = { ...DEFAULT_RANKING, semanticWeight: 0 };
    const index = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), o));
    await index.upsert([
      mentor('apart', { name: '', expertise: '', bio: 'Learning about every machine in the lab' }),
      mentor('phrase', { name: '', expertise: '', bio: 'Machine learning for every lab about it' }),
    ]);
    expect((await index.search({ query: 'machine learning', limit: 10 })).items.map((i) => i.id)).toEqual(['phrase', 'apart']);
    const q = encodeQueryText(analyze('machine learning'), o.bigramWeight);
    expect(q.words).toBe(2);
    expect(q.sparse.indices).toHaveLength(3);
  });

  it('accumulates postings under a filter and keeps the k best touched slots (ties: lower slot first)', () => {
    const postings = new Map<number, Postings>();
    const list = new Postings();
    const xs = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1009) / 10 + 1);
    xs.forEach((w, slot) => list.add(slot, w));
    postings.set(7, list);
    const acc = new LexicalAccumulator();
    acc.ensure(xs.length);
    acc.add({ indices: [7], values: [1] }, postings, 2000, { all: true, words: new Uint32Array(0) });
    expect(acc.count).toBe(1000);
    const bySlot = (slots: Int32Array) => Array.from(slots).sort((a, b) => acc.scores[b]! - acc.scores[a]! || a - b);
    const expected = xs.map((_, slot) => slot).sort((a, b) => xs[b]! - xs[a]! || a - b);
    for (const k of [1, 2, 10, 500, 1000]) expect(bySlot(acc.top(k))).toEqual(expected.slice(0, k));
    acc.reset();
    expect(acc.count).toBe(0);
    expect(acc.scores.some((x) => x !== 0)).toBe(false);
    // Only slots whose bit is set; equal scores keep the lower slot.
    const words = new Uint32Array(32).fill(0);
    for (const slot of [3, 5, 40, 41]) words[slot >>> 5]! |= 1 << (slot & 31);
    const flat = new Postings();
    for (let slot = 0; slot < 64; slot++) flat.add(slot, 1);
    acc.add({ indices: [1], values: [1] }, new Map([[1, flat]]), 2000, { all: false, words });
    expect(Array.from(acc.touched.subarray(0, acc.count))).toEqual([3, 5, 40, 41]);
    expect(Array.from(acc.top(2)).sort((a, b) => a - b)).toEqual([3, 5]);
  });
});

describe('matchedTerms', () => {
  const payload = encodeDocumentText(mentor('m', { skills: ['Machine Learning', 'python'], expertise: 'data pipelines', bio: 'kafka and spark' }), DEFAULT_RANKING).payload;
  const surfaces = (query: string) => encodeQueryText(analyze(query), DEFAULT_RANKING.bigramWeight).surfaces;

  it('names the fully matched skills, then the other query words found in the profile', () => {
    expect(matchedTerms(payload, surfaces('machine learning kafka java'))).toEqual(['Machine Learning', 'kafka']);
  });

  it('answers the same for a long query (more than 16 terms: looked up through a set)', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `filler${String.fromCharCode(97 + i)}word`).join(' ');
    const long = surfaces(`machine learning kafka java ${filler}`);
    expect(long.size).toBeGreaterThan(16);
    expect(matchedTerms(payload, long)).toEqual(['Machine Learning', 'kafka']);
  });
});
