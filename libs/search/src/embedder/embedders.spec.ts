import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { analyze, skillKey } from '../text/analyzer.js';
import { BuiltinEmbedder } from './builtin-embedder.js';
import { dot } from './embedder.js';
import { OllamaEmbedder } from './ollama-embedder.js';
import { mentor } from '../index/mentor-index.contract.js';

const terms = (t: string): string[] => analyze(t).map((x) => x.term);

describe('analyzer', () => {
  it('normalises case, ё and punctuation, and stems Russian and English', () => {
    expect(terms('Ёлка, ЁЛКИ!')).toEqual(terms('елка елки'));
    expect(terms('Learning systems')).toEqual(['learn', 'system']);
    expect(terms('собеседования')).toEqual(terms('собеседование'));
  });

  it('expands aliases and transliterations (also inflected and multi-word)', () => {
    expect(terms('js')).toEqual(terms('javascript'));
    expect(terms('k8s')).toEqual(terms('kubernetes'));
    expect(terms('ML')).toEqual(terms('machine learning'));
    expect(terms('на питоне')).toEqual(terms('python'));
    expect(terms('плюсы')).toEqual(terms('c++'));
    expect(terms('фронт')).toEqual(terms('frontend'));
    expect(terms('машинного обучения')).toEqual(terms('machine learning'));
    // Phrases inside running text, next to words that start no phrase.
    expect(terms('учу анализу данных и базам данных')).toEqual(terms('учу data analysis и database'));
    expect(terms('go system design interview')).toEqual(['go', ...terms('system design'), ...terms('interview')]);
    expect(skillKey('Node.js')).toBe(skillKey('nodejs'));
  });

  it('keeps Java and JavaScript apart and fixes one-letter typos of known skills', () => {
    expect(terms('java')).not.toEqual(terms('javascript'));
    expect(terms('pyhton javasript kubernetis')).toEqual(terms('python javascript kubernetes'));
    expect(terms('string')).toEqual(['string']);
  });

  it('returns nothing for stop words, emoji and empty input', () => {
    for (const t of ['', '   ', 'the of and', 'и в на', '😀🚀', '!!!', null, undefined]) expect(analyze(t)).toEqual([]);
  });
});

describe('BuiltinEmbedder', () => {
  const e = new BuiltinEmbedder();

  it('is deterministic and L2-normalised', async () => {
    const a = (await e.embedQuery('Python backend')).vector;
    const b = (await new BuiltinEmbedder().embedQuery('Python backend')).vector;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(a).toHaveLength(256);
  });

  it('puts aliases and their targets close together', async () => {
    const q = async (t: string): Promise<Float32Array> => (await e.embedQuery(t)).vector;
    expect(dot(await q('питон'), await q('python'))).toBeGreaterThan(0.99);
    expect(dot(await q('k8s'), await q('kubernetes'))).toBeGreaterThan(0.99);
    expect(dot(await q('javascript'), await q('java'))).toBeLessThan(0.5);
  });

  it('weights skills and expertise above the bio', async () => {
    const query = (await e.embedQuery('rust')).vector;
    const inSkills = (await e.embedDocument(mentor('a', { skills: ['rust'], bio: 'I like go and python and sql' })))[e.id]!;
    const inBio = (await e.embedDocument(mentor('b', { skills: ['go', 'python', 'sql'], bio: 'I like rust' })))[e.id]!;
    expect(dot(query, inSkills)).toBeGreaterThan(dot(query, inBio));
  });

  it('never yields NaN, even for empty documents and queries', async () => {
    const v = (await e.embedDocument(mentor('x', { name: '', bio: '', expertise: '', skills: [] })))[e.id]!;
    expect(v.every((x) => x === 0)).toBe(true);
    expect((await e.embedQuery('')).vector.every(Number.isFinite)).toBe(true);
  });
});

describe('OllamaEmbedder', () => {
  beforeAll(() => Logger.overrideLogger(['error']));
  const fallback = new BuiltinEmbedder();
  const ok = (vec: number[]) => jest.fn(async () => new Response(JSON.stringify({ embeddings: [vec] }), { status: 200 }));

  it('calls POST {url}/api/embed with {model, input} and normalises the result', async () => {
    const fetch = ok([3, 4, 0]);
    const o = new OllamaEmbedder({ url: 'http://ollama:11434/', model: 'all-minilm', dimension: 3, fallback, fetch: fetch as unknown as typeof globalThis.fetch });
    const q = await o.embedQuery('python');
    expect(q.space).toBe(o.id);
    expect(Array.from(q.vector)).toEqual([expect.closeTo(0.6, 5), expect.closeTo(0.8, 5), 0]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://ollama:11434/api/embed');
    expect(JSON.parse(String(init.body))).toEqual({ model: 'all-minilm', input: ['python'], keep_alive: '24h' });
    const doc = await o.embedDocument(mentor('m', { skills: ['python'] }));
    expect(Object.keys(doc).sort()).toEqual([fallback.id, o.id].sort());
  });

  it.each([
    ['HTTP error', async () => new Response('boom', { status: 500 })],
    ['wrong dimension', async () => new Response(JSON.stringify({ embeddings: [[1, 2]] }), { status: 200 })],
    ['NaN values', async () => new Response('{"embeddings":[[1,null,3]]}', { status: 200 })],
    ['network failure', async () => { throw new TypeError('fetch failed'); }],
    ['timeout', (_u: unknown, init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))],
  ])('falls back to the built-in embedder on %s', async (_name, impl) => {
    const o = new OllamaEmbedder({ url: 'http://x', model: 'm', dimension: 3, timeoutMs: 20, fallback, fetch: jest.fn(impl as never) as unknown as typeof fetch });
    const q = await o.embedQuery('python');
    expect(q.space).toBe(fallback.id);
    expect(q.vector.every(Number.isFinite)).toBe(true);
    const doc = await o.embedDocument(mentor('m', { skills: ['python'] }));
    expect(Object.keys(doc)).toEqual([fallback.id]);
  });
});
