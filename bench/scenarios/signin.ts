import { ROOT, startApp } from '../lib/app.js';
import { ARGON2, BENCH_PASSWORD, createStudents } from '../lib/accounts.js';
import { createDatabase } from '../lib/db.js';
import { describeLoad, load } from '../lib/load.js';
import { spawnTracked } from '../lib/proc.js';
import type { Context, Scenario, ScenarioResult } from '../lib/scenario.js';
import { ratioSpread, spread } from '../lib/stats.js';

const CONNECTIONS = 8;
const ACCOUNTS = 200;

/** One run of bench/reference/argon2-loop.mjs in its own process (one process, like the app). */
function argon2Loop(durationS: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(process.execPath, [`${ROOT}/bench/reference/argon2-loop.mjs`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ARGON2_MEMORY_KIB: String(ARGON2.memoryCost), ARGON2_ITERATIONS: String(ARGON2.timeCost), CONCURRENCY: String(CONNECTIONS), DURATION_S: String(durationS), RUNS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`argon2 loop exited with ${code}`));
      resolve((JSON.parse(line) as { opsPerSec: number }).opsPerSec);
    });
  });
}

export const signin: Scenario = {
  name: 'signin',
  description: `POST /api/students/sign-in (argon2id ${ARGON2.memoryCost} KiB, ${ARGON2.timeCost} iterations, ${ARGON2.parallelism} lane) vs a bare @node-rs/argon2 verify loop in one process`,
  estimateS: 60,
  async run(ctx: Context): Promise<ScenarioResult> {
    const db = await createDatabase('signin');
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs });
    try {
      const accounts = await createStudents(db.url, ACCOUNTS);
      const bodies = accounts.map((a) => JSON.stringify({ email: a.email, password: BENCH_PASSWORD }));
      const check = await fetch(`${app.url}/api/students/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0] });
      if (check.status !== 200) throw new Error(`sign-in answered ${check.status}: ${await check.text()}`);
      const requests = [
        {
          setupRequest: (req: object, context: Record<string, unknown>) => {
            const i = ((context.i as number | undefined) ?? Math.floor(Math.random() * bodies.length)) + 1;
            context.i = i;
            return { ...req, method: 'POST', path: '/api/students/sign-in', headers: { 'content-type': 'application/json' }, body: bodies[i % bodies.length] };
          },
        },
      ];
      const run = (durationS: number) => load({ url: app.url, connections: CONNECTIONS, durationS, requests, timeoutS: 30 });
      await run(2);
      const a: number[] = [];
      const r: number[] = [];
      const p50: number[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        const x = await run(ctx.durationS);
        const y = await argon2Loop(ctx.durationS);
        ctx.log(`run ${i + 1}: app ${describeLoad(x)} | argon2 verify loop ${y.toFixed(1)} ops/s`);
        a.push(x.reqPerSec);
        r.push(y);
        p50.push(x.p50);
      }
      return {
        rows: [
          { scenario: 'signin', figure: 'POST /api/students/sign-in', unit: 'req/s', app: spread(a), reference: { label: 'argon2 verify loop', value: spread(r), unit: 'verifications/s' }, ratio: ratioSpread(a, r), digits: 1 },
          { scenario: 'signin', figure: 'sign-in p50', unit: 'ms', app: spread(p50) },
        ],
        notes: [
          `signin: argon2id m=${ARGON2.memoryCost} KiB, t=${ARGON2.timeCost}, p=${ARGON2.parallelism} (the app's defaults); ${CONNECTIONS} connections over ${ACCOUNTS} accounts; the reference keeps ${CONNECTIONS} verifications in flight in one process (libuv's default 4 threads in both). No goal was set: sign-in is bound by argon2 by design.`,
        ],
      };
    } finally {
      await app.stop();
      await db.drop();
    }
  },
};
