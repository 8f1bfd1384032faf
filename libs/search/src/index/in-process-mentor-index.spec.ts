import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking.js';
import { MentorEncoder } from './encoder.js';
import { InProcessMentorIndex } from './in-process-mentor-index.js';
import { describeMentorIndexContract } from './mentor-index.contract.js';

const encoder = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);

describeMentorIndexContract('in-process', async () => {
  const index = new InProcessMentorIndex(encoder);
  await index.init();
  return index;
});

// Same contract with the ANN path forced (exact scans disabled), so graph search + filters are covered too.
describeMentorIndexContract('in-process, ANN only', async () => new InProcessMentorIndex(encoder, { exactScanLimit: 0 }));
