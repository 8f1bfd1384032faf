/**
 * RSS (VmRSS of /proc/<pid>/status) of one replica: idle after start-up, with 100k mentors
 * indexed, and with 1,000 SSE streams open. In the full suite the 100k figure is the one the
 * search scenario measured (building that index again would cost minutes); alone, it builds it.
 */
import { mib, rssBytes, startApp } from '../lib/app.js';
import { createMentors } from '../lib/accounts.js';
import { createDatabase } from '../lib/db.js';
import { openMany, type SseStream } from '../lib/sse.js';
import { type Context, type Scenario, type ScenarioResult, SkipScenario } from '../lib/scenario.js';
import { sleep, spread } from '../lib/stats.js';
import { requireStreamRoute, STREAMS } from './notifications.js';
import { indexedApp, MENTORS } from './search.js';

export const memory: Scenario = {
  name: 'memory',
  description: `RSS of one replica: idle, with ${MENTORS.toLocaleString('en-US')} mentors indexed, with ${STREAMS.toLocaleString('en-US')} SSE streams open`,
  estimateS: 30,
  async run(ctx: Context): Promise<ScenarioResult> {
    const rows: ScenarioResult['rows'] = [];
    const notes: string[] = [];
    const db = await createDatabase('memory');
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs });
    let streams: SseStream[] = [];
    try {
      await sleep(1000);
      const idle = rssBytes(app.pid);
      rows.push({ scenario: 'memory', figure: 'RSS idle (after start-up, empty database)', unit: 'MiB', app: spread([mib(idle)]) });

      let indexed = ctx.shared.get('rss.100k');
      if (indexed === undefined) {
        const built = await indexedApp(ctx);
        indexed = built.rss;
        await built.app.stop();
        await built.db.drop();
      } else notes.push(`memory: the ${MENTORS.toLocaleString('en-US')}-mentor figure is the search scenario's (same build, measured once the index was ready).`);
      rows.push({ scenario: 'memory', figure: `RSS with ${MENTORS / 1000}k mentors indexed`, unit: 'MiB', app: spread([mib(indexed)]) });

      const mentors = await createMentors(db.url, STREAMS);
      try {
        await requireStreamRoute(app, mentors[0]!.token);
        streams = await openMany(mentors.map((m) => ({ url: `${app.url}/api/notifications/stream`, token: m.token })), () => undefined);
        await sleep(1000);
        const open = rssBytes(app.pid);
        rows.push({ scenario: 'memory', figure: `RSS with ${STREAMS} SSE streams open`, unit: 'MiB', app: spread([mib(open)]) });
        notes.push(`memory: ${STREAMS} streams add ${(mib(open - idle)).toFixed(0)} MiB (${((open - idle) / STREAMS / 1024).toFixed(1)} KiB per stream) to the idle replica.`);
      } catch (error) {
        if (!(error instanceof SkipScenario)) throw error;
        notes.push(`memory: streams not measured: ${error.message}.`);
      }
      notes.push('memory: single measurements (RSS barely moves between runs), VmRSS from /proc/<pid>/status.');
      return { rows, notes };
    } finally {
      for (const s of streams) s.close();
      await app.stop();
      await db.drop();
    }
  },
};
