/** The library alone over N synthetic mentors, for the latency benches (in-process index, built-in embedder, default ranking). */
import { BuiltinEmbedder, DEFAULT_RANKING, generateMentors, InProcessMentorIndex, MentorEncoder } from '@app/search';

/** Builds the index in batches of 5,000 and says how long it took. */
export async function syntheticIndex(count: number): Promise<{ index: InProcessMentorIndex; seconds: number }> {
  const index = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING));
  const t0 = performance.now();
  const batch = [];
  for (const doc of generateMentors(count)) {
    batch.push(doc);
    if (batch.length === 5000) await index.upsert(batch.splice(0));
  }
  await index.upsert(batch);
  return { index, seconds: (performance.now() - t0) / 1000 };
}
