import { ROOT, rssBytes, startApp, startScript } from '../lib/app.js';
import { createDatabase } from '../lib/db.js';
import { alternateLoads, load } from '../lib/load.js';
import type { Context, Scenario, ScenarioResult } from '../lib/scenario.js';
import { ratioSpread, spread } from '../lib/stats.js';

export const CONNECTIONS = 32;

export const ping: Scenario = {
  name: 'ping',
  description: 'GET /api/ping through the whole application vs a bare Fastify hello-world',
  estimateS: 60,
  async run(ctx: Context): Promise<ScenarioResult> {
    const db = await createDatabase('ping');
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs });
    const ref = await startScript('fastify hello-world', `${ROOT}/bench/reference/hello.mjs`, {});
    try {
      ctx.shared.set('rss.idle', rssBytes(app.pid));
      const ping = (url: string) => (durationS: number) => load({ url: `${url}/api/ping`, connections: CONNECTIONS, durationS });
      const { app: a, reference: r, p99 } = await alternateLoads(ctx, ping(app.url), ping(ref.url));
      const ratio = ratioSpread(a, r);
      return {
        rows: [
          { scenario: 'ping', figure: 'GET /api/ping', unit: 'req/s', app: spread(a), reference: { label: 'bare Fastify hello-world', value: spread(r) }, ratio, goal: '≥ 0.60×', met: ratio.median >= 0.6 },
          { scenario: 'ping', figure: 'GET /api/ping p99', unit: 'ms', app: spread(p99) },
        ],
        notes: [`ping: ${CONNECTIONS} connections, ${ctx.runs} × ${ctx.durationS} s each side, runs alternate app / reference.`],
      };
    } finally {
      await Promise.all([app.stop(), ref.stop()]);
      await db.drop();
    }
  },
};
