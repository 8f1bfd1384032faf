/**
 * The other engineers' benchmarks, run as they are (their own npm scripts, writing their own
 * sections of docs/benchmarks.md): `bench:search` (library-level 100k build and latency) and the
 * statistics benchmark (bench/stats, `bench:stats` when that script exists). Each runs only when
 * present and when the suite's budget has room; otherwise the headline links to its section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../lib/app.js';
import { spawnTracked, stopChild } from '../lib/proc.js';
import type { Context, Scenario, ScenarioResult } from '../lib/scenario.js';

interface External {
  name: string;
  section: string;
  command(scripts: Record<string, string>): string[] | undefined;
  estimateS: number;
}

const EXTERNALS: External[] = [
  {
    name: 'search library',
    section: 'Search library: index build and latency',
    command: (scripts) => (scripts['bench:search'] ? ['npm', 'run', '--silent', 'bench:search', '--', '--write'] : undefined),
    estimateS: 240,
  },
  {
    name: 'statistics',
    section: 'Statistics',
    command: (scripts) =>
      scripts['bench:stats'] ? ['npm', 'run', '--silent', 'bench:stats'] : existsSync(resolve(ROOT, 'bench/stats/run.mjs')) ? ['node', 'bench/stats/run.mjs'] : undefined,
    estimateS: 240,
  },
];

const anchor = (title: string): string => `#${title.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')}`;

function run(cmd: string[], timeoutMs: number): Promise<number | null> {
  return new Promise((ok) => {
    const child = spawnTracked(cmd[0]!, cmd.slice(1), { cwd: ROOT, env: process.env, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => void stopChild(child), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      ok(code);
    });
  });
}

export const external: Scenario = {
  name: 'external',
  description: "the other engineers' benchmarks (search library, statistics), run through their own scripts",
  estimateS: 10,
  async run(ctx: Context): Promise<ScenarioResult> {
    const scripts = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const notes: string[] = [];
    for (const e of EXTERNALS) {
      const cmd = e.command(scripts);
      const link = `[${e.section}](${anchor(e.section)})`;
      if (!cmd) {
        notes.push(`${e.name}: not in this tree yet; see ${link} when it is.`);
        continue;
      }
      const leftS = ctx.remainingMs() / 1000;
      if (process.env.BENCH_EXTERNAL !== '1' && leftS < e.estimateS) {
        notes.push(`${e.name}: \`${cmd.join(' ')}\` not run (~${e.estimateS} s, ${leftS.toFixed(0)} s of the budget left; BENCH_EXTERNAL=1 forces it); its last figures: ${link}.`);
        continue;
      }
      ctx.log(`running ${cmd.join(' ')}`);
      const t0 = Date.now();
      const code = await run(cmd, leftS * 1000);
      const took = ((Date.now() - t0) / 1000).toFixed(0);
      notes.push(code === 0 ? `${e.name}: \`${cmd.join(' ')}\` ran in ${took} s and updated ${link}.` : `${e.name}: \`${cmd.join(' ')}\` FAILED (exit ${code}) after ${took} s; ${link} holds its previous figures.`);
    }
    return { rows: [], notes };
  },
};
