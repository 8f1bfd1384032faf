/** Debug helper for the dev set only (never the held-out set): a query's graded profiles and the library's top 10. */
import { Logger } from '@nestjs/common';
import { loadGradedSet } from './graded-set.js';
import { libraryRanker } from './rankers.js';
Logger.overrideLogger(['error', 'warn']);
const set = loadGradedSet(new URL('./dev-set.json', import.meta.url).pathname);
const ranker = await libraryRanker(set.profiles);
const byId = new Map(set.profiles.map((p) => [p.id, p]));
const show = (id: string): string => `${id} ${byId.get(id)!.doc.expertise} | ${(byId.get(id)!.doc.skills ?? []).join(', ')}`.slice(0, 150);
for (const q of process.argv.slice(2)) {
  const query = set.queries.find((x) => x.q === q);
  const top = (await ranker(q)).slice(0, 10);
  console.log(`\n${q}\n  graded: ${Object.entries(query?.j ?? {}).map(([id, g]) => `${g}:${show(id)}`).join('\n          ')}`);
  console.log(`  top:    ${top.map((id) => `${query?.j[id] ?? 0}:${show(id)}`).join('\n          ')}`);
}
