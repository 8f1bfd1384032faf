import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking.js';
import { MentorEncoder } from './encoder.js';
import { describeMentorIndexContract } from './mentor-index.contract.js';
import { pointId, QdrantMentorIndex } from './qdrant-mentor-index.js';

/** Tests may read the environment; the library never does. */
function qdrantUrl(): string | undefined {
  return process.env.QDRANT_URL || undefined;
}

const url = qdrantUrl();
if (!url) {
  console.log('Skipping the Qdrant MentorIndex contract: set QDRANT_URL (e.g. http://localhost:6333) to run it.');
}

let n = 0;
describeMentorIndexContract(
  'qdrant',
  async () => {
    const index = new QdrantMentorIndex(new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING), {
      url: url!,
      apiKey: process.env.QDRANT_API_KEY,
      collection: `mentors_test_${process.pid}_${n++}`,
    });
    await index.init();
    return index;
  },
  Boolean(url),
);

describe('pointId', () => {
  it('derives a stable RFC 4122-shaped UUID from any id', () => {
    expect(pointId('m1')).toBe(pointId('m1'));
    expect(pointId('m1')).not.toBe(pointId('m2'));
    expect(pointId('anything at all')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
