import { Logger } from '@nestjs/common';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import type { DocumentEmbedding } from '../embedder/embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import type { MentorDocument } from '../types.js';
import { MentorEncoder } from './encoder.js';
import { InProcessMentorIndex } from './in-process-mentor-index.js';
import { mentor } from './mentor-index.contract.js';

/** The built-in embedder behind a gate, like a remote embedder (Ollama) whose answer takes a while. */
class SlowEmbedder extends BuiltinEmbedder {
  private gates: (() => void)[] = [];

  override async embedDocument(doc: MentorDocument): Promise<DocumentEmbedding> {
    await new Promise<void>((open) => this.gates.push(open));
    return super.embedDocument(doc);
  }

  /** Lets every embedding asked for so far answer. */
  open(): void {
    for (const gate of this.gates.splice(0)) gate();
  }

  get waiting(): number {
    return this.gates.length;
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('InProcessMentorIndex with an embedder that answers later', () => {
  beforeAll(() => Logger.overrideLogger(['error']));

  let embedder: SlowEmbedder;
  let index: InProcessMentorIndex;
  beforeEach(() => {
    embedder = new SlowEmbedder();
    index = new InProcessMentorIndex(new MentorEncoder(embedder, DEFAULT_RANKING));
  });

  it('applies a remove called while an upsert of the same mentor awaits its embedding after that upsert', async () => {
    const upserted = index.upsert(mentor('a', { skills: ['python'] }));
    await tick();
    expect(embedder.waiting).toBe(1);
    const removed = index.remove('a');
    await tick();
    embedder.open();
    await Promise.all([upserted, removed]);
    expect(await index.count()).toBe(0);
    expect((await index.search({ query: 'python' })).items).toEqual([]);
  });

  it('answers a search, a count and the fingerprints with the writes called before them', async () => {
    const upserted = index.upsert(mentor('a', { skills: ['python'] }));
    const found = index.search({ query: 'python' });
    const counted = index.count();
    const fingerprints = index.fingerprints();
    await tick();
    embedder.open();
    await upserted;
    expect((await found).items.map((h) => h.id)).toEqual(['a']);
    expect(await counted).toBe(1);
    expect([...(await fingerprints).keys()]).toEqual(['a']);
  });

  it('runs the writes in call order, the last upsert of a mentor winning', async () => {
    const first = index.upsert(mentor('a', { skills: ['python'] }));
    const second = index.upsert(mentor('a', { skills: ['rust'] }));
    for (let i = 0; i < 3; i++) {
      await tick();
      embedder.open();
    }
    await Promise.all([first, second]);
    expect((await index.search({ query: 'rust' })).items.map((h) => h.id)).toEqual(['a']);
    expect((await index.search({ query: 'python' })).items).toEqual([]);
  });

  it('goes on with the next write when one fails', async () => {
    const failing = index.upsert({ ...mentor('a'), get skills(): string[] { throw new Error('unreadable profile'); } }).then(() => 'stored', (error: Error) => error.message);
    const next = index.upsert(mentor('b', { skills: ['go'] }));
    for (let i = 0; i < 3; i++) {
      await tick();
      embedder.open();
    }
    expect(await failing).toBe('unreadable profile');
    await next;
    expect((await index.search({ query: 'go' })).items.map((h) => h.id)).toEqual(['b']);
  });
});
