import { Logger } from '@nestjs/common';
import { BuiltinEmbedder, DEFAULT_RANKING, InProcessMentorIndex, MentorEncoder } from '@app/search';
import { CONCEPT_CORPUS } from '../libs/search/src/index/mentor-index.contract.js';
Logger.overrideLogger(['error']);
const index = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING));
await index.upsert(CONCEPT_CORPUS);
for (const q of process.argv.slice(2)) {
  const p = await index.search({ query: q, limit: 5 });
  console.log(q, '->', p.total, JSON.stringify(p.items.map(i => [i.id, i.score, i.matched])), JSON.stringify(p.suggestions));
}
