import { Logger } from '@nestjs/common';
import { withEmbeddingDimension } from './create-embedder.js';
import { BuiltinEmbedder } from './builtin-embedder.js';
import { embeddingPrefixes, OllamaEmbedder } from './ollama-embedder.js';
import { MentorEncoder } from '../index/encoder.js';
import { InProcessMentorIndex } from '../index/in-process-mentor-index.js';
import { CORPUS } from '../index/mentor-index.contract.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import { SearchService } from '../search.service.js';
import { OllamaStandIn } from '../testing/ollama-stand-in.js';

describe('OllamaEmbedder against a recording stand-in', () => {
  const fallback = new BuiltinEmbedder();
  let ollama: OllamaStandIn;
  beforeAll(() => Logger.overrideLogger(['error']));
  beforeEach(async () => {
    ollama = await new OllamaStandIn(1024).start();
  });
  afterEach(async () => {
    expect(ollama.problems).toEqual([]); // every request matched Ollama's documented /api/embed schema
    await ollama.stop();
  });

  it('probes the dimension of any model at start (bge-m3: 1024) and embeds in that space', async () => {
    const options = await withEmbeddingDimension({ embedder: 'ollama', ollamaUrl: ollama.url, ollamaModel: 'bge-m3' });
    expect(options.ollamaDimension).toBe(1024);
    const e = new OllamaEmbedder({ url: ollama.url, model: 'bge-m3', dimension: options.ollamaDimension!, fallback });
    expect(e.id).toBe('ollama-bge-m3-1024');
    const q = await e.embedQuery('python');
    expect(q.space).toBe(e.id);
    expect(q.vector).toHaveLength(1024);
  });

  it('asks Ollama to truncate to a configured dimension', async () => {
    const options = await withEmbeddingDimension({ embedder: 'ollama', ollamaUrl: ollama.url, ollamaModel: 'nomic-embed-text', ollamaDimension: 256 });
    const e = new OllamaEmbedder({ url: ollama.url, model: 'nomic-embed-text', dimension: 256, truncate: options.ollamaTruncate, fallback });
    expect((await e.embedQuery('go')).vector).toHaveLength(256);
    expect(ollama.requests.at(-1)).toMatchObject({ dimensions: 256 });
  });

  it('sends one request per batch of documents, with keep_alive', async () => {
    const e = new OllamaEmbedder({ url: ollama.url, model: 'bge-m3', dimension: 1024, keepAlive: '1h', batchSize: 32, fallback });
    const docs = Array.from({ length: 40 }, (_, i) => ({ ...CORPUS[i % CORPUS.length]!, id: `m${i}` }));
    const vectors = await e.embedDocuments(docs);
    expect(ollama.requests).toHaveLength(2);
    expect(ollama.requests.map((r) => (r.input as string[]).length)).toEqual([32, 8]);
    expect(ollama.requests.every((r) => r.keep_alive === '1h')).toBe(true);
    expect(vectors.every((v) => v[e.id]?.length === 1024 && v[fallback.id])).toBe(true);
  });

  it('prefixes queries and documents as the model family was trained', async () => {
    expect(embeddingPrefixes('nomic-embed-text:v1.5')).toEqual({ query: 'search_query: ', document: 'search_document: ' });
    expect(embeddingPrefixes('jeffh/intfloat-multilingual-e5-large:f16')).toEqual({ query: 'query: ', document: 'passage: ' });
    expect(embeddingPrefixes('bge-m3')).toEqual({ query: '', document: '' });
    const e = new OllamaEmbedder({ url: ollama.url, model: 'nomic-embed-text', dimension: 1024, fallback });
    await e.embedQuery('python mentor');
    await e.embedDocuments([CORPUS[0]!]);
    expect(ollama.inputs()[0]).toBe('search_query: python mentor');
    expect(ollama.inputs()[1]).toMatch(/^search_document: Python backend developer/);
    // Another prefix makes another space: vectors made with and without it never mix.
    expect(e.id).not.toBe(new OllamaEmbedder({ url: ollama.url, model: 'nomic-embed-text', dimension: 1024, fallback, prefixes: { query: '', document: '' } }).id);
  });

  it('re-embeds the profiles the fallback embedded during an outage once the model answers again', async () => {
    const embedder = new OllamaEmbedder({ url: ollama.url, model: 'bge-m3', dimension: 1024, cooldownMs: 100, fallback });
    const encoder = new MentorEncoder(embedder, DEFAULT_RANKING);
    const search = new SearchService(new InProcessMentorIndex(encoder), encoder);
    const recovered = new Promise<void>((resolve) => search.onEmbedderRecovered(resolve));
    await search.reconcile(CORPUS.slice(0, 3));
    ollama.down = true;
    await search.onProfileChanged(CORPUS.slice(3));
    const marked = [...(await search.index.fingerprints())].filter(([, f]) => f.endsWith('~fallback')).map(([id]) => id);
    expect(marked.sort()).toEqual(CORPUS.slice(3).map((d) => d.id).sort());

    ollama.down = false;
    const asked = ollama.inputs().length;
    await recovered; // noticed by the background probe, without any traffic
    const report = await search.reconcile(CORPUS); // what the app's sync runs on that signal
    expect(report.indexed).toBe(3);
    expect(ollama.inputs().length - asked).toBeGreaterThanOrEqual(3);
    expect([...(await search.index.fingerprints()).values()].some((f) => f.endsWith('~fallback'))).toBe(false);
    embedder.close();
  });
});
