import { ROOT, startApp, startScript } from '../lib/app.js';
import { createStudents, signUpHttp } from '../lib/accounts.js';
import { createDatabase } from '../lib/db.js';
import { alternateLoads, load } from '../lib/load.js';
import type { Context, Scenario, ScenarioResult } from '../lib/scenario.js';
import { JWT_SECRET } from '../lib/app.js';
import { ratioSpread, spread } from '../lib/stats.js';

const CONNECTIONS = 32;
const STUDENTS = 1000;

export const students: Scenario = {
  name: 'students',
  description: 'authenticated GET /api/students vs a bare Fastify handler doing the same JWT verify and one primary-key select with pg',
  estimateS: 60,
  async run(ctx: Context): Promise<ScenarioResult> {
    const db = await createDatabase('students');
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs });
    const ref = await startScript('fastify + jsonwebtoken + pg', `${ROOT}/bench/reference/students.mjs`, { DATABASE_URL: db.url, JWT_SECRET });
    try {
      // One real sign-up (its token proves the minted ones match the app's), the rest in bulk.
      const real = await signUpHttp(app.url, 'students', { email: 'real@bench.test', password: 'bench-password-123', name: 'Real Student' });
      const bulk = await createStudents(db.url, STUDENTS);
      const tokens = [real.accessToken, ...bulk.map((s) => s.token)];
      for (const url of [app.url, ref.url]) {
        const res = await fetch(`${url}/api/students`, { headers: { authorization: `Bearer ${tokens[1]}` } });
        if (res.status !== 200) throw new Error(`${url}/api/students answered ${res.status}: ${await res.text()}`);
      }
      // Each connection cycles through its own tokens, so every request reads a different row.
      const requests = [
        {
          setupRequest: (req: { headers?: Record<string, string> }, context: Record<string, unknown>) => {
            const i = ((context.i as number | undefined) ?? Math.floor(Math.random() * tokens.length)) + 1;
            context.i = i;
            return { ...req, method: 'GET', path: '/api/students', headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } };
          },
        },
      ];
      const run = (url: string) => (durationS: number) => load({ url, connections: CONNECTIONS, durationS, requests });
      const { app: a, reference: r, p99 } = await alternateLoads(ctx, run(app.url), run(ref.url));
      const ratio = ratioSpread(a, r);
      return {
        rows: [
          { scenario: 'students', figure: 'GET /api/students (authenticated)', unit: 'req/s', app: spread(a), reference: { label: 'Fastify + jsonwebtoken + 1 pg select', value: spread(r) }, ratio, goal: '≥ 0.50×', met: ratio.median >= 0.5 },
          { scenario: 'students', figure: 'GET /api/students p99', unit: 'ms', app: spread(p99) },
        ],
        notes: [`students: ${CONNECTIONS} connections over ${tokens.length} students (one signed up over HTTP, the rest inserted with minted tokens); reference pool of 10 like DB_POOL_SIZE.`],
      };
    } finally {
      await Promise.all([app.stop(), ref.stop()]);
      await db.drop();
    }
  },
};
